import ArgumentParser
import Foundation

/// The `fefta` command-line tool: FEFTA inward-investment screening for law firms, funds and case handlers.
@main
struct FeftaCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fefta",
        abstract: "Screen inward direct investment into Japan under FEFTA (外為法) and track its filings.",
        version: FeftaVersion.current,
        subcommands: [
            Check.self, Rules.self, Deadline.self, Calendar.self, Db.self, Filing.self, Queue.self, Deadlines.self,
            Audit.self, Admin.self, Issuers.self, Portfolio.self,
        ]
    )

    /// Sets up logging (`FEFTA_LOG_LEVEL`), then parses and runs the command.
    static func main() async {
        LoggingSetup.bootstrap(environment: ProcessInfo.processInfo.environment)
        await main(nil)
    }
}

/// The version of the `fefta` and `feftad` binaries.
enum FeftaVersion {
    static let current = "0.1.0"
}
