import DatabaseTestSupport
import Foundation
import Testing

/// What users read names nothing outside the repository: every `fefta` and `feftad` help text (run through the
/// built binaries) and the README carry no reference to the project's private spec documents.
struct HelpTextTests {
    /// References to documents that do not ship with fefta.
    static let forbidden = ["design.md", "fefta-rules", "spec/", "§", "LIST-1", "[R]", "[D]", "../shared"]

    static func references(in text: String) -> [String] {
        forbidden.filter { text.contains($0) }
    }

    /// One process per subcommand (over 30), a few at a time.
    @Test(.hangGuard)
    func everyFeftaHelpNamesNothingOutsideTheRepository() async throws {
        let paths = CommandLineFuzzTests.paths
        #expect(paths.count > 30)
        for batch in stride(from: 0, to: paths.count, by: 4).map({ paths[$0..<min($0 + 4, paths.count)] }) {
            try await withThrowingTaskGroup(of: ([String], FeftaProcess.Output).self) { group in
                for path in batch {
                    group.addTask { (path, try await FeftaProcess.run(path + ["--help"])) }
                }
                for try await (path, output) in group {
                    #expect(output.status == 0, "fefta \(path.joined(separator: " ")) --help exited \(output.status)")
                    let found = Self.references(in: output.standardOutput + output.standardError)
                    #expect(found.isEmpty, "fefta \(path.joined(separator: " ")) --help names \(found)")
                }
            }
        }
    }

    @Test(.hangGuard)
    func feftadHelpNamesNothingOutsideTheRepository() async throws {
        let output = try await FeftaProcess.run(["--help"], executable: "feftad")
        #expect(output.status == 0)
        #expect(output.standardOutput.contains("feftad"))
        #expect(Self.references(in: output.standardOutput + output.standardError).isEmpty)
    }

    @Test func readmeNamesNothingOutsideTheRepository() throws {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let found = Self.references(in: String(line))
            #expect(found.isEmpty, "README.md line \(number + 1) names \(found)")
        }
    }
}
