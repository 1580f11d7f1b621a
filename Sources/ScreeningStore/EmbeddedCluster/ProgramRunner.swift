import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs an external program (initdb, pg_ctl, pg_config, runuser) and collects its exit status and output.
///
/// Built on `posix_spawn` and `waitpid`, not Foundation's `Process`: `pg_ctl start` leaves a server running in the
/// background, and `Process` watches its child through a descriptor that such a grandchild inherits, so it would
/// wait for the server to exit. Here the child gets only standard input (`/dev/null`) and one output file for
/// standard output and error; every other descriptor is closed in the child. Output goes to an unlinked temporary
/// file, not a pipe, so a chatty program cannot fill a pipe and stall. The wait polls `waitpid` with short
/// asynchronous sleeps, so a slow `pg_ctl start -w` never holds a thread of the cooperative pool.
enum ProgramRunner {
    /// What a program did.
    struct Outcome: Sendable {
        /// The exit status (or 128 + signal number when killed by a signal).
        var status: Int32
        /// Standard output and standard error, interleaved.
        var output: String

        /// The last `count` non-empty lines of output, for error messages.
        func lastLines(_ count: Int) -> String {
            output.split(separator: "\n", omittingEmptySubsequences: true).suffix(count).joined(separator: "\n")
        }
    }

    /// Why a program could not be started.
    struct SpawnError: Error, CustomStringConvertible {
        var executable: String
        var errorNumber: Int32

        var description: String { "could not run \(executable): \(String(cString: strerror(errorNumber)))" }
    }

    /// Runs `executable` with `arguments` in `/` and waits for it to exit.
    ///
    /// - Parameters:
    ///   - executable: an absolute path.
    ///   - arguments: the arguments.
    /// - Returns: the exit status and output.
    /// - Throws: ``SpawnError`` when the program cannot be started.
    static func run(_ executable: String, _ arguments: [String]) async throws -> Outcome {
        let output = try temporaryFile()
        defer { close(output) }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, output, 1)
        posix_spawn_file_actions_adddup2(&actions, output, 2)
        for descriptor in inheritableDescriptors() where descriptor != output {
            posix_spawn_file_actions_addclose(&actions, descriptor)
        }

        // `sh` moves to `/` (which every user may enter, unlike root's home) and then becomes the program.
        let command = ["/bin/sh", "-c", "cd / && exec \"$0\" \"$@\"", executable] + arguments
        // C copies of the arguments, freed when this function returns; posix_spawn copies them into the child.
        let argv: [UnsafeMutablePointer<CChar>?] = command.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var processID: pid_t = 0
        let spawned = posix_spawn(&processID, "/bin/sh", &actions, nil, argv, environ)
        guard spawned == 0 else { throw SpawnError(executable: executable, errorNumber: spawned) }

        var status: Int32 = 0
        while true {
            let result = waitpid(processID, &status, WNOHANG)
            if result == processID { break }
            if result < 0 && errno != EINTR { throw SpawnError(executable: executable, errorNumber: errno) }
            // Not cancellable on purpose: the child must be reaped, and every program run here has a time limit.
            try? await Task.sleep(for: .milliseconds(20))
        }
        let exitStatus = status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Outcome(status: exitStatus, output: readAll(output))
    }

    /// An unlinked temporary file, open for reading and writing, closed on `exec`.
    private static func temporaryFile() throws -> Int32 {
        var template = Array((NSTemporaryDirectory() + "/fefta-run.XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
            guard let path = buffer.baseAddress else { return -1 }
            let descriptor = mkstemp(path)
            if descriptor >= 0 {
                unlink(path)
                _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
            }
            return descriptor
        }
        guard descriptor >= 0 else { throw SpawnError(executable: "mkstemp", errorNumber: errno) }
        return descriptor
    }

    /// This process's open descriptors above 2 that a child would inherit (no close-on-exec flag), such as a
    /// connection socket: the child gets them closed, so a server it starts holds nothing of ours.
    private static func inheritableDescriptors() -> [Int32] {
        let listing =
            (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd"))
            ?? (try? FileManager.default.contentsOfDirectory(atPath: "/dev/fd")) ?? []
        return listing.compactMap { Int32($0) }.filter { descriptor in
            guard descriptor > 2 else { return false }
            let flags = fcntl(descriptor, F_GETFD)
            return flags >= 0 && flags & FD_CLOEXEC == 0
        }
    }

    private static func readAll(_ descriptor: Int32) -> String {
        lseek(descriptor, 0, SEEK_SET)
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 16_384)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count <= 0 { break }
            bytes += chunk[0..<count]
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
