import NIOConcurrencyHelpers

/// What `/healthz` reports: whether this process is registered and heartbeating, by the monotonic clock.
package final class WorkerHealth: Sendable {
    private struct State {
        var lastHeartbeat: ContinuousClock.Instant?
        var workerID: String?
    }

    private let state = NIOLockedValueBox(State())
    private let deadAfter: Duration

    /// A health record that fails once no heartbeat succeeded for `deadAfter`.
    package init(deadAfter: Duration) {
        self.deadAfter = deadAfter
    }

    /// Records a successful heartbeat of `workerID`.
    package func heartbeat(workerID: String) {
        state.withLockedValue {
            $0.lastHeartbeat = .now
            $0.workerID = workerID
        }
    }

    /// Whether the process is healthy, and a one-line reason.
    package func check() -> (healthy: Bool, reason: String) {
        let (last, id) = state.withLockedValue { ($0.lastHeartbeat, $0.workerID) }
        guard let last, let id else { return (false, "not registered with the database yet") }
        let age = ContinuousClock.now - last
        guard age < deadAfter else {
            return (false, "worker \(id): no heartbeat reached the database for \(age.components.seconds) s")
        }
        return (true, "worker \(id): ok")
    }
}
