import ScreeningWorker
import Testing

/// Exponential backoff with jitter, and the dead letter after N attempts.
@Suite struct RetryPolicyTests {
    let policy = RetryPolicy(base: .seconds(30), maximum: .seconds(3600), maximumAttempts: 5)

    @Test func theCeilingDoublesPerAttemptUpToTheMaximum() {
        #expect(policy.ceiling(afterAttempt: 1) == .seconds(30))
        #expect(policy.ceiling(afterAttempt: 2) == .seconds(60))
        #expect(policy.ceiling(afterAttempt: 3) == .seconds(120))
        #expect(policy.ceiling(afterAttempt: 7) == .seconds(1920))
        #expect(policy.ceiling(afterAttempt: 8) == .seconds(3600))
        #expect(policy.ceiling(afterAttempt: 1000) == .seconds(3600))
    }

    @Test func jitterKeepsEachDelayBetweenHalfAndAllOfTheCeiling() {
        var generator = SystemRandomNumberGenerator()
        var seen = Set<Duration>()
        for attempt in 1...10 {
            for _ in 0..<50 {
                let delay = policy.delay(afterAttempt: attempt, using: &generator)
                let ceiling = policy.ceiling(afterAttempt: attempt)
                #expect(delay >= ceiling / 2 && delay <= ceiling)
                seen.insert(delay)
            }
        }
        // Jitter: fifty draws for one attempt are not all the same.
        #expect(seen.count > 100)
    }

    @Test(arguments: [(4, false), (5, true), (6, true)])
    func theDeadLetterComesAfterTheLastAttempt(attempt: Int, dead: Bool) {
        #expect(policy.isExhausted(afterAttempt: attempt) == dead)
    }
}
