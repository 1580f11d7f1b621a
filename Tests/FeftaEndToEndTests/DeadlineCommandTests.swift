import DatabaseTestSupport
import ScreeningRules
import Testing

/// `fefta deadline`, run as a real process.
@Suite(.hangGuard)
struct DeadlineCommandTests {
    @Test func ex6ReportJSONHasTheContractKeysFirst() async throws {
        let output = try await FeftaProcess.run(["deadline", "report", "2025-06-27", "--format", "json"])
        #expect(output.status == 0, "\(output.standardError)")
        #expect(output.standardError.isEmpty)
        let object = try output.jsonObject()
        #expect(Array(object.keys.prefix(4)) == ["kind", "from", "due", "basis"])
        #expect(object["kind"] == "report")
        #expect(object["from"] == "2025-06-27")
        #expect(object["due"] == "2025-08-12")
        #expect(object["basis"] == "D11, D12: Ord. 6-2 (四十五日以内); Civil Code Art. 140; 行政機関の休日に関する法律 Art. 2")
        #expect(object["unrolledDue"] == "2025-08-11")
        #expect(object["rolledBecause"] == "Mountain Day (a national holiday)")
        #expect(object["nationalHolidaysKnown"] == true)
    }

    @Test(arguments: [
        ("waiting-period", "2025-07-02", "2025-08-01"),  // EX5
        ("extension-4m", "2025-10-31", "2026-03-01"),
        ("extension-5m", "2025-07-02", "2025-12-02"),
        ("recommendation-reply", "2025-12-20", "2026-01-05"),
        ("report", "2025-11-14", "2026-01-05"),
        ("execution-report", "2025-10-10", "2025-11-25"),
        ("change-report", "2025-10-11", "2025-11-25"),
        ("filing-window", "2025-08-31", "2025-03-01"),
    ])
    func everyKindWithoutAFormatFlagPrintsJSON(kind: String, from: String, due: String) async throws {
        let output = try await FeftaProcess.run(["deadline", kind, from])
        #expect(output.status == 0, "\(output.standardError)")
        let object = try output.jsonObject()
        #expect(object["kind"] == .string(kind))
        #expect(object["from"] == .string(from))
        #expect(object["due"] == .string(due))
    }

    @Test func textExplainsTheCountInASentence() async throws {
        let output = try await FeftaProcess.run(["deadline", "report", "2025-06-27", "--format", "text"])
        #expect(output.status == 0)
        #expect(output.standardOutput.hasPrefix("Due: 2025-08-12 (Tuesday)\n"))
        #expect(output.standardOutput.contains("within 45 days of the act on 2025-06-27"))
        #expect(output.standardOutput.contains("山の日"))
        #expect(output.standardOutput.contains("Basis: D11, D12"))
    }

    @Test func unknownKindExits65AndListsTheKinds() async throws {
        let output = try await FeftaProcess.run(["deadline", "reports", "2025-06-27"])
        #expect(output.status == 65)
        #expect(output.standardOutput.isEmpty)
        #expect(output.standardError.hasPrefix("fefta: unknown deadline kind 'reports'; use one of: waiting-period,"))
        #expect(output.standardError.contains("filing-window"))
        #expect(output.standardError.split(separator: "\n").count == 1)
    }

    @Test(arguments: [
        ("2025-02-29", "'2025-02-29' is not a date: that month has no such day"),
        ("2025-13-01", "'2025-13-01' is not a date: the month must be between 01 and 12"),
        ("2025/06/27", "'2025/06/27' is not a date: expected YYYY-MM-DD"),
        ("9999-12-31", "'9999-12-31' is out of range"),
    ])
    func badDateExits65WithTheDateError(text: String, message: String) async throws {
        let output = try await FeftaProcess.run(["deadline", "report", text])
        #expect(output.status == 65)
        #expect(output.standardOutput.isEmpty)
        #expect(output.standardError.contains(message), "\(output.standardError)")
    }

    @Test func missingArgumentIsAUsageError() async throws {
        let output = try await FeftaProcess.run(["deadline", "report"])
        #expect(output.status == 64)
    }

    @Test func beyond2099TheOutputSaysHolidaysAreUnknown() async throws {
        let output = try await FeftaProcess.run(["deadline", "report", "2099-12-20"])
        #expect(output.status == 0)
        let object = try output.jsonObject()
        #expect(object["nationalHolidaysKnown"] == false)
        #expect(output.standardError.contains("warning: national holidays are known for 1949–2099 only"))
    }
}
