import DatabaseTestSupport
import Foundation
import LibPQ
import ScreeningRules
import Testing

/// `fefta filing …`, run as the built binary against a configured PostgreSQL database.
@Suite struct FilingCommandTests {
    private func strings(_ value: JSONValue?, _ key: String) -> [String] {
        guard case .array(let items)? = value else { return [] }
        return items.compactMap { item in
            guard case .object(let object) = item, case .string(let text)? = object[key] else { return nil }
            return text
        }
    }

    private func opened(_ fixture: FilingCommandFixture, _ arguments: [String]) async throws -> String? {
        let run = try await fixture.run(["filing", "new"] + arguments + ["--format", "json"])
        #expect(run.status == 0, "\(run.standardError)")
        return FilingCommandFixture.string(try run.jsonObject(), "id")
    }

    /// draft → filed → waiting → cleared → executed → closed through the binary, with the law's refusals on the way.
    @Test(.hangGuard)
    func aPriorNotificationLifeThroughTheBinary() async throws {
        try await FilingCommandFixture.with { fixture in
            let facts = try fixture.facts(FactsExamples.priorNotification(date: "2025-09-01"))
            let new = try await fixture.run(
                ["filing", "new", "--check", facts, "--planned-execution", "2025-09-01", "--date", "2025-07-01"])
            #expect(new.status == 0, "\(new.standardError)")
            let created = try new.jsonObject()
            #expect(Array(created.keys.prefix(3)) == ["id", "kind", "state"])
            #expect(created["kind"] == "priorNotification")
            #expect(created["state"] == "draft")
            let id = try #require(FilingCommandFixture.string(created, "id"))
            let short = String(id.prefix(8))

            for (verb, date, state) in [("submit", "2025-07-02", "filed"), ("accept", "2025-07-03", "waiting")] {
                let run = try await fixture.run(["filing", verb, short, "--date", date])
                #expect(run.status == 0, "\(verb): \(run.standardError)")
                #expect(try run.jsonObject()["state"] == .string(state))
            }
            // Act 27(2): the waiting period runs to 2025-08-02; execution before it is refused and writes nothing.
            let early = try await fixture.run(["filing", "execute", id, "--date", "2025-08-01"])
            #expect(early.status == 65)
            #expect(early.standardError.contains("Act 27(2)"))
            #expect(early.standardError.contains("2025-08-02"))
            #expect(early.standardError.split(separator: "\n").count == 1)
            for (verb, date) in [("clear", "2025-08-02"), ("execute", "2025-08-04"), ("report", "2025-08-20")] {
                let run = try await fixture.run(["filing", verb, id, "--date", date])
                #expect(run.status == 0, "\(verb): \(run.standardError)")
            }

            let show = try await fixture.run(["filing", "show", short])
            #expect(show.status == 0, "\(show.standardError)")
            let shown = try show.jsonObject()
            #expect(
                Array(shown.keys.prefix(7)) == [
                    "id", "kind", "state", "version", "determination", "deadlines", "events",
                ])
            #expect(shown["state"] == "closed")
            #expect(shown["version"] == 6)
            #expect(
                strings(shown["events"], "type") == [
                    "opened", "submitted", "accepted", "cleared", "executed", "executionReportFiled",
                ])
            #expect(strings(shown["events"], "actor").allSatisfy { $0 == "person:\(fixture.handler)" })
            #expect(strings(shown["events"], "date").first == "2025-07-01")
            #expect(strings(shown["deadlines"], "kind") == ["waitingPeriodEnd", "executionReport"])
            #expect(strings(shown["deadlines"], "state") == ["cancelled", "cancelled"])
            guard case .object(let determination)? = shown["determination"] else {
                Issue.record("no determination in \(show.standardOutput)")
                return
            }
            #expect(determination["outcome"] == "priorNotification")

            let closed = try await fixture.run(["filing", "submit", id, "--date", "2025-08-21"])
            #expect(closed.status == 65)
            #expect(closed.standardError.contains("not allowed on a priorNotification that is closed"))
            #expect(closed.standardError.contains("allowed: note"))

            let verify = try await fixture.run(["audit", "verify"])
            #expect(verify.status == 0, "\(verify.standardError)")
            #expect(try verify.jsonObject()["intact"] == true)
        }
    }

    /// due → filed → closed for a post-investment report, opened from report-only facts.
    @Test(.hangGuard)
    func aReportLifeThroughTheBinary() async throws {
        try await FilingCommandFixture.with { fixture in
            let facts = try fixture.facts(FactsExamples.postInvestmentReport(date: "2025-06-27"))
            let id = try await #require(try opened(fixture, ["--check", facts, "--date", "2025-07-01"]))
            let show = try await fixture.run(["filing", "show", id]).jsonObject()
            #expect(show["kind"] == "postInvestmentReport")
            #expect(show["state"] == "due")
            #expect(strings(show["deadlines"], "due") == ["2025-08-12"])  // D11, D12: Mountain Day moved it
            #expect(try await fixture.run(["filing", "report", id, "--date", "2025-08-12"]).status == 0)
            let close = try await fixture.run(["filing", "close", id, "--date", "2025-08-13", "--expect-version", "2"])
            #expect(close.status == 0, "\(close.standardError)")
            #expect(try close.jsonObject()["state"] == "closed")
            let list = try await fixture.run(["filing", "list", "--state", "closed"])
            guard case .array(let filings) = try list.json() else {
                Issue.record("list did not print an array")
                return
            }
            #expect(filings.count == 1)
        }
    }

    /// Unknown id, stale version, bad date, future date, bad note: one line on stderr, a non-zero exit, nothing written.
    @Test(.hangGuard)
    func errorsAreOneLineAndWriteNothing() async throws {
        try await FilingCommandFixture.with { fixture in
            let facts = try fixture.facts(FactsExamples.priorNotification(date: "2025-09-01"))
            let id = try await #require(try opened(fixture, ["--check", facts, "--date", "2025-07-01"]))
            let cases: [([String], Int32, String)] = [
                (["filing", "show", "0123456789abcdef"], 65, "was not found"),
                (["filing", "submit", "not-an-id"], 65, "is not a filing id"),
                (["filing", "submit", id, "--expect-version", "7"], 75, "is at version 1, not 7"),
                (["filing", "submit", id, "--date", "2025-02-29"], 65, "--date"),
                (["filing", "submit", id, "--date", "2099-01-01"], 65, "after today"),
                (["filing", "accept", id, "--date", "2025-07-02"], 65, "allowed: submit, withdraw, assign, note"),
                (["filing", "note", id, "--text", "   "], 65, "a note cannot be empty"),
                (["filing", "assign", id, "--to", UUID().uuidString], 65, "in the filing's organisation"),
                (["filing", "submit", id, "--actor", "Taro Yamada"], 65, "--actor must be a person id"),
                (["filing", "extend", id, "--months", "6"], 64, "--months must be 4 or 5"),
            ]
            for (arguments, status, message) in cases {
                let run = try await fixture.run(arguments)
                #expect(run.status == status, "\(arguments): \(run.standardError)")
                #expect(run.standardError.contains(message), "\(arguments): \(run.standardError)")
                #expect(run.standardOutput.isEmpty, "\(arguments)")
                if status != 64 {
                    #expect(run.standardError.split(separator: "\n").count == 1, "\(arguments): \(run.standardError)")
                }
            }
            let show = try await fixture.run(["filing", "show", id]).jsonObject()
            #expect(show["version"] == 1)
            #expect(strings(show["events"], "type") == ["opened"])
        }
    }

    @Test(.hangGuard)
    func filingNewRefusesWhenThereIsNothingToFileOrFactsAreMissing() async throws {
        try await FilingCommandFixture.with { fixture in
            let none = try await fixture.run(["filing", "new", "--check", try fixture.facts(FactsExamples.noFiling)])
            #expect(none.status == 3)
            #expect(none.standardError.contains("nothing to file"))
            let missing = try await fixture.run([
                "filing", "new", "--check", try fixture.facts(FactsExamples.undetermined),
            ])
            #expect(missing.status == 4)
            #expect(missing.standardError.contains("investor.category"))
            let broken = try await fixture.run([
                "filing", "new", "--check", try fixture.facts(#"{"date": "2025-07-01",}"#),
            ])
            #expect(broken.status == 65)
            let absent = try await fixture.run(["filing", "new", "--check", "/nonexistent/facts.json"])
            #expect(absent.status == 66)
            let reportWithPlan = try await fixture.run([
                "filing", "new", "--check", try fixture.facts(FactsExamples.postInvestmentReport(date: "2025-06-27")),
                "--planned-execution", "2025-09-01",
            ])
            #expect(reportWithPlan.status == 64)
            let list = try await fixture.run(["filing", "list"])
            #expect(try list.json() == .array([]), "a refused opening wrote a filing")
        }
    }

    /// Two case handlers run `fefta filing` at the same moment with the version they both read: one wins, the other
    /// exits 75 naming the current version, and the log has no gap.
    @Test(.hangGuard)
    func twoConcurrentHandlersOneWins() async throws {
        try await FilingCommandFixture.with { fixture in
            let facts = try fixture.facts(FactsExamples.priorNotification(date: "2025-09-01"))
            let id = try await #require(try opened(fixture, ["--check", facts, "--date", "2025-07-01"]))
            #expect(try await fixture.run(["filing", "submit", id, "--date", "2025-07-02"]).status == 0)
            let runs = await withTaskGroup(of: FeftaProcess.Output?.self) { group in
                for arguments in [
                    ["filing", "accept", id, "--date", "2025-07-03", "--expect-version", "2"],
                    ["filing", "withdraw", id, "--date", "2025-07-03", "--expect-version", "2"],
                ] {
                    group.addTask { try? await fixture.run(arguments) }
                }
                var runs: [FeftaProcess.Output] = []
                for await run in group { if let run { runs.append(run) } }
                return runs
            }
            #expect(runs.map(\.status).sorted() == [0, 75], "\(runs.map(\.standardError))")
            #expect(runs.contains { $0.standardError.contains("is at version 3, not 2") })
            let show = try await fixture.run(["filing", "show", id]).jsonObject()
            guard case .array(let events)? = show["events"] else { return }
            #expect(events.count == 3)
            #expect(show["version"] == 3)
            #expect(try await fixture.run(["audit", "verify"]).status == 0)
        }
    }

    /// An event changed directly in SQL (as the superuser, with the immutability trigger disabled) is named by
    /// `fefta audit verify`.
    @Test(.hangGuard)
    func auditVerifyNamesATamperedEvent() async throws {
        try await FilingCommandFixture.with { fixture in
            let facts = try fixture.facts(FactsExamples.priorNotification(date: "2025-09-01"))
            let id = try await #require(try opened(fixture, ["--check", facts, "--date", "2025-07-01"]))
            #expect(try await fixture.run(["filing", "submit", id, "--date", "2025-07-02"]).status == 0)
            #expect(try await fixture.run(["filing", "accept", id, "--date", "2025-07-03"]).status == 0)
            #expect(try await fixture.run(["audit", "verify"]).status == 0)
            try await fixture.db.pool.withConnection(logger: fixture.db.logger) { session in
                try await session.execute(
                    "ALTER TABLE filing_events DISABLE TRIGGER filing_events_immutable", logger: fixture.db.logger)
                try await session.execute(
                    "UPDATE filing_events SET effective_on = '2025-06-30' WHERE id = 2", logger: fixture.db.logger)
            }
            let verify = try await fixture.run(["audit", "verify"])
            #expect(verify.status == 5)
            #expect(verify.standardError.contains("event 2 was changed"), "\(verify.standardError)")
            let report = try verify.jsonObject()
            #expect(report["intact"] == false)
            let text = try await fixture.run(["audit", "verify", "--format", "text"])
            #expect(text.standardOutput.hasPrefix("NOT intact"))

            let history = try await fixture.run(["audit", id])
            #expect(history.status == 0, "\(history.standardError)")
            guard case .array(let events) = try history.json() else { return }
            #expect(events.count == 3)
        }
    }
}
