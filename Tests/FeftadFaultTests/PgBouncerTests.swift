import DatabaseTestSupport
import Foundation
import LibPQ
import ScreeningStore
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension FeftadFaults {
    /// `feftad --poll-only` behind PgBouncer in transaction mode (design.md §6; the operators' section of the
    /// README): two daemons and `--once` share two server connections, and every deadline still fires once, every
    /// reminder is sent once, and the audit chain verifies.
    @Suite struct PgBouncerTests {
        /// The server connections PgBouncer lends to all its clients.
        static let serverConnections = 2

        /// Runs `body` with a throwaway server whose `fefta` database is migrated, PgBouncer in front of it, and a pool
        /// straight to the server (for seeding and checking).
        static func withPooledDatabase(
            _ body: (ThrowawayServer, PgBouncer, DatabasePool) async throws -> Void
        ) async throws {
            try await ThrowawayServer.withServer { server in
                try await server.createDatabase()
                try await PgBouncer.withPgBouncer(in: server, serverConnections: serverConnections) { bouncer in
                    try await server.withPool { pool in try await body(server, bouncer, pool) }
                }
            }
        }

        /// (sent, all) notifications.
        static func notifications(_ pool: DatabasePool) async throws -> (Int64, Int64) {
            try await pool.withConnection(logger: FaultFixture.logger) { session in
                try await session.query(
                    "SELECT count(*) FILTER (WHERE state = 'sent'), count(*) FROM notifications",
                    logger: FaultFixture.logger
                ).decodeOne((Int64, Int64).self)
            }
        }

        @Test(.hangGuard)
        func pollOnlyDaemonsFireEachDeadlineOnceThroughTransactionModePgBouncer() async throws {
            try await Self.withPooledDatabase { server, bouncer, pool in
                // `--once`, for cron.
                let early = try await FaultFixture.seedDueWaitingPeriods(50, pool: pool)
                let once = try DaemonProcess(
                    ["--database-url", bouncer.url, "--poll-only", "--once"], logDirectory: server.folder)
                defer { once.killIfRunning() }
                #expect(await once.waitForExit(timeout: FaultFixture.patience) == 0, "\(once.log.suffix(2000))")
                #expect(
                    try await FaultFixture.firings(of: early, pool: pool)
                        == .allFired(50))

                // Two services, with reminders to send through a notify command.
                let due = try await FaultFixture.seedDueWaitingPeriods(300, pool: pool)
                let upcoming = try await FaultFixture.seedUpcomingWaitingPeriods(10, pool: pool)
                let (script, callsPath) = try NotificationFaultTests.notifyScript(
                    in: server.folder, succeedFrom: 1)
                let daemons = try (0..<2).map { _ in
                    try DaemonProcess(
                        [
                            "--database-url", bouncer.url, "--poll-only", "--poll-interval", "200ms",
                            "--heartbeat-interval", "1s", "--notify-command", script,
                        ], logDirectory: server.folder)
                }
                defer { for daemon in daemons { daemon.killIfRunning() } }
                let logs = { daemons.map { $0.log.suffix(1500) }.joined(separator: "\n---\n") }
                // Every deadline fired, and every notification (the 10 reminders, the 350 announcements of a
                // fired deadline) delivered.
                let done = try await FaultFixture.waitUntil(timeout: FaultFixture.patience) {
                    let (sent, all) = try await Self.notifications(pool)
                    return try await FaultFixture.firings(of: due, pool: pool).fired == 300
                        && all == 360 && sent == all
                }
                #expect(done, "\(logs())\n\(bouncer.log.suffix(1500))")
                #expect(
                    try await FaultFixture.firings(of: due, pool: pool)
                        == .allFired(300))
                #expect(try await FaultFixture.inconsistentFilings(of: due, pool: pool) == 0)
                // Each reminder sent once, at its first attempt; each notification handed to the command once.
                let reminders = try await FaultFixture.reminders(of: upcoming, pool: pool)
                #expect(reminders.count == 10 && reminders.allSatisfy { $0.0 == "sent" && $0.1 == 1 })
                let calls = NotificationFaultTests.calls(callsPath)
                #expect(calls.count == 360 && Set(calls.map(\.id)).count == 360)
                // The daemons' many client connections really shared PgBouncer's two server connections.
                let backends = try await pool.withConnection(logger: FaultFixture.logger) { session in
                    try await session.query(
                        """
                        SELECT count(*) FROM pg_stat_activity
                        WHERE datname = 'fefta' AND backend_type = 'client backend'
                          AND application_name <> 'fefta-test'
                        """, logger: FaultFixture.logger
                    ).decodeOne(Int64.self)
                }
                #expect(backends <= Int64(Self.serverConnections))

                for daemon in daemons { daemon.send(SIGTERM) }
                for daemon in daemons {
                    #expect(await daemon.waitForExit(timeout: FaultFixture.patience) == 0, "\(daemon.log.suffix(2000))")
                }
                // The chain the firings extended through PgBouncer is whole. (The fixture's filings were inserted
                // without `opened` events, so only the chain's own checks apply.)
                let verification = try await AuditChain.verify(pool: pool, logger: FaultFixture.logger)
                let chainProblems = verification.problems.filter {
                    [.eventChanged, .eventMissing, .chainBroken, .headMismatch].contains($0.kind)
                }
                #expect(chainProblems.isEmpty && verification.eventCount == 350, "\(chainProblems)")
            }
        }

        /// Started without `--poll-only` behind the same pooler, a daemon's prepared statements meet server connections
        /// that lack them or hold them already. Every error says so and names the fix, no transition is half-done,
        /// and no statement is ever another one run by mistake (names come from the statement).
        @Test(.hangGuard)
        func withoutPollOnlyTheErrorsNameTheFixAndNothingIsHalfDone() async throws {
            try await Self.withPooledDatabase { server, bouncer, pool in
                let organisation = try await FaultFixture.seedDueWaitingPeriods(200, pool: pool)
                let daemons = try (0..<2).map { _ in
                    try DaemonProcess(
                        ["--database-url", bouncer.url, "--poll-interval", "200ms"],
                        logDirectory: server.folder)
                }
                defer { for daemon in daemons { daemon.killIfRunning() } }
                let hint = "run without prepared statements (feftad --poll-only)"
                #expect(
                    try await FaultFixture.waitUntil(timeout: FaultFixture.patience) {
                        daemons.contains { $0.log.contains(hint) }
                    }, "\(daemons.map { $0.log.suffix(1500) })")
                for daemon in daemons { daemon.send(SIGTERM) }
                for daemon in daemons { _ = await daemon.waitForExit(timeout: FaultFixture.patience) }
                #expect(try await FaultFixture.inconsistentFilings(of: organisation, pool: pool) == 0)
                for daemon in daemons {
                    #expect(!daemon.log.contains("could not decode"), "\(daemon.log.suffix(3000))")
                }
            }
        }
    }
}
