import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A running `feftad` (the built binary), its output captured to a file, which a test can signal and wait for.
final class DaemonProcess {
    private let process = Process()
    let logPath: String

    /// The binary: `FEFTA_BIN_DIR/feftad`, else the package's `.build/debug/feftad`.
    static var executable: String {
        if let directory = ProcessInfo.processInfo.environment["FEFTA_BIN_DIR"], !directory.isEmpty {
            return directory + "/feftad"
        }
        var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while directory.path != "/" {
            if FileManager.default.fileExists(atPath: directory.appendingPathComponent("Package.swift").path) {
                #if DEBUG
                    return directory.appendingPathComponent(".build/debug/feftad").path
                #else
                    return directory.appendingPathComponent(".build/release/feftad").path
                #endif
            }
            directory.deleteLastPathComponent()
        }
        return ".build/debug/feftad"
    }

    /// Starts `feftad` with `arguments` and the given environment (added to this process's).
    init(_ arguments: [String], environment: [String: String] = [:], logDirectory: String) throws {
        guard FileManager.default.isExecutableFile(atPath: Self.executable) else {
            throw FaultTestError("\(Self.executable) is missing: run `swift build` before the tests")
        }
        logPath = logDirectory + "/feftad-\(UUID().uuidString.prefix(8)).log"
        guard FileManager.default.createFile(atPath: logPath, contents: nil) else {
            throw FaultTestError("cannot create \(logPath)")
        }
        let log = try FileHandle(forWritingTo: URL(fileURLWithPath: logPath))
        process.executableURL = URL(fileURLWithPath: Self.executable)
        process.arguments = arguments
        var base = ProcessInfo.processInfo.environment
        for key in base.keys where key.hasPrefix("FEFTA_") || key.hasPrefix("PG") { base[key] = nil }
        process.environment = base.merging(environment) { $1 }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = log
        process.standardError = log
        try process.run()
        try log.close()
    }

    var pid: Int32 { process.processIdentifier }
    var isRunning: Bool { process.isRunning }

    /// Sends `signal`.
    func send(_ signal: Int32) {
        kill(process.processIdentifier, signal)
    }

    /// Waits for the process to exit, at most `timeout`.
    ///
    /// - Returns: the exit status, or `nil` if it was still running at the timeout.
    func waitForExit(timeout: Duration) async -> Int32? {
        let deadline = ContinuousClock.now + timeout
        while process.isRunning {
            if ContinuousClock.now >= deadline { return nil }
            try? await Task.sleep(for: .milliseconds(20))
        }
        return process.terminationReason == .uncaughtSignal
            ? 128 + process.terminationStatus : process.terminationStatus
    }

    /// Everything the daemon logged.
    var log: String {
        (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? ""
    }

    /// Kills the process if it still runs (cleanup).
    func killIfRunning() {
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }
}
