import DatabaseTestSupport
import Foundation
import Testing

/// `fefta check` and `fefta rules` through the built binary (design.md §4 contract, exit codes 0/64/65).
///
/// Uses a minimal private runner; the shared `FeftaProcess` helper replaces it when both are on main.
struct CheckCommandTests {
    static let ex1 = """
        {"date": "2025-09-01",
         "investor": {"category": "foreignEntity", "country": "SG", "class": "general", "accredited": false},
         "target": {"listed": true, "tier": "designated", "securitiesCode": "6501"},
         "act": {"kind": "listedShares", "holdingBefore": 0.5, "holdingAfter": 1.5}}
        """

    @Test func ex1ThroughTheBinaryPrintsTheContractJSON() async throws {
        let result = try await runFefta(["check", "--format", "json", "--lang", "en"], input: Self.ex1)
        #expect(result.status == 0)
        #expect(
            result.stdout.hasPrefix("{\n  \"outcome\": \"exempt\",\n  \"priorNotification\": null,\n  \"exemption\": {")
        )
        let compact = result.stdout.replacingOccurrences(of: "\n", with: "").replacingOccurrences(of: " ", with: "")
        #expect(compact.contains(#""report":{"row":"P3","form":"11-2","dueDate":"2025-10-16"}"#))
        #expect(compact.hasSuffix(#""ruleset":{"version":"2025-05-19"}}"#))
        #expect(result.stderr.isEmpty)
    }

    @Test func readsAFileArgumentAndPrintsAMemoInJapanese() async throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent(
            "fefta-check-\(UUID().uuidString).json")
        try Self.ex1.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try await runFefta(["check", file.path, "--format", "text", "--lang", "ja"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("結論: 事前届出は免除される（generalDesignated）。"))
        #expect(result.stdout.contains("期限 2025-10-16"))
    }

    @Test func languageDefaultsFromLANG() async throws {
        let result = try await runFefta(
            ["check", "--format", "text"], input: Self.ex1, environment: ["LANG": "ja_JP.UTF-8"])
        #expect(result.stdout.hasPrefix("結論:"))
        let english = try await runFefta(
            ["check", "--format", "text"], input: Self.ex1, environment: ["LANG": "C.UTF-8"])
        #expect(english.stdout.hasPrefix("Answer:"))
    }

    @Test func undeterminedIsStillExitZero() async throws {
        let result = try await runFefta(
            ["check", "--format", "json"], input: #"{"date":"2025-09-01","target":{"securitiesCode":"6501"}}"#)
        #expect(result.status == 0)
        #expect(result.stdout.contains(#""outcome": "undetermined""#))
        #expect(result.stdout.contains("\"target.tier\""))
    }

    @Test(arguments: [
        ("{\"date\": \"2025-09-01\",", "line 1, column 23"),
        ("{\"date\": 2025-09-01}", "line 1, column 10"),
        ("", "line 1, column 1"),
        ("[1, 2,]", "line 1, column 7"),
    ])
    func malformedJSONExits65NamingLineAndColumn(input: String, position: String) async throws {
        let result = try await runFefta(["check"], input: input)
        #expect(result.status == 65)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("fefta: invalid JSON at \(position)"))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test(arguments: [
        (#"{"date":"2025-09-01","investor":{"category":"foreignEntity","colour":"red"}}"#, "investor.colour"),
        (#"{"date":"2025-09-01","act":{"kind":"listedShares","holdingAfter":100.01}}"#, "act.holdingAfter"),
        (
            #"{"date":"2025-09-01","act":{"kind":"listedShares","holdingBefore":3,"holdingAfter":2}}"#,
            "act.holdingAfter"
        ),
        (#"{"date":"2025-13-01"}"#, "date"),
        (#"{"date":"2025-09-01","target":{"tier":"Core"}}"#, "target.tier"),
    ])
    func schemaErrorsExit65NamingTheField(input: String, field: String) async throws {
        let result = try await runFefta(["check", "-"], input: input)
        #expect(result.status == 65)
        #expect(result.stderr.hasPrefix("fefta: schema error: \(field):"))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test func badUsageExits64() async throws {
        #expect(try await runFefta(["check", "--format", "yaml"], input: Self.ex1).status == 64)
        #expect(try await runFefta(["check", "--no-such-flag"], input: Self.ex1).status == 64)
        #expect(try await runFefta(["check", "a.json", "b.json"]).status == 64)
    }

    @Test func rulesShowListsParametersWithCitations() async throws {
        let text = try await runFefta(["rules", "show", "--date", "2019-01-01", "--format", "text", "--lang", "en"])
        #expect(text.status == 0)
        #expect(text.stdout.contains("threshold.listedAcquisition = 10"))
        let json = try await runFefta(["rules", "show", "--date", "2025-05-19", "--format", "json"])
        #expect(json.stdout.contains(#""version": "2025-05-19""#))
        #expect(json.stdout.contains(#""citation": "Order 3-2(2)(iii)ロ (百分の十未満)""#))
        #expect(try await runFefta(["rules", "show", "--date", "2017-09-30"]).status == 64)
    }

    @Test func rulesTestRunsTheStarterCases() async throws {
        let result = try await runFefta([
            "rules", "test", packageRoot.appendingPathComponent("Tests/rules/starter.yaml").path,
        ])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.contains("PASS  EX1"))
        #expect(result.stdout.hasSuffix(" passed, 0 failed\n"))
    }

    @Test func rulesTestReportsAFailingCaseWithADiff() async throws {
        let yaml = """
            - name: wrong expectation
              input: {date: 2025-09-01, investor: {category: foreignEntity, class: general}, target: {listed: true, tier: designated}, act: {kind: listedShares, holdingBefore: 0.5, holdingAfter: 1.5}}
              output: {outcome: priorNotification, reportRow: P4}
            """
        let file = FileManager.default.temporaryDirectory.appendingPathComponent(
            "fefta-rules-\(UUID().uuidString).yaml")
        try yaml.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try await runFefta(["rules", "test", file.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("FAIL  wrong expectation"))
        #expect(result.stdout.contains(#"outcome: expected "priorNotification", got "exempt""#))
        #expect(result.stdout.contains(#"reportRow: expected "P4", got "P3""#))
        #expect(result.stdout.hasSuffix("0 passed, 1 failed\n"))
    }

    /// Issue 8: a hostile rules file gets one short line naming the place and exit 65, never a crash or a flood.
    @Test(.hangGuard) func rulesTestRefusesHostileYAMLInOneShortLine() async throws {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let wide =
            "- name: x\n  input: " + String(repeating: "{a: ", count: 20_000) + "1"
            + String(repeating: "}", count: 20_000) + "\n"
        let cases: [(String, [UInt8], String)] = [
            ("deep nesting", Array(deep.utf8), "1:1: Maximum nesting level reached"),
            ("deep mapping on one long line", Array(wide.utf8), "2:"),
            (
                "invalid UTF-8", Array("- name: ok\n- name: caf".utf8) + [0xE9, 0x0A],
                "not valid UTF-8 at line 2 (byte 23)"
            ),
            (
                "Shift_JIS", Array("- name: ".utf8) + [0x83, 0x65, 0x83, 0x58, 0x83, 0x67, 0x0A],
                "not valid UTF-8 at line 1"
            ),
            ("unterminated", Array("- name: x\n  input: {a: [1, 2\n".utf8), "did not find expected ',' or ']'"),
            (
                "10 MB scalar", Array(("- name: " + String(repeating: "x", count: 10_000_000) + "\n  input: [").utf8),
                "invalid YAML"
            ),
        ]
        for (label, bytes, fragment) in cases {
            let file = FileManager.default.temporaryDirectory.appendingPathComponent(
                "fefta-hostile-\(UUID().uuidString).yaml")
            try Data(bytes).write(to: file)
            defer { try? FileManager.default.removeItem(at: file) }
            let result = try await runFefta(["rules", "test", file.path])
            #expect(result.status == 65, "\(label): \(result.stderr.prefix(300))")
            #expect(result.stdout.isEmpty, "\(label)")
            #expect(result.stderr.contains(fragment), "\(label): \(result.stderr.prefix(300))")
            #expect(result.stderr.count < 400 + file.path.count, "\(label): \(result.stderr.count) characters")
            #expect(result.stderr.filter { $0 == "\n" }.count == 1, "\(label)")
        }
    }
}

// MARK: - Running the built binary

private struct ProcessResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

private let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// Runs `fefta` through ``FeftaProcess`` with the locale variables empty, so the wording is English unless a test
/// sets one.
private func runFefta(_ arguments: [String], input: String? = nil, environment: [String: String] = [:]) async throws
    -> ProcessResult
{
    let output = try await FeftaProcess.run(
        arguments, environment: ["LC_ALL": "", "LC_MESSAGES": "", "LANG": ""].merging(environment) { $1 },
        input: input.map { Array($0.utf8) })
    return ProcessResult(status: output.status, stdout: output.standardOutput, stderr: output.standardError)
}
