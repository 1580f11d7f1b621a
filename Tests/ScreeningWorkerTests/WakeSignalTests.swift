import DatabaseTestSupport
import ScreeningWorker
import Testing

/// The coalescing wake-up: signals while working make one pending wake-up; waits end on timeout or cancellation.
@Suite struct WakeSignalTests {
    @Test(.hangGuard)
    func signalsWhileWorkingCoalesceIntoOneWakeUp() async {
        let signal = WakeSignal()
        for _ in 0..<100 { signal.signal() }
        #expect(await signal.wait(timeout: .seconds(3600)))
        let start = ContinuousClock.now
        #expect(!(await signal.wait(timeout: .milliseconds(100))))
        #expect(ContinuousClock.now - start >= .milliseconds(100))
    }

    @Test(.hangGuard)
    func aSignalWakesAWaiter() async {
        let signal = WakeSignal()
        async let woken = signal.wait(timeout: .seconds(3600))
        try? await Task.sleep(for: .milliseconds(50))
        signal.signal()
        #expect(await woken)
    }

    /// A wait of an hour: the time limit fails the test unless cancellation ends it.
    @Test(.hangGuard)
    func cancellationEndsAWait() async {
        let signal = WakeSignal()
        await withTaskGroup(of: Bool.self) { group in
            group.addTask { await signal.wait(timeout: .seconds(3600)) }
            group.cancelAll()
            #expect(await group.next() == false)
        }
    }
}
