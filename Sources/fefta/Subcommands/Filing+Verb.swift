import ArgumentParser
import FilingWorkflow
import JapaneseCalendar
import Logging
import ScreeningRules
import ScreeningStore

/// What every `fefta filing` verb takes: the filing, `--expect-version`, `--actor`, the database and the format.
struct VerbOptions: ParsableArguments {
    @Argument(help: "The filing: its id, or its first 8 or more hexadecimal digits.")
    var filing: String

    @Option(
        name: .customLong("expect-version"),
        help: ArgumentHelp(
            "Refuse unless the filing is still at this version (default: whatever version it is at).", valueName: "n"))
    var expectVersion: Int?

    @OptionGroup var actor: ActorOptions
    @OptionGroup(title: "Database") var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if let expectVersion, expectVersion < 1 { throw ValidationError("--expect-version must be 1 or more") }
    }

    /// Records `event` on the filing and prints the result.
    ///
    /// - Throws: an `ExitCode` after printing one diagnostic line: 65 for a refusal, an unknown filing or person, or
    ///   a bad value; 75 for a stale `--expect-version`; 69/70 for database failures.
    func record(_ event: FilingEvent) async throws {
        let format = try output.resolved()
        let logger = Logger(label: "fefta")
        try await database.withFilingStore(logger: logger) { pool in
            let applied: AppliedTransition
            let id = try await FilingStore.resolve(filing, pool: pool, logger: logger)
            let actor = try await actor.resolve(pool: pool, logger: logger)
            applied = try await FilingStore.apply(
                event, toFiling: id, expectedVersion: expectVersion, actor: actor, pool: pool, logger: logger)
            switch format {
            case .json: writeStandardOutput(FilingJSON.applied(applied).serialized(pretty: true) + "\n")
            default:
                var before: FilingState?
                if case .object(let payload) = applied.event.payload, case .string(let from)? = payload["from"] {
                    before = FilingState(rawValue: from)
                }
                writeStandardOutput(FilingText.applied(applied, before: before) + "\n")
            }
        }
    }
}

/// `--date`: the legal date of the event.
struct EventDateOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The legal date of the event, YYYY-MM-DD, not after today (default: today in Japan).", valueName: "date"))
    var date: String?

    /// The date given, or today in Japan.
    ///
    /// - Throws: an `ExitCode` (65) for a date that is not valid or is after today.
    func resolved() throws -> LegalDate {
        try LegalDateArgument.parseEventDate(date, option: "--date")
    }
}
