import DatabaseTestSupport
import Foundation
import ScreeningWorker
import Testing

/// The notify command: JSON on standard input, the id in the environment, exit 0 delivers, a hang times out.
@Suite struct NotifyCommandTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("notify-\(UUID().uuidString.prefix(8))")

    @Test(.hangGuard)
    func theNotificationArrivesOnStandardInputWithItsIdInTheEnvironment() async throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out").path
        let command = NotifyCommand(
            command: "cat > '\(out)'; echo \"$FEFTA_NOTIFICATION_ID\" >> '\(out)'", timeout: .seconds(30))
        let result = await command.deliver(
            json: #"{"id": "n-1", "kind": "reminder"}"#, environment: ["FEFTA_NOTIFICATION_ID": "n-1"])
        #expect(result == .delivered)
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "{\"id\": \"n-1\", \"kind\": \"reminder\"}\nn-1\n")
    }

    @Test(.hangGuard, arguments: [("exit 3", "exit status 3"), ("kill -9 $$", "killed by signal 9")])
    func aFailureIsDescribedWithoutWhatTheCommandPrinted(command: String, reason: String) async {
        let result = await NotifyCommand(command: "echo secret-personal-data >&2; " + command, timeout: .seconds(30))
            .deliver(json: "{}", environment: [:])
        #expect(result == .failed(reason))
    }

    /// A command that would run for an hour: the time limit fails the test unless the timeout stops it.
    @Test(.hangGuard)
    func aCommandThatHangsIsStoppedAtTheTimeout() async {
        let result = await NotifyCommand(command: "sleep 3600 | cat", timeout: .milliseconds(300))
            .deliver(json: "{}", environment: [:])
        #expect(result == .failed("timed out after 0.3 seconds"))
    }

    @Test(.hangGuard)
    func aCommandThatIgnoresItsInputStillDelivers() async {
        let result = await NotifyCommand(command: "exit 0", timeout: .seconds(30))
            .deliver(json: String(repeating: "x", count: 200_000), environment: [:])
        #expect(result == .delivered)
    }
}
