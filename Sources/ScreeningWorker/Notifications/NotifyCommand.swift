import Foundation
import NIOConcurrencyHelpers

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs the operator's `--notify-command` for one notification: `/bin/sh -c COMMAND`, the notification's JSON on
/// standard input, its id, kind and attempt in `FEFTA_NOTIFICATION_ID`, `FEFTA_NOTIFICATION_KIND` and
/// `FEFTA_NOTIFICATION_ATTEMPT`. Exit status 0 means delivered; anything else, or running past the timeout, is a
/// failed attempt. Its standard output is discarded and its standard error goes to the daemon's (the journal).
package struct NotifyCommand: Sendable {
    /// The shell command.
    package var command: String
    /// The longest a run may take; then it is terminated (SIGTERM, and SIGKILL a second later).
    package var timeout: Duration

    /// Creates the command.
    package init(command: String, timeout: Duration) {
        self.command = command
        self.timeout = timeout
    }

    /// How one run ended.
    package enum Result: Sendable, Hashable {
        /// Exit status 0.
        case delivered
        /// A failure, described without anything the command printed (it may hold personal data).
        case failed(String)
    }

    /// Runs the command once.
    ///
    /// - Parameters:
    ///   - json: the notification as JSON.
    ///   - environment: extra variables (id, kind, attempt).
    /// - Returns: the result.
    package func deliver(json: String, environment: [String: String]) async -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        let exited = ExitWaiter()
        process.terminationHandler = { process in exited.finish(process.terminationStatus, process.terminationReason) }
        do {
            try process.run()
        } catch {
            return .failed("could not start /bin/sh: \(error.localizedDescription)")
        }
        // The command may exit without reading its input; a closed pipe must not kill the daemon (SIGPIPE is
        // ignored process-wide by feftad) and is not an error here.
        let data = Data((json + "\n").utf8)
        try? input.fileHandleForWriting.write(contentsOf: data)
        try? input.fileHandleForWriting.close()

        let pid = process.processIdentifier
        let outcome = await withTaskCancellationHandler {
            await withTaskGroup(of: ExitWaiter.Exit?.self) { group in
                group.addTask { await exited.wait() }
                group.addTask {
                    try? await Task.sleep(for: timeout)
                    return nil
                }
                let first = await group.next() ?? nil
                group.cancelAll()
                return first
            }
        } onCancel: {
            kill(pid, SIGTERM)
        }
        guard let (status, reason) = outcome else {
            kill(pid, SIGTERM)
            try? await Task.sleep(for: .seconds(1))
            if process.isRunning { kill(pid, SIGKILL) }
            _ = await exited.wait()
            return .failed("timed out after \(timeout)")
        }
        if reason == .uncaughtSignal { return .failed("killed by signal \(status)") }
        return status == 0 ? .delivered : .failed("exit status \(status)")
    }
}

/// Hands a process's exit from its termination handler to async waiters; a cancelled waiter returns `nil`.
private final class ExitWaiter: Sendable {
    typealias Exit = (Int32, Process.TerminationReason)

    private struct State {
        var exit: Exit?
        var waiters: [UInt64: CheckedContinuation<Exit?, Never>] = [:]
        var nextID: UInt64 = 0
    }

    private let state = NIOLockedValueBox(State())

    func finish(_ status: Int32, _ reason: Process.TerminationReason) {
        let waiters = state.withLockedValue { state in
            state.exit = (status, reason)
            defer { state.waiters = [:] }
            return Array(state.waiters.values)
        }
        for waiter in waiters { waiter.resume(returning: (status, reason)) }
    }

    func wait() async -> Exit? {
        let id = state.withLockedValue { state in
            state.nextID += 1
            return state.nextID
        }
        return await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Exit?, Never>) in
                let immediate = state.withLockedValue { state -> Exit?? in
                    if let exit = state.exit { return .some(exit) }
                    if Task.isCancelled { return .some(nil) }
                    state.waiters[id] = continuation
                    return .none
                }
                if let immediate { continuation.resume(returning: immediate) }
            }
        } onCancel: {
            let waiter = state.withLockedValue { $0.waiters.removeValue(forKey: id) }
            waiter?.resume(returning: nil)
        }
    }
}
