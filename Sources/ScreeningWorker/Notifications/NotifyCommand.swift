import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs the operator's `--notify-command` for one notification: `/bin/sh -c COMMAND`, the notification's JSON on
/// standard input, its id, kind and attempt in `FEFTA_NOTIFICATION_ID`, `FEFTA_NOTIFICATION_KIND` and
/// `FEFTA_NOTIFICATION_ATTEMPT`. Exit status 0 means delivered; anything else, or running past the timeout, is a
/// failed attempt. Its standard output is discarded and its standard error goes to the daemon's (the journal).
///
/// The command runs in a process group of its own, which a timeout terminates whole (SIGTERM, then SIGKILL a second
/// later), so a shell pipeline cannot outlive it. It is started with `posix_spawn` and reaped with `waitpid`
/// rather than Foundation's `Process`, which watches its child through a descriptor that grandchildren inherit and
/// so would not see the shell exit while anything it started still ran. Standard input is a file, not a pipe: a
/// command that never reads can neither block the daemon on a full pipe nor kill it with SIGPIPE.
package struct NotifyCommand: Sendable {
    /// The shell command.
    package var command: String
    /// The longest a run may take.
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

    /// Runs the command once; cancellation terminates it like a timeout.
    ///
    /// - Parameters:
    ///   - json: the notification as JSON.
    ///   - environment: extra variables (id, kind, attempt).
    /// - Returns: the result.
    package func deliver(json: String, environment: [String: String]) async -> Result {
        let input: Int32
        do {
            input = try Self.inputFile(json + "\n")
        } catch {
            return .failed("could not write the notification for the command: \(error.localizedDescription)")
        }
        defer { close(input) }
        let pid: pid_t
        do {
            pid = try spawn(input: input, environment: environment)
        } catch {
            return .failed("could not start /bin/sh: \(error)")
        }
        let deadline = ContinuousClock.now + timeout
        while true {
            if let status = Self.reap(pid) { return Self.result(status) }
            if ContinuousClock.now >= deadline || Task.isCancelled { break }
            try? await Task.sleep(for: .milliseconds(10))
        }
        kill(-pid, SIGTERM)
        let grace = ContinuousClock.now + .seconds(1)
        while ContinuousClock.now < grace {
            if Self.reap(pid) != nil { return .failed("timed out after \(timeout)") }
            try? await Task.sleep(for: .milliseconds(10))
        }
        kill(-pid, SIGKILL)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return .failed("timed out after \(timeout)")
    }

    /// Starts `/bin/sh -c command` in a new process group with `input` as standard input and standard output on
    /// `/dev/null`; every other descriptor but standard error is closed in the child.
    private func spawn(input: Int32, environment: [String: String]) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, input, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        let open = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        for descriptor in open.compactMap(Int32.init) where descriptor > 2 {
            posix_spawn_file_actions_addclose(&actions, descriptor)
        }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
        posix_spawnattr_setpgroup(&attributes, 0)
        let variables = ProcessInfo.processInfo.environment.merging(environment) { $1 }.map { "\($0.key)=\($0.value)" }
        let argv: [UnsafeMutablePointer<CChar>?] = [String](["/bin/sh", "-c", command]).map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = variables.map { strdup($0) } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        var pid: pid_t = 0
        let error = posix_spawn(&pid, "/bin/sh", &actions, &attributes, argv, envp)
        guard error == 0 else { throw POSIXError(POSIXErrorCode(rawValue: error) ?? .EIO) }
        return pid
    }

    /// The child's wait status if it has exited (and reaps it), else `nil`.
    private static func reap(_ pid: pid_t) -> Int32? {
        var status: Int32 = 0
        let reaped = waitpid(pid, &status, WNOHANG)
        return reaped == pid ? status : nil
    }

    /// What a wait status means.
    private static func result(_ status: Int32) -> Result {
        let signal = status & 0x7f
        if signal != 0 { return .failed("killed by signal \(signal)") }
        let code = (status >> 8) & 0xff
        return code == 0 ? .delivered : .failed("exit status \(code)")
    }

    /// An unlinked temporary file holding `text`, open for reading from its start (close-on-exec; the spawn
    /// duplicates it onto standard input).
    static func inputFile(_ text: String) throws -> Int32 {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "feftad-notification-\(UUID().uuidString)"
        ).path
        let descriptor = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        unlink(path)
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else {
                close(descriptor)
                throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
            }
            bytes = bytes.dropFirst(written)
        }
        lseek(descriptor, 0, SEEK_SET)
        return descriptor
    }
}
