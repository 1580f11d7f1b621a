import DatabaseTestSupport
import Foundation
import LibPQ
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension FeftadFaults {
    /// The LISTEN connection killed under a running `feftad`: polling keeps firing, the listener comes back.
    @Suite struct ListenerFaultTests {
        /// The listener's backend (application name `fefta`; the daemon's pool is `feftad`, the tests' `fefta-test`).
        static func listenerBackends(_ pool: DatabasePool) async throws -> [Int32] {
            try await pool.withConnection(logger: FaultFixture.logger) { session in
                try await session.query(
                    "SELECT pid FROM pg_stat_activity WHERE application_name = 'fefta' AND datname = 'fefta'",
                    logger: FaultFixture.logger
                ).decode(Int32.self)
            }
        }

        static func metricsPort(in log: String) -> Int? {
            guard let range = log.range(of: #"http\.port=(\d+)"#, options: .regularExpression) else { return nil }
            return Int(log[range].dropFirst("http.port=".count))
        }

        @Test(.hangGuard)
        func pollingFiresWhileTheListenerIsDownAndTheListenerComesBack() async throws {
            try await ThrowawayServer.withServer { server in
                try await server.createDatabase()
                try await server.withPool { pool in
                    let daemon = try DaemonProcess(
                        [
                            "--database-url", server.url, "--poll-interval", "2s", "--heartbeat-interval", "1s",
                            "--metrics-port", "0",
                        ], logDirectory: server.folder)
                    defer { daemon.killIfRunning() }
                    var listener: [Int32] = []
                    #expect(
                        try await FaultFixture.waitUntil(timeout: FaultFixture.patience) {
                            listener = try await Self.listenerBackends(pool)
                            return listener.count == 1 && Self.metricsPort(in: daemon.log) != nil
                        }, "\(daemon.log.suffix(2000))")
                    let port = try #require(Self.metricsPort(in: daemon.log))
                    #expect(try HTTPGet.fetch(port: port, path: "/healthz").status == 200)

                    // Keep the listener down (every reconnection is terminated at once) while deadlines fall due without
                    // a NOTIFY: only polling can find them.
                    let fired = try await withThrowingTaskGroup(of: Bool.self) { group in
                        group.addTask {
                            try await server.withPool(connections: 1) { killer in
                                while !Task.isCancelled {
                                    try await killer.withConnection(logger: FaultFixture.logger) { session in
                                        try await session.query(
                                            """
                                            SELECT pg_terminate_backend(pid) FROM pg_stat_activity
                                            WHERE application_name = 'fefta' AND datname = 'fefta'
                                            """, logger: FaultFixture.logger)
                                    }
                                    try? await Task.sleep(for: .milliseconds(50))
                                }
                            }
                            return true
                        }
                        try await Task.sleep(for: .milliseconds(200))
                        let organisation = try await FaultFixture.seedDueWaitingPeriods(5, pool: pool)
                        let fired = try await FaultFixture.waitUntil(timeout: FaultFixture.patience) {
                            try await FaultFixture.firings(of: organisation, pool: pool).fired == 5
                        }
                        group.cancelAll()
                        return fired
                    }
                    #expect(fired, "\(daemon.log.suffix(2000))")
                    var reconnected: [Int32] = []
                    #expect(
                        try await FaultFixture.waitUntil(timeout: FaultFixture.patience) {
                            reconnected = try await Self.listenerBackends(pool)
                            return reconnected.count == 1 && reconnected != listener
                        })
                    #expect(
                        try await FaultFixture.waitUntil(timeout: FaultFixture.patience) {
                            let metrics = try HTTPGet.fetch(port: port, path: "/metrics").body
                            return (HTTPGet.metric("feftad_listener_connections_total", in: metrics) ?? 0) >= 2
                        })
                    // The new listener receives NOTIFY again. A NOTIFY is sent until one arrives: the backend seen
                    // above may be one the last kill had not yet ended, with the listener itself still waiting out
                    // its reconnection backoff (up to 30 s), and a NOTIFY sent before it listens is not queued for it.
                    let before =
                        HTTPGet.metric(
                            "feftad_wakeups_notified_total", in: try HTTPGet.fetch(port: port, path: "/metrics").body)
                        ?? 0
                    #expect(
                        try await FaultFixture.waitUntil(timeout: FaultFixture.patience) {
                            try await pool.withConnection(logger: FaultFixture.logger) { session in
                                try await session.query(
                                    "SELECT pg_notify('fefta_wakeup', '{\"kind\":\"test\"}')",
                                    logger: FaultFixture.logger)
                            }
                            let metrics = try HTTPGet.fetch(port: port, path: "/metrics").body
                            return (HTTPGet.metric("feftad_wakeups_notified_total", in: metrics) ?? 0) > before
                        })
                    let metrics = try HTTPGet.fetch(port: port, path: "/metrics").body
                    #expect(HTTPGet.metric("feftad_deadlines_fired_total", in: metrics) == 5)
                    #expect(metrics.contains("feftad_due_to_fired_lag_seconds_bucket"))
                    #expect(metrics.contains("feftad_claim_latency_seconds_count 5"))
                    #expect(try HTTPGet.fetch(port: port, path: "/nope").status == 404)
                    daemon.send(SIGTERM)
                    #expect(await daemon.waitForExit(timeout: FaultFixture.patience) == 0)
                }
            }
        }
        @Test(.hangGuard)
        func pollOnlyFiresWithoutAnyListenConnection() async throws {
            try await ThrowawayServer.withServer { server in
                try await server.createDatabase()
                try await server.withPool { pool in
                    let daemon = try DaemonProcess(
                        ["--database-url", server.url, "--poll-only", "--poll-interval", "500ms"],
                        logDirectory: server.folder)
                    defer { daemon.killIfRunning() }
                    let organisation = try await FaultFixture.seedDueWaitingPeriods(20, pool: pool)
                    #expect(
                        try await FaultFixture.waitUntil(timeout: FaultFixture.patience) {
                            try await FaultFixture.firings(of: organisation, pool: pool).fired == 20
                        }, "\(daemon.log.suffix(2000))")
                    #expect(try await Self.listenerBackends(pool).isEmpty)
                    #expect(!daemon.log.contains("listening"))
                    daemon.send(SIGTERM)
                    #expect(await daemon.waitForExit(timeout: FaultFixture.patience) == 0)
                }
            }
        }
    }
}
