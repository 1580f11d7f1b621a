import Logging

/// `FEFTA_LOG_LEVEL`: fefta's own logs (the storage layer's `debug` lines: statements, transactions), to standard
/// error.
///
/// Unset, logging stays as swift-log starts it and fefta's libraries, which log at `debug` and below, print
/// nothing. Logs carry ids, SQL operations and timings only: never bound values, connection strings or names
/// (STYLE §2.4); a test runs fefta at `trace` against a database URL with a password and greps the output.
enum LoggingSetup {
    /// Bootstraps logging from `FEFTA_LOG_LEVEL` (trace, debug, info, notice, warning, error, critical); an unknown
    /// value is reported on standard error and ignored.
    static func bootstrap(environment: [String: String]) {
        guard let text = environment["FEFTA_LOG_LEVEL"], !text.isEmpty else { return }
        guard let level = Logger.Level(rawValue: text.lowercased()) else {
            printDiagnostic(
                "FEFTA_LOG_LEVEL is not a log level; use trace, debug, info, notice, warning, error or critical")
            return
        }
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
    }
}
