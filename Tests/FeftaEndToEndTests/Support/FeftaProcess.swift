import Foundation
import ScreeningRules

/// Runs the built `fefta` binary as a real process and captures what it prints.
///
/// The binary is looked up in `FEFTA_BIN_DIR` when that is set (CI, or a release build:
/// `FEFTA_BIN_DIR=.build/release swift test`), otherwise in the `.build/debug` folder of the package, found by
/// walking up from this file. Build it first (`swift build`, then `swift test`); a missing binary is reported as a
/// test failure naming the path that was tried, never a skip.
struct FeftaProcess {
    /// What one run produced.
    struct Output: Sendable {
        /// The exit status.
        let status: Int32
        /// Everything written to standard output.
        let standardOutput: String
        /// The same bytes, as written (for output that is not UTF-8, such as a Shift_JIS CSV).
        let standardOutputBytes: [UInt8]
        /// Everything written to standard error.
        let standardError: String
    }

    /// The path of an executable product (`fefta`, `feftad`) of the package.
    static func executablePath(_ name: String, filePath: String = #filePath) -> String {
        if let directory = ProcessInfo.processInfo.environment["FEFTA_BIN_DIR"], !directory.isEmpty {
            return URL(fileURLWithPath: directory).appendingPathComponent(name).path
        }
        #if DEBUG
            let configuration = "debug"
        #else
            let configuration = "release"
        #endif
        var directory = URL(fileURLWithPath: filePath).deletingLastPathComponent()
        while directory.path != "/" {
            let candidate = directory.appendingPathComponent(".build/\(configuration)/\(name)")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate.path }
            if FileManager.default.fileExists(atPath: directory.appendingPathComponent("Package.swift").path) {
                return candidate.path
            }
            directory.deleteLastPathComponent()
        }
        return ".build/\(configuration)/\(name)"
    }

    /// Runs `fefta` with `arguments` and waits for it to exit.
    ///
    /// Standard output and standard error go to temporary files (so a large output cannot block on a full pipe)
    /// and standard input is `input` (empty by default). Neither stream is a terminal, so `fefta` defaults to JSON
    /// output.
    ///
    /// - Parameters:
    ///   - arguments: the command line after `fefta`.
    ///   - executable: the product to run.
    ///   - environment: extra environment variables.
    ///   - input: bytes for standard input, if any.
    /// - Throws: ``FeftaProcessError`` when the binary is missing; errors from launching the process.
    static func run(
        _ arguments: [String], executable: String = "fefta", environment: [String: String] = [:],
        input: [UInt8]? = nil
    ) async throws -> Output {
        let path = executablePath(executable)
        guard FileManager.default.isExecutableFile(atPath: path) else { throw FeftaProcessError.binaryMissing(path) }
        return try await launch(path, arguments, environment: environment, input: input)
    }

    /// Runs another program found on `PATH` (such as `python3`, to check output with an independent parser) the
    /// same way.
    ///
    /// - Throws: ``FeftaProcessError/toolMissing(_:)`` when `name` is not on `PATH`; errors from launching it.
    static func runTool(
        _ name: String, _ arguments: [String], environment: [String: String] = [:], input: [UInt8]? = nil
    ) async throws -> Output {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        guard
            let path = directories.map({ "\($0)/\(name)" }).first(where: {
                FileManager.default.isExecutableFile(atPath: $0)
            })
        else { throw FeftaProcessError.toolMissing(name) }
        return try await launch(path, arguments, environment: environment, input: input)
    }

    private static func launch(
        _ path: String, _ arguments: [String], environment: [String: String], input: [UInt8]? = nil
    ) async throws -> Output {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("fefta-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let stdoutURL = scratch.appendingPathComponent("stdout")
        let stderrURL = scratch.appendingPathComponent("stderr")
        guard FileManager.default.createFile(atPath: stdoutURL.path, contents: nil),
            FileManager.default.createFile(atPath: stderrURL.path, contents: nil)
        else { throw CocoaError(.fileWriteUnknown) }
        let stdout = try FileHandle(forWritingTo: stdoutURL)
        let stderr = try FileHandle(forWritingTo: stderrURL)
        defer {
            try? stdout.close()
            try? stderr.close()
        }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        if let input {
            let stdinURL = scratch.appendingPathComponent("stdin")
            try Data(input).write(to: stdinURL)
            process.standardInput = try FileHandle(forReadingFrom: stdinURL)
        } else {
            process.standardInput = FileHandle.nullDevice
        }
        process.standardOutput = stdout
        process.standardError = stderr
        // Waits for the exit without holding a thread: the cooperative pool has as many threads as cores (two
        // here), and a test blocked in waitUntilExit on one of them can stall every other test in the process.
        let exited = AsyncStream<Void>.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
        process.terminationHandler = { _ in
            exited.continuation.yield()
            exited.continuation.finish()
        }
        try process.run()
        for await _ in exited.stream { break }
        process.waitUntilExit()  // Returns at once now; makes sure the status is recorded.

        let standardOutput = [UInt8](try Data(contentsOf: stdoutURL))
        return Output(
            status: process.terminationStatus,
            standardOutput: String(decoding: standardOutput, as: UTF8.self), standardOutputBytes: standardOutput,
            standardError: String(decoding: try Data(contentsOf: stderrURL), as: UTF8.self)
        )
    }
}

extension FeftaProcess.Output {
    /// Standard output parsed as JSON.
    ///
    /// - Throws: `JSONParseError` when it is not JSON.
    func json() throws -> JSONValue {
        try JSONParser().parse(standardOutput)
    }

    /// Standard output parsed as a JSON object.
    ///
    /// - Throws: `JSONParseError`, or ``FeftaProcessError/notAJSONObject(_:)`` for other JSON.
    func jsonObject() throws -> JSONObject {
        guard case .object(let object) = try json() else { throw FeftaProcessError.notAJSONObject(standardOutput) }
        return object
    }
}

/// Why a run of the binary could not be made or read.
enum FeftaProcessError: Error, CustomStringConvertible {
    /// No executable at the path tried.
    case binaryMissing(String)
    /// Standard output was JSON but not an object.
    case notAJSONObject(String)
    /// A helper program is not on `PATH`.
    case toolMissing(String)

    var description: String {
        switch self {
        case .binaryMissing(let path):
            "the fefta binary was not found at \(path): run `swift build` before `swift test`, "
                + "or set FEFTA_BIN_DIR to the folder that holds the built binaries"
        case .notAJSONObject(let output):
            "expected a JSON object on standard output, got: \(output.prefix(200))"
        case .toolMissing(let name):
            "\(name) is not on PATH; Deploy/test.sh installs what the end-to-end tests need"
        }
    }
}
