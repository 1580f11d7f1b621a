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
    /// Reminders through a failing, flaky or hanging notify command, with real `feftad` processes.
    @Suite(.serialized) struct NotificationFaultTests {
        /// Writes a notify command script into `folder`: it records `id attempt` in `calls`, keeps the JSON it was given,
        /// and exits 0 only from attempt `succeedFrom` on (never, when nil).
        static func notifyScript(in folder: String, succeedFrom: Int?) throws -> (script: String, calls: String) {
            let script = folder + "/notify-\(UUID().uuidString.prefix(6)).sh"
            let calls = folder + "/calls-\(UUID().uuidString.prefix(6)).txt"
            let success = succeedFrom.map { "[ \"$FEFTA_NOTIFICATION_ATTEMPT\" -ge \($0) ] && exit 0" } ?? ""
            try """
            #!/bin/sh
            json=$(cat)
            echo "$FEFTA_NOTIFICATION_ID $FEFTA_NOTIFICATION_ATTEMPT $json" >> '\(calls)'
            \(success)
            exit 1

            """.write(toFile: script, atomically: true, encoding: .utf8)
            _ = chmod(script, 0o755)
            return (script, calls)
        }

        static func calls(_ path: String) -> [(id: String, attempt: Int, json: String)] {
            let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
            return text.split(separator: "\n").compactMap { line in
                let parts = line.split(separator: " ", maxSplits: 2)
                guard parts.count == 3, let attempt = Int(parts[1]) else { return nil }
                return (String(parts[0]), attempt, String(parts[2]))
            }
        }

        static let retryFlags = ["--max-attempts", "3", "--retry-base", "100ms", "--retry-max", "400ms"]

        @Test(.hangGuard)
        func aFailingNotifyCommandIsRetriedThenDeadLetteredAndNoReminderIsLost() async throws {
            try await ThrowawayServer.withServer { server in
                try await server.createDatabase()
                try await server.withPool { pool in
                    let organisation = try await FaultFixture.seedUpcomingWaitingPeriods(20, pool: pool)
                    let (script, callsPath) = try Self.notifyScript(in: server.folder, succeedFrom: nil)
                    let daemon = try DaemonProcess(
                        ["--database-url", server.url, "--poll-interval", "1s", "--notify-command", script]
                            + Self.retryFlags, logDirectory: server.folder)
                    defer { daemon.killIfRunning() }
                    let done = try await FaultFixture.waitUntil(timeout: FaultFixture.patience) {
                        let reminders = try await FaultFixture.reminders(of: organisation, pool: pool)
                        return reminders.count == 20 && reminders.allSatisfy { $0.0 == "dead" }
                    }
                    let reminders = try await FaultFixture.reminders(of: organisation, pool: pool)
                    #expect(done, "\(reminders)\n\(daemon.log.suffix(3000))")
                    // One reminder per deadline, each tried exactly three times, then dead with the reason.
                    #expect(reminders.count == 20)
                    for (state, attempts, error) in reminders {
                        #expect(state == "dead" && attempts == 3 && error == "exit status 1")
                    }
                    let calls = Self.calls(callsPath)
                    #expect(calls.count == 60)
                    #expect(
                        Dictionary(grouping: calls, by: \.id).values.allSatisfy {
                            $0.map(\.attempt).sorted() == [1, 2, 3]
                        })
                    // The command got the notification as JSON: its id, kind, attempt and the reminder's facts.
                    if let first = calls.first {
                        #expect(first.json.contains("\"id\": \"\(first.id)\""))
                        #expect(first.json.contains("\"kind\": \"reminder\""))
                        #expect(first.json.contains("\"workingDaysBefore\": 1"))
                    }
                    #expect(daemon.log.contains("dead-lettered"))
                    daemon.send(SIGTERM)
                    #expect(await daemon.waitForExit(timeout: FaultFixture.patience) == 0)
                }
            }
        }

        @Test(.hangGuard)
        func aFlakyNotifyCommandDeliversOnARetryAndEachReminderIsWrittenOnceByTwoDaemons() async throws {
            try await ThrowawayServer.withServer { server in
                try await server.createDatabase()
                try await server.withPool { pool in
                    let organisation = try await FaultFixture.seedUpcomingWaitingPeriods(30, pool: pool)
                    let (script, callsPath) = try Self.notifyScript(in: server.folder, succeedFrom: 2)
                    let daemons = try (1...2).map { _ in
                        try DaemonProcess(
                            ["--database-url", server.url, "--poll-interval", "1s", "--notify-command", script]
                                + Self.retryFlags, logDirectory: server.folder)
                    }
                    defer { for daemon in daemons { daemon.killIfRunning() } }
                    let done = try await FaultFixture.waitUntil(timeout: FaultFixture.patience) {
                        let reminders = try await FaultFixture.reminders(of: organisation, pool: pool)
                        return reminders.count == 30 && reminders.allSatisfy { $0.0 == "sent" }
                    }
                    #expect(done)
                    let reminders = try await FaultFixture.reminders(of: organisation, pool: pool)
                    #expect(reminders.count == 30)
                    #expect(reminders.allSatisfy { $0.0 == "sent" && $0.1 == 2 && $0.2 == nil })
                    // Each notification delivered once (attempt 2) and failed once (attempt 1), whichever daemon ran it.
                    let calls = Self.calls(callsPath)
                    #expect(calls.count == 60)
                    #expect(Set(calls.map(\.id)).count == 30)
                    for daemon in daemons { daemon.send(SIGTERM) }
                    for daemon in daemons { #expect(await daemon.waitForExit(timeout: FaultFixture.patience) == 0) }
                }
            }
        }

        @Test(.hangGuard)
        func aClaimIsReleasedByLivenessWhenItsDaemonDiesNotByAge() async throws {
            try await ThrowawayServer.withServer { server in
                try await server.createDatabase()
                try await server.withPool { pool in
                    let organisation = try await FaultFixture.seedUpcomingWaitingPeriods(1, pool: pool)
                    let liveness = ["--heartbeat-interval", "250ms", "--dead-after", "4s", "--poll-interval", "500ms"]
                    // The first daemon's command hangs (until its 9 s timeout): it holds the claim while it lives.
                    let hanging = try DaemonProcess(
                        ["--database-url", server.url, "--notify-command", "sleep 30", "--notify-timeout", "9s"]
                            + liveness,
                        logDirectory: server.folder)
                    defer { hanging.killIfRunning() }
                    let claimed = try await FaultFixture.waitUntil(timeout: FaultFixture.patience) {
                        try await Self.claimant(of: organisation, pool: pool) != nil
                    }
                    #expect(claimed, "\(hanging.log.suffix(2000))")
                    let (script, callsPath) = try NotificationFaultTests.notifyScript(in: server.folder, succeedFrom: 1)
                    let rescuer = try DaemonProcess(
                        ["--database-url", server.url, "--notify-command", script] + liveness,
                        logDirectory: server.folder)
                    defer { rescuer.killIfRunning() }
                    // While the first daemon heartbeats, its claim stands, although it is older than --dead-after.
                    let stolen = try await FaultFixture.waitUntil(timeout: .seconds(5)) {
                        try await Self.claimant(of: organisation, pool: pool) == nil
                    }
                    #expect(!stolen, "a live daemon's claim was released")
                    #expect(Self.calls(callsPath).isEmpty)

                    hanging.send(SIGKILL)
                    _ = await hanging.waitForExit(timeout: FaultFixture.patience)
                    let delivered = try await FaultFixture.waitUntil(timeout: FaultFixture.patience) {
                        try await FaultFixture.reminders(of: organisation, pool: pool).first?.0 == "sent"
                    }
                    #expect(delivered, "\(rescuer.log.suffix(2000))")
                    let reminders = try await FaultFixture.reminders(of: organisation, pool: pool)
                    #expect(reminders.count == 1 && reminders.first?.1 == 2)
                    #expect(Self.calls(callsPath).count == 1)
                    let states = try await pool.withConnection(logger: FaultFixture.logger) { session in
                        try await session.query(
                            "SELECT state FROM workers WHERE pid = \(Int(hanging.pid))", logger: FaultFixture.logger
                        ).decode(String.self)
                    }
                    #expect(states == ["dead"])
                    #expect(rescuer.log.contains("declared a worker dead"))
                    rescuer.send(SIGTERM)
                    #expect(await rescuer.waitForExit(timeout: FaultFixture.patience) == 0)
                }
            }
        }

        /// The worker holding the organisation's reminder claim, if any.
        static func claimant(of organisation: UUID, pool: DatabasePool) async throws -> UUID? {
            try await pool.withConnection(logger: FaultFixture.logger) { session -> UUID? in
                let claimant: UUID?? = try await session.query(
                    "SELECT claimed_by FROM notifications WHERE organisation_id = \(organisation)",
                    logger: FaultFixture.logger
                ).decodeFirst(UUID?.self)
                return claimant ?? nil
            }
        }
    }
}
