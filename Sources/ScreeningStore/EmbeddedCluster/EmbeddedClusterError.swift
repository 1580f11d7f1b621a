/// Why the embedded PostgreSQL cluster could not be created, started, stopped or inspected.
package struct EmbeddedClusterError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong.
    package enum Code: Sendable, Hashable {
        /// initdb / pg_ctl were not found.
        case serverProgramsMissing
        /// The `postgres` system account (needed when running as root) does not exist.
        case serverAccountMissing
        /// The home folder is not usable (cannot be created, or the server account cannot reach it).
        case homeNotUsable
        /// The Unix socket path is longer than the operating system allows.
        case socketPathTooLong
        /// initdb failed.
        case initFailed
        /// The server did not start.
        case startFailed
        /// The server did not stop.
        case stopFailed
        /// The server's state could not be determined.
        case statusFailed
        /// Another program could not be run.
        case commandFailed
    }

    /// What went wrong.
    package var code: Code
    /// A complete sentence for the user: what failed and what to do.
    package var message: String
    /// The server log to read, when there is one.
    package var logFile: String?
    /// The last lines a failing program printed.
    package var output: String?

    /// Creates an error.
    package init(_ code: Code, _ message: String, logFile: String? = nil, output: String? = nil) {
        self.code = code
        self.message = message
        self.logFile = logFile
        self.output = output
    }

    package var description: String {
        var text = message
        if let output, !output.isEmpty { text += "\n" + output }
        if let logFile { text += "\nThe server log is \(logFile)." }
        return text
    }
}
