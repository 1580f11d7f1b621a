import ArgumentParser

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Exit statuses of `fefta`, after BSD `sysexits.h`.
enum ExitStatus {
    /// Some input rows were rejected and the rest was processed (`fefta portfolio check` without `--strict`).
    static let partial: Int32 = 2
    /// The command was used wrongly (`EX_USAGE`).
    static let usage: Int32 = 64
    /// The input data was wrong: malformed JSON, a schema error, a bad date (`EX_DATAERR`).
    static let dataError: Int32 = 65
    /// A required input file could not be opened (`EX_NOINPUT`).
    static let noInput: Int32 = 66
    /// A service (the database) was unavailable (`EX_UNAVAILABLE`).
    static let unavailable: Int32 = 69
    /// An internal error (`EX_SOFTWARE`).
    static let software: Int32 = 70
    /// The database refused the acting role: a missing privilege or a row outside its row-level security
    /// (`EX_NOPERM`).
    static let noPermission: Int32 = 77
}

/// Writes one diagnostic line, prefixed `fefta: `, to standard error.
func printDiagnostic(_ message: String) {
    var line = "fefta: " + message
    if !line.hasSuffix("\n") { line += "\n" }
    writeStandardError(line)
}

/// Writes `text` to standard error, unbuffered.
func writeStandardError(_ text: String) {
    var bytes = Array(text.utf8)[...]
    while !bytes.isEmpty {
        let written = bytes.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
        if written <= 0 { return }
        bytes = bytes.dropFirst(written)
    }
}

/// Prints `message` to standard error and returns the `ExitCode` to throw.
///
/// Use it for failures that are not usage errors, so the status says what kind of failure it was:
/// `throw fail("'2025-02-29' is not a date …", status: ExitStatus.dataError)`.
func fail(_ message: String, status: Int32) -> ExitCode {
    printDiagnostic(message)
    return ExitCode(status)
}
