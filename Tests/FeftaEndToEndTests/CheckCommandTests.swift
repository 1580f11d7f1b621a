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

    @Test func ex1ThroughTheBinaryPrintsTheContractJSON() throws {
        let result = try runFefta(["check", "--format", "json", "--lang", "en"], input: Self.ex1)
        #expect(result.status == 0)
        #expect(
            result.stdout.hasPrefix("{\n  \"outcome\": \"exempt\",\n  \"priorNotification\": null,\n  \"exemption\": {")
        )
        let compact = result.stdout.replacingOccurrences(of: "\n", with: "").replacingOccurrences(of: " ", with: "")
        #expect(compact.contains(#""report":{"row":"P3","form":"11-2","dueDate":"2025-10-16"}"#))
        #expect(compact.hasSuffix(#""ruleset":{"version":"2025-05-19"}}"#))
        #expect(result.stderr.isEmpty)
    }

    @Test func readsAFileArgumentAndPrintsAMemoInJapanese() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent(
            "fefta-check-\(UUID().uuidString).json")
        try Self.ex1.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try runFefta(["check", file.path, "--format", "text", "--lang", "ja"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("結論: 事前届出は免除される（generalDesignated）。"))
        #expect(result.stdout.contains("期限 2025-10-16"))
    }

    @Test func languageDefaultsFromLANG() throws {
        let result = try runFefta(["check", "--format", "text"], input: Self.ex1, environment: ["LANG": "ja_JP.UTF-8"])
        #expect(result.stdout.hasPrefix("結論:"))
        let english = try runFefta(["check", "--format", "text"], input: Self.ex1, environment: ["LANG": "C.UTF-8"])
        #expect(english.stdout.hasPrefix("Answer:"))
    }

    @Test func undeterminedIsStillExitZero() throws {
        let result = try runFefta(
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
    func malformedJSONExits65NamingLineAndColumn(input: String, position: String) throws {
        let result = try runFefta(["check"], input: input)
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
    func schemaErrorsExit65NamingTheField(input: String, field: String) throws {
        let result = try runFefta(["check", "-"], input: input)
        #expect(result.status == 65)
        #expect(result.stderr.hasPrefix("fefta: schema error: \(field):"))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test func badUsageExits64() throws {
        #expect(try runFefta(["check", "--format", "yaml"], input: Self.ex1).status == 64)
        #expect(try runFefta(["check", "--no-such-flag"], input: Self.ex1).status == 64)
        #expect(try runFefta(["check", "a.json", "b.json"]).status == 64)
    }

    @Test func rulesShowListsParametersWithCitations() throws {
        let text = try runFefta(["rules", "show", "--date", "2019-01-01", "--format", "text", "--lang", "en"])
        #expect(text.status == 0)
        #expect(text.stdout.contains("threshold.listedAcquisition = 10"))
        let json = try runFefta(["rules", "show", "--date", "2025-05-19", "--format", "json"])
        #expect(json.stdout.contains(#""version": "2025-05-19""#))
        #expect(json.stdout.contains(#""citation": "Order 3-2(2)(iii)ロ (百分の十未満)""#))
        #expect(try runFefta(["rules", "show", "--date", "2017-09-30"]).status == 64)
    }

    @Test func rulesTestRunsTheStarterCases() throws {
        let result = try runFefta([
            "rules", "test", packageRoot.appendingPathComponent("Tests/rules/starter.yaml").path,
        ])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.contains("PASS  EX1"))
        #expect(result.stdout.hasSuffix(" passed, 0 failed\n"))
    }

    @Test func rulesTestReportsAFailingCaseWithADiff() throws {
        let yaml = """
            - name: wrong expectation
              input: {date: 2025-09-01, investor: {category: foreignEntity, class: general}, target: {listed: true, tier: designated}, act: {kind: listedShares, holdingBefore: 0.5, holdingAfter: 1.5}}
              output: {outcome: priorNotification, reportRow: P4}
            """
        let file = FileManager.default.temporaryDirectory.appendingPathComponent(
            "fefta-rules-\(UUID().uuidString).yaml")
        try yaml.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try runFefta(["rules", "test", file.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("FAIL  wrong expectation"))
        #expect(result.stdout.contains(#"outcome: expected "priorNotification", got "exempt""#))
        #expect(result.stdout.contains(#"reportRow: expected "P4", got "P3""#))
        #expect(result.stdout.hasSuffix("0 passed, 1 failed\n"))
    }
}

// MARK: - A minimal runner for the built binary

private struct ProcessResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

private let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// The built `fefta`: in `FEFTA_BIN_DIR` when set, next to the test bundle, or in `.build/debug`.
private func feftaExecutable() -> URL {
    if let directory = ProcessInfo.processInfo.environment["FEFTA_BIN_DIR"], !directory.isEmpty {
        return URL(fileURLWithPath: directory).appendingPathComponent("fefta")
    }
    let besideTests = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        .appendingPathComponent("fefta")
    if FileManager.default.isExecutableFile(atPath: besideTests.path) { return besideTests }
    return packageRoot.appendingPathComponent(".build/debug/fefta")
}

private func runFefta(_ arguments: [String], input: String? = nil, environment: [String: String] = [:]) throws
    -> ProcessResult
{
    let process = Process()
    process.executableURL = feftaExecutable()
    process.arguments = arguments
    var env = ProcessInfo.processInfo.environment
    for key in ["LC_ALL", "LC_MESSAGES", "LANG"] { env[key] = nil }
    env.merge(environment) { $1 }
    process.environment = env
    let stdin = Pipe()
    let stdout = Pipe()
    let stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
    try stdin.fileHandleForWriting.close()
    let out = stdout.fileHandleForReading.readDataToEndOfFile()
    let err = stderr.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return ProcessResult(
        status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
        stderr: String(decoding: err, as: UTF8.self)
    )
}
