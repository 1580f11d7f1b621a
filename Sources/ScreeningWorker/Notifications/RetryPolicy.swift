/// When to try a failed delivery again: exponential backoff with jitter, and a dead letter after N attempts.
///
/// The delay after attempt `n` (1-based) is `base × 2^(n-1)`, capped at `maximum`, of which a random half is taken
/// off ("equal jitter": between half and all of it), so daemons that failed together do not retry together.
package struct RetryPolicy: Sendable, Hashable {
    /// The delay after the first failure (before jitter).
    package var base: Duration
    /// The longest delay.
    package var maximum: Duration
    /// Attempts before the notification becomes a dead letter.
    package var maximumAttempts: Int

    /// Creates a policy.
    package init(base: Duration, maximum: Duration, maximumAttempts: Int) {
        self.base = base
        self.maximum = maximum
        self.maximumAttempts = maximumAttempts
    }

    /// Whether a notification that failed its `attempt`-th delivery is dead.
    package func isExhausted(afterAttempt attempt: Int) -> Bool {
        attempt >= maximumAttempts
    }

    /// The delay before the attempt after `attempt`, without jitter.
    package func ceiling(afterAttempt attempt: Int) -> Duration {
        let doublings = min(max(attempt - 1, 0), 40)
        var delay = base
        for _ in 0..<doublings {
            delay = delay * 2
            if delay >= maximum { return maximum }
        }
        return min(delay, maximum)
    }

    /// The delay before the attempt after `attempt`, with jitter: between half and all of ``ceiling(afterAttempt:)``.
    package func delay(afterAttempt attempt: Int, using generator: inout some RandomNumberGenerator) -> Duration {
        let ceiling = ceiling(afterAttempt: attempt)
        let fraction = Double.random(in: 0.5...1.0, using: &generator)
        return ceiling * fraction
    }
}
