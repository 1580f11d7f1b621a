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
    /// The built `feftad` against a PostgreSQL server of the test's own: races, kills, restarts, shutdowns.
    ///
    /// Each test seeds filings whose waiting period has ended (a `waitingPeriodEnd` deadline due yesterday in Japan),
    /// runs real daemon processes, disturbs them, and checks every deadline fired exactly once: deadline `fired`, the
    /// filing `cleared`, exactly one `waitingPeriodElapsed` event, and nothing half-done.
    @Suite(.serialized) struct DeadlineFaultTests {
        /// Flags every daemon in these tests gets besides the database.
        static let quickFlags = ["--poll-interval", "1s", "--log-level", "info"]

        static func start(_ server: ThrowawayServer, _ extra: [String] = []) throws -> DaemonProcess {
            try DaemonProcess(
                ["--database-url", server.url] + quickFlags + extra, logDirectory: server.folder)
        }

        @Test(.hangGuard)
        func threeDaemonsRacingOverTenThousandDueDeadlinesFireEachExactlyOnce() async throws {
            try await ThrowawayServer.withServer { server in
                try await server.createDatabase()
                try await server.withPool { pool in
                    let organisation = try await FaultFixture.seedDueWaitingPeriods(10_000, pool: pool)
                    let daemons = try (1...3).map { _ in try Self.start(server) }
                    defer { for daemon in daemons { daemon.killIfRunning() } }
                    let done = try await FaultFixture.waitUntil(timeout: FaultFixture.patience) {
                        try await FaultFixture.firings(of: organisation, pool: pool).pending == 0
                    }
                    let firings = try await FaultFixture.firings(of: organisation, pool: pool)
                    #expect(done, "not all deadlines fired: \(firings)")
                    #expect(
                        firings
                            == .allFired(10_000)
                    )
                    #expect(try await FaultFixture.inconsistentFilings(of: organisation, pool: pool) == 0)
                    // The audit chain stayed gapless and linked under three concurrent appenders.
                    let (count, last, linked) = try await pool.withConnection(logger: FaultFixture.logger) { session in
                        try await session.query(
                            """
                            SELECT count(*), max(id), count(*) FILTER (WHERE prev_hash = (SELECT p.hash FROM filing_events p
                                WHERE p.id = e.id - 1)) + 1
                            FROM filing_events e
                            """, logger: FaultFixture.logger
                        ).decodeOne((Int64, Int64, Int64).self)
                    }
                    #expect(count == 10_000 && last == 10_000 && linked == 10_000)
                    // Every daemon took part (the row locks shared the work rather than serialising it on one).
                    for daemon in daemons {
                        #expect(
                            daemon.log.contains("deadline fired"), "a daemon fired nothing: \(daemon.log.suffix(2000))")
                        daemon.send(SIGTERM)
                    }
                    for daemon in daemons {
                        #expect(await daemon.waitForExit(timeout: FaultFixture.patience) == 0, "\(daemon.log.suffix(2000))")
                    }
                }
            }
        }

        @Test(.hangGuard)
        func aDaemonKilledMidBatchLosesAndDoublesNothingAfterARestart() async throws {
            try await ThrowawayServer.withServer { server in
                try await server.createDatabase()
                try await server.withPool { pool in
                    let organisation = try await FaultFixture.seedDueWaitingPeriods(3_000, pool: pool)
                    let first = try Self.start(server)
                    defer { first.killIfRunning() }
                    let started = try await FaultFixture.waitUntil(timeout: FaultFixture.patience) {
                        try await FaultFixture.firings(of: organisation, pool: pool).fired >= 300
                    }
                    #expect(started)
                    first.send(SIGKILL)
                    #expect(await first.waitForExit(timeout: FaultFixture.patience) == 128 + SIGKILL)
                    let afterKill = try await FaultFixture.firings(of: organisation, pool: pool)
                    #expect(afterKill.pending > 0, "the kill came too late to interrupt anything: \(afterKill)")
                    #expect(try await FaultFixture.inconsistentFilings(of: organisation, pool: pool) == 0)

                    let second = try Self.start(server)
                    defer { second.killIfRunning() }
                    let done = try await FaultFixture.waitUntil(timeout: FaultFixture.patience) {
                        try await FaultFixture.firings(of: organisation, pool: pool).pending == 0
                    }
                    #expect(done)
                    #expect(
                        try await FaultFixture.firings(of: organisation, pool: pool)
                            == .allFired(3_000))
                    #expect(try await FaultFixture.inconsistentFilings(of: organisation, pool: pool) == 0)
                    second.send(SIGTERM)
                    #expect(await second.waitForExit(timeout: FaultFixture.patience) == 0)
                }
            }
        }

        @Test(.hangGuard)
        func daemonsReconnectAndFinishWhenPostgreSQLRestarts() async throws {
            try await ThrowawayServer.withServer { server in
                try await server.createDatabase()
                let organisation = try await server.withPool { pool in
                    try await FaultFixture.seedDueWaitingPeriods(4_000, pool: pool)
                }
                let daemons = try (1...2).map { _ in try Self.start(server) }
                defer { for daemon in daemons { daemon.killIfRunning() } }
                let started = try await server.withPool { pool in
                    try await FaultFixture.waitUntil(timeout: FaultFixture.patience) {
                        try await FaultFixture.firings(of: organisation, pool: pool).fired >= 300
                    }
                }
                #expect(started)
                // A crash (immediate shutdown: no checkpoint, every session cut), then the server comes back.
                try await server.stop(mode: "immediate")
                try await Task.sleep(for: .milliseconds(500))
                try await server.start()
                try await server.withPool { pool in
                    let done = try await FaultFixture.waitUntil(timeout: FaultFixture.patience) {
                        try await FaultFixture.firings(of: organisation, pool: pool).pending == 0
                    }
                    #expect(done)
                    #expect(
                        try await FaultFixture.firings(of: organisation, pool: pool)
                            == .allFired(4_000))
                    #expect(try await FaultFixture.inconsistentFilings(of: organisation, pool: pool) == 0)
                }
                for daemon in daemons {
                    #expect(daemon.isRunning, "a daemon exited when the server restarted: \(daemon.log.suffix(2000))")
                    daemon.send(SIGTERM)
                }
                for daemon in daemons {
                    #expect(await daemon.waitForExit(timeout: FaultFixture.patience) == 0, "\(daemon.log.suffix(2000))")
                }
            }
        }

        @Test(.hangGuard)
        func sigtermDuringWorkExitsZeroWithinTenSecondsAndLeavesNothingHalfDone() async throws {
            try await ThrowawayServer.withServer { server in
                try await server.createDatabase()
                try await server.withPool { pool in
                    let organisation = try await FaultFixture.seedDueWaitingPeriods(5_000, pool: pool)
                    let daemon = try Self.start(server)
                    defer { daemon.killIfRunning() }
                    let started = try await FaultFixture.waitUntil(timeout: FaultFixture.patience) {
                        try await FaultFixture.firings(of: organisation, pool: pool).fired >= 200
                    }
                    #expect(started)
                    daemon.send(SIGTERM)
                    // The ten seconds are the daemon's own budget (8 s graceful, then 2 s of cancellation, after
                    // which it crashes instead of exiting 0), so exit status 0 shows it kept to them; the test's
                    // clock, slowed by whatever else the machine runs, is not the measure.
                    let status = await daemon.waitForExit(timeout: FaultFixture.patience)
                    #expect(status == 0, "exit \(String(describing: status)): \(daemon.log.suffix(2000))")
                    let firings = try await FaultFixture.firings(of: organisation, pool: pool)
                    #expect(firings.pending > 0, "SIGTERM came after the work was done: \(firings)")
                    #expect(
                        firings.fired == firings.events && firings.fired == firings.cleared
                            && firings.fired == firings.announced)
                    #expect(try await FaultFixture.inconsistentFilings(of: organisation, pool: pool) == 0)
                    #expect(daemon.log.contains("worker stopped"))
                }
            }
        }

        @Test(.hangGuard)
        func onceFiresEverythingDueAndExitsZero() async throws {
            try await ThrowawayServer.withServer { server in
                try await server.createDatabase()
                try await server.withPool { pool in
                    let organisation = try await FaultFixture.seedDueWaitingPeriods(500, pool: pool)
                    let daemon = try Self.start(server, ["--once"])
                    defer { daemon.killIfRunning() }
                    #expect(await daemon.waitForExit(timeout: FaultFixture.patience) == 0, "\(daemon.log.suffix(2000))")
                    #expect(
                        try await FaultFixture.firings(of: organisation, pool: pool)
                            == .allFired(500))
                }
            }
        }
    }
}
