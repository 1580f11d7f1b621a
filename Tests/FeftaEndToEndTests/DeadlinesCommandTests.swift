import DatabaseTestSupport
import Foundation
import ScreeningRules
import Testing

/// `fefta deadlines` (text, JSON and iCalendar, checked with Python's `icalendar`), `fefta queue`, and the filing
/// commands against the embedded cluster.
@Suite struct DeadlinesCommandTests {
    /// An organisation whose name tries spreadsheet formula injection and every character iCalendar escapes.
    static let hostileName = #"=cmd|' /C calc'!A0, Inc.; "Tokyo" \ branch"#

    /// Parses an iCalendar file with Python's `icalendar` and prints what it read as JSON.
    static let parser = """
        import json, sys, icalendar
        cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
        events = [{"uid": str(e["UID"]), "start": e["DTSTART"].dt.isoformat(), "end": e["DTEND"].dt.isoformat(),
                   "stamp": e["DTSTAMP"].dt.isoformat(), "summary": str(e["SUMMARY"]),
                   "description": str(e["DESCRIPTION"]), "organisation": str(e["X-FEFTA-ORGANISATION"])}
                  for e in cal.walk("VEVENT")]
        print(json.dumps({"version": str(cal["VERSION"]), "prodid": str(cal["PRODID"]), "events": events}))
        """

    /// A report case (due 2025-08-12) in the fixture's organisation and a waiting prior notification (end
    /// 2025-08-02) in an organisation with a hostile name.
    private func seed(_ fixture: FilingCommandFixture) async throws -> (report: String, prior: String) {
        let org = try await fixture.run(["admin", "org", "add", Self.hostileName])
        #expect(org.status == 0, "\(org.standardError)")
        let person = try await fixture.run([
            "admin", "person", "add", "--name", "B", "--role", "filer", "--org", Self.hostileName,
        ])
        let other = try #require(FilingCommandFixture.string(try person.jsonObject(), "id"))
        let report = try await fixture.run([
            "filing", "new", "--check", try fixture.facts(FactsExamples.postInvestmentReport(date: "2025-06-27")),
            "--date", "2025-07-01", "--org", "Example LLP",
        ])
        let prior = try await fixture.run(
            [
                "filing", "new", "--check", try fixture.facts(FactsExamples.priorNotification(date: "2025-09-01")),
                "--planned-execution", "2025-09-01", "--date", "2025-07-01", "--org", Self.hostileName,
            ], environment: ["FEFTA_ACTOR": other])
        let reportID = try #require(
            FilingCommandFixture.string(try report.jsonObject(), "id"), "\(report.standardError)")
        let priorID = try #require(FilingCommandFixture.string(try prior.jsonObject(), "id"), "\(prior.standardError)")
        for (verb, date) in [("submit", "2025-07-02"), ("accept", "2025-07-03")] {
            let run = try await fixture.run(
                ["filing", verb, priorID, "--date", date], environment: ["FEFTA_ACTOR": other])
            #expect(run.status == 0, "\(run.standardError)")
        }
        return (reportID, priorID)
    }

    @Test(.hangGuard)
    func theICalendarExportIsReadByAnIndependentParser() async throws {
        try await FilingCommandFixture.with { fixture in
            let (report, prior) = try await seed(fixture)
            let json = try await fixture.run(["deadlines", "--format", "json"])
            guard case .array(let listed) = try json.json() else {
                Issue.record("deadlines did not print an array")
                return
            }
            #expect(listed.count == 2)

            let ics = try await fixture.run(["deadlines", "--format", "ics"])
            #expect(ics.status == 0, "\(ics.standardError)")
            let text = ics.standardOutput
            #expect(text.hasPrefix("BEGIN:VCALENDAR\r\n"))
            #expect(text.hasSuffix("END:VCALENDAR\r\n"))
            let physical = text.components(separatedBy: "\r\n").dropLast()
            #expect(!physical.contains { $0.contains("\n") || $0.contains("\r") }, "bare LF or CR")
            #expect(physical.allSatisfy { $0.utf8.count <= 75 }, "a line is longer than 75 octets")
            #expect(physical.contains { $0.hasPrefix(" ") }, "long lines are folded")

            let file = fixture.folder.appendingPathComponent("deadlines.ics")
            try Data(text.utf8).write(to: file)
            let parsed = try await FeftaProcess.runTool("python3", ["-c", Self.parser, file.path])
            #expect(parsed.status == 0, "python icalendar could not parse the file: \(parsed.standardError)")
            let calendar = try parsed.jsonObject()
            #expect(calendar["version"] == "2.0")
            guard case .array(let events)? = calendar["events"] else {
                Issue.record("no events parsed: \(parsed.standardOutput)")
                return
            }
            let byStart = events.compactMap { event -> JSONObject? in
                if case .object(let object) = event { return object }
                return nil
            }.sorted {
                (FilingCommandFixture.string($0, "start") ?? "") < (FilingCommandFixture.string($1, "start") ?? "")
            }
            #expect(byStart.map { FilingCommandFixture.string($0, "start") } == ["2025-08-02", "2025-08-12"])
            #expect(byStart.map { FilingCommandFixture.string($0, "end") } == ["2025-08-03", "2025-08-13"])
            let listedIDs = listed.compactMap { item -> String? in
                if case .object(let object) = item { return FilingCommandFixture.string(object, "id") }
                return nil
            }
            #expect(
                Set(byStart.compactMap { FilingCommandFixture.string($0, "uid") })
                    == Set(listedIDs.map { $0 + "@fefta" }))
            let waiting = try #require(byStart.first)
            #expect(FilingCommandFixture.string(waiting, "summary")?.contains(String(prior.prefix(8))) == true)
            #expect(FilingCommandFixture.string(waiting, "description")?.contains("Basis: D2, D13") == true)
            // TEXT is escaped (RFC 5545 §3.3.11) and read back exactly; a value that starts a formula is neutralised.
            // (icalendar leaves the X- property's value as written.)
            #expect(
                FilingCommandFixture.string(waiting, "organisation")
                    == #"'=cmd|' /C calc'!A0\, Inc.\; "Tokyo" \\ branch"#)
            #expect(
                FilingCommandFixture.string(waiting, "description")?.contains("Organisation: " + Self.hostileName)
                    == true)
            #expect(FilingCommandFixture.string(byStart[1], "organisation") == "Example LLP")
            #expect(FilingCommandFixture.string(byStart[1], "summary")?.contains(String(report.prefix(8))) == true)

            // Stable: a second export is identical, so calendars update instead of duplicating.
            #expect(try await fixture.run(["deadlines", "--format", "ics"]).standardOutput == text)
            let soon = try await fixture.run(["deadlines", "--date", "2025-07-31", "--within", "5"])
            guard case .array(let within) = try soon.json() else { return }
            #expect(within.count == 1)
        }
    }

    @Test(.hangGuard)
    func theQueuePutsOverdueFilingsFirst() async throws {
        try await FilingCommandFixture.with { fixture in
            let (report, prior) = try await seed(fixture)
            let queue = try await fixture.run(["queue", "--date", "2025-08-20"])
            #expect(queue.status == 0, "\(queue.standardError)")
            guard case .array(let items) = try queue.json() else { return }
            let objects = items.compactMap { item -> JSONObject? in
                if case .object(let object) = item { return object }
                return nil
            }
            #expect(objects.map { FilingCommandFixture.string($0, "id") } == [report, prior])
            #expect(objects.first?["overdue"] == true)
            #expect(objects.first?["missedDue"] == "2025-08-12")
            #expect(objects.last?["overdue"] == false)

            let onTime = try await fixture.run(["queue", "--date", "2025-08-12", "--overdue"])
            #expect(try onTime.json() == .array([]), "a report is not overdue on its last day")
            let overdue = try await fixture.run(["queue", "--date", "2025-08-13", "--overdue"])
            guard case .array(let late) = try overdue.json() else { return }
            #expect(late.count == 1)

            #expect(try await fixture.run(["queue", "--mine"]).json() == .array([]))
            #expect(try await fixture.run(["filing", "assign", report, "--to", fixture.handler]).status == 0)
            guard case .array(let mine) = try await fixture.run(["queue", "--mine"]).json() else { return }
            #expect(mine.count == 1)
            let text = try await fixture.run(["queue", "--date", "2025-08-20", "--format", "text"])
            #expect(text.standardOutput.hasPrefix("OVERDUE \(report.prefix(8))"))
        }
    }

    /// The same commands against fefta's own embedded cluster, with the acting person found by the OS user name.
    @Test(.hangGuard)
    func theLifecycleWorksAgainstTheEmbeddedCluster() async throws {
        try await EmbeddedClusterFixture.withEmbeddedHome { fixture in
            var env = fixture.environment
            env["FEFTA_ACTOR"] = ""
            let user = ProcessInfo.processInfo.userName
            let folder = URL(fileURLWithPath: fixture.home).deletingLastPathComponent()
            let facts = folder.appendingPathComponent("facts.json")
            try Data(FactsExamples.postInvestmentReport(date: "2025-06-27").utf8).write(to: facts)
            let steps: [[String]] = [
                ["db", "start"], ["db", "migrate"],
                ["admin", "org", "add", "Example LLP"],
                ["admin", "person", "add", "--name", "Operator", "--role", "admin", "--user", user],
            ]
            for step in steps {
                let run = try await FeftaProcess.run(step, environment: env)
                #expect(run.status == 0, "\(step): \(run.standardError)")
            }
            let new = try await FeftaProcess.run(
                ["filing", "new", "--check", facts.path, "--date", "2025-07-01"], environment: env)
            #expect(new.status == 0, "\(new.standardError)")
            let id = try #require(FilingCommandFixture.string(try new.jsonObject(), "id"))
            #expect(
                try await FeftaProcess.run(["filing", "report", id, "--date", "2025-08-01"], environment: env).status
                    == 0)
            let show = try await FeftaProcess.run(["filing", "show", id], environment: env).jsonObject()
            #expect(show["state"] == "filed")
            let verify = try await FeftaProcess.run(["audit", "verify", "--format", "text"], environment: env)
            #expect(verify.status == 0)
            #expect(verify.standardOutput.hasPrefix("intact: 2 events, 1 filings"))
        }
    }
}
