import DatabaseTestSupport
import ScreeningWorker
import Testing

/// `/healthz`: healthy only while heartbeats reach the database.
@Suite struct WorkerHealthTests {
    @Test func unregisteredIsUnhealthyAndAFreshHeartbeatIsHealthy() {
        let health = WorkerHealth(deadAfter: .seconds(30))
        #expect(health.check().healthy == false)
        health.heartbeat(workerID: "w-1")
        #expect(health.check() == (true, "worker w-1: ok"))
    }

    @Test(.hangGuard)
    func aHeartbeatOlderThanDeadAfterIsUnhealthy() async throws {
        let health = WorkerHealth(deadAfter: .milliseconds(50))
        health.heartbeat(workerID: "w-1")
        try await Task.sleep(for: .milliseconds(100))
        #expect(health.check().healthy == false)
    }
}
