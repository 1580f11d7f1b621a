import ArgumentParser

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// How a command prints its result.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case text, json, csv, ics
}

/// `--format`, shared by every command that prints data.
///
/// Text is the default on a terminal, JSON otherwise, so scripts get a stable contract without asking for it.
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: "Output format: text or json (text on a terminal, json otherwise).")
    var format: OutputFormat?

    /// The format to use: the one asked for, or text on a terminal and JSON otherwise.
    func resolved(allowed: [OutputFormat] = [.text, .json]) throws -> OutputFormat {
        let format = format ?? (Terminal.standardOutputIsTerminal ? .text : .json)
        guard allowed.contains(format) else {
            throw ValidationError(
                "--format \(format.rawValue) is not available here; use one of: "
                    + allowed.map(\.rawValue).joined(separator: ", ")
            )
        }
        return format
    }
}

/// Facts about the process's terminal.
enum Terminal {
    /// Whether standard output is a terminal.
    static var standardOutputIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
    /// Whether standard error is a terminal.
    static var standardErrorIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }
}
