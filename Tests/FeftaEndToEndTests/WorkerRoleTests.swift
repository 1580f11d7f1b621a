import DatabaseTestSupport
import Foundation
import LibPQ
import ScreeningRules
import Testing

/// The built `feftad`, logged in as a member of `fefta_worker` only (not the owner), does its whole job: registers
/// and heartbeats, fires a due deadline through the store, writes the notification, delivers it, re-screens, and
/// deregisters. So the worker's grants fit what the daemon actually does.
@Suite struct WorkerRoleTests {
    @Test(.hangGuard)
    func feftadRunsAsTheWorkerRoleAndRecordsAsTheSystem() async throws {
        try await RoleCommandFixture.with { f in
            let facts = try f.facts(FactsExamples.postInvestmentReport(date: "2025-06-27"), name: "report.json")
            let opened = try await f.run("alice", ["filing", "new", "--check", facts, "--date", "2025-07-01"])
            #expect(opened.status == 0, "\(opened.standardError)")
            let filing = try #require(FilingCommandFixture.string(try opened.jsonObject(), "id"))
            let delivered = f.folder.appendingPathComponent("delivered")
            let once = try await f.run(
                "walter",
                ["--once", "--log-level", "debug", "--notify-command", "cat >> '\(delivered.path)'"],
                executable: "feftad")
            #expect(once.status == 0, "\(once.standardError)")

            let show = try await f.run("audrey", ["filing", "show", filing]).jsonObject()
            #expect(show["state"] == "overdue", "\(show)")
            let history = try await f.run("audrey", ["audit", filing])
            guard case .array(let events) = try history.json(), case .object(let last)? = events.last else {
                Issue.record("no history: \(history.standardError)")
                return
            }
            #expect(last["type"] == "reportOverdue" && last["actor"] == "system:feftad", "\(last)")
            let sent = try String(contentsOf: delivered, encoding: .utf8)
            #expect(sent.contains("deadlineFired") && sent.contains(filing), "\(sent)")
            let (workers, stopped, outbox) = try await f.db.pool.withConnection(logger: f.db.logger) { session in
                try await session.query(
                    """
                    SELECT (SELECT count(*) FROM workers), (SELECT count(*) FROM workers WHERE state = 'stopped'),
                        (SELECT count(*) FROM notifications WHERE state = 'sent' AND filing_id = \(UUID(uuidString: filing)))
                    """, logger: f.db.logger
                ).decodeOne((Int64, Int64, Int64).self)
            }
            #expect(workers == 1 && stopped == 1 && outbox == 1)
            #expect(try await f.run("audrey", ["audit", "verify"]).status == 0)

            // A filer's login is not a worker: it cannot even register.
            let filer = try await f.run("alice", ["--once"], executable: "feftad")
            #expect(filer.status != 0)
            #expect(filer.standardError.contains("SQLSTATE 42501"), "\(filer.standardError)")
        }
    }
}
