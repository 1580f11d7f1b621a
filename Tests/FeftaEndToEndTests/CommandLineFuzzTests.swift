import ArgumentParser
import DatabaseTestSupport
import Foundation
import FuzzTestSupport
import Testing

@testable import fefta

/// `fefta`'s command line under random argument vectors (issue 8 §3): parsing never crashes; every vector either
/// parses (and is not run here), asks for help or the version (exit 0), or is a usage error that exits 64 with a
/// message. A sample of the refused vectors is then run through the built binary, which must exit 64 as well.
struct CommandLineFuzzTests {
    /// Every subcommand path of `fefta` (`["filing", "note"]`…), found by walking the command tree.
    static let paths: [[String]] = {
        func name(_ type: any ParsableCommand.Type) -> String {
            if let name = type.configuration.commandName { return name }
            var kebab = ""
            for character in String(describing: type) {
                if character.isUppercase && !kebab.isEmpty { kebab += "-" }
                kebab += character.lowercased()
            }
            return kebab
        }
        func walk(_ type: any ParsableCommand.Type, _ prefix: [String]) -> [[String]] {
            [prefix] + type.configuration.subcommands.flatMap { walk($0, prefix + [name($0)]) }
        }
        return walk(FeftaCommand.self, [])
    }()

    /// Options of any command, so vectors hit real parsers often.
    static let options = [
        "--format", "--database-url", "--actor", "--org", "--role", "--name", "--db-role", "--create-login", "--team",
        "--user", "--date", "--published", "--replace", "--investor", "--check", "--planned-execution",
        "--expect-version", "--text", "--to", "--months", "--within", "--mine", "--overdue", "--if-missing",
        "--strict", "--issuers", "--lang", "--until", "--dry-run", "--help", "-h", "--version", "--", "-", "-x",
        "--format=json", "--months=4", "--expect-version=-1",
    ]

    /// Values that break parsers: numbers at their limits, dates, ids, injection and control characters.
    static let values = [
        "", " ", "0", "-1", "4", "5", "99999999999999999999", "1e9", "NaN", "-0", "2025-02-29", "2025-13-01",
        "0000-01-01", "9999-12-31", "json", "text", "csv", "ics", "filer", "owner",
        "00000000-0000-0000-0000-000000000000",
        "3f2a", "3f2a9c1d", "zzzzzzzz", "'; DROP TABLE filings; --", "=cmd|' /C calc'!A0", "postgresql://u:p@h/db",
        "\u{0}", "\u{1B}[2J", "日本語", String(repeating: "A", count: 10_000), "%s%n", "../../etc/passwd",
    ]

    /// A random argument vector: usually a real command path, then options and values.
    static func vector(_ random: inout SeededRandom) -> [String] {
        var arguments = paths.randomElement(using: &random) ?? []
        if Int.random(in: 0..<10, using: &random) == 0, !arguments.isEmpty {
            arguments[arguments.count - 1] += "x"
        }
        for _ in 0..<Int.random(in: 0...6, using: &random) {
            switch Int.random(in: 0..<4, using: &random) {
            case 0: arguments.append(options.randomElement(using: &random) ?? "--")
            case 1: arguments.append(values.randomElement(using: &random) ?? "")
            case 2:
                arguments += [
                    options.randomElement(using: &random) ?? "--", values.randomElement(using: &random) ?? "",
                ]
            default:
                arguments.append(
                    String(decoding: random.hostileBytes(count: Int.random(in: 0...12, using: &random)), as: UTF8.self))
            }
        }
        return arguments
    }

    /// Parses `arguments`; records an issue unless it parses, asks for help, or is a usage error with a message.
    /// Returns whether it was a usage error.
    @discardableResult
    static func parse(_ arguments: [String], seed: UInt64) -> Bool {
        do {
            _ = try FeftaCommand.parseAsRoot(arguments)
            return false
        } catch {
            let code = FeftaCommand.exitCode(for: error)
            #expect(code == .success || code.rawValue == 64, "seed \(seed): \(arguments) exits \(code.rawValue)")
            if code != .success {
                let message = FeftaCommand.message(for: error)
                #expect(!message.isEmpty, "seed \(seed): \(arguments) has no message")
            }
            return code.rawValue == 64
        }
    }

    @Test func theCommandTreeIsWalked() {
        #expect(Self.paths.contains(["admin", "person", "add"]))
        #expect(Self.paths.contains(["filing", "note"]))
        #expect(Self.paths.count > 40, "\(Self.paths.count) paths")
    }

    // The two long loops yield now and then: a test that computes for a minute without a suspension point holds
    // one of the cooperative pool's threads (two on a two-core machine) for all that time, and with the other one
    // waiting for a child process the whole test run would stall.
    @Test func randomArgumentVectorsParseOrAreUsageErrors() async {
        let seed = SeededRandom.seed(0xFEF7A_0201)
        var random = SeededRandom(seed: seed)
        var usageErrors = 0
        for round in 0..<5_000 {
            if Self.parse(Self.vector(&random), seed: seed) { usageErrors += 1 }
            if round % 50 == 49 { await Task.yield() }
        }
        #expect(usageErrors > 1_000, "the fuzzer should mostly produce usage errors, got \(usageErrors)")
    }

    @Test func randomBytesAsArgumentsAreUsageErrors() async {
        let seed = SeededRandom.seed(0xFEF7A_0202)
        var random = SeededRandom(seed: seed)
        for round in 0..<3_000 {
            if round % 50 == 49 { await Task.yield() }
            let arguments = (0..<Int.random(in: 1...4, using: &random)).map { _ in
                String(decoding: random.hostileBytes(count: Int.random(in: 0...20, using: &random)), as: UTF8.self)
            }
            Self.parse(arguments, seed: seed)
        }
    }

    /// Refused vectors through the real binary: exit 64, a message on standard error, nothing on standard output.
    @Test(.hangGuard)
    func refusedVectorsExit64FromTheBuiltBinary() async throws {
        let seed = SeededRandom.seed(0xFEF7A_0203)
        var random = SeededRandom(seed: seed)
        var refused: [[String]] = []
        while refused.count < 40 {
            let arguments = Self.vector(&random)
            // Only vectors whose words are valid C strings can be passed to a process.
            guard arguments.allSatisfy({ !$0.utf8.contains(0) }), Self.parse(arguments, seed: seed) else { continue }
            refused.append(arguments)
        }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("fefta-fuzz-\(UUID())")
        defer { try? FileManager.default.removeItem(at: scratch) }
        for arguments in refused {
            let run = try await FeftaProcess.run(
                arguments,
                environment: ["FEFTA_HOME": scratch.path, "FEFTA_DATABASE_URL": "", "PGHOST": "/nonexistent"])
            #expect(
                run.status == 64, "seed \(seed): \(arguments) exited \(run.status): \(run.standardError.prefix(300))")
            #expect(!run.standardError.isEmpty && run.standardOutput.isEmpty, "seed \(seed): \(arguments)")
        }
    }
}
