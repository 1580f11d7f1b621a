import ArgumentParser
import JapaneseCalendar
import Logging
import ScreeningRules
import ScreeningStore

extension FeftaCommand {
    /// `fefta queue [--mine] [--overdue]`: the reviewer's work list.
    struct Queue: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "queue",
            abstract: "The work list: open filings, overdue first, then by their nearest deadline.",
            discussion: """
                A filing is overdue when a report or reply's last day has passed without it (on --date, today in \
                Japan by default). --mine lists the filings assigned to you (--actor, FEFTA_ACTOR or your user name).
                """
        )

        @Flag(name: .long, help: "Only filings assigned to me.")
        var mine = false

        @Flag(name: .long, help: "Only overdue filings.")
        var overdue = false

        @Option(name: .long, help: ArgumentHelp("Only this organisation (id or name).", valueName: "org"))
        var org: String?

        @Option(
            name: .long,
            help: ArgumentHelp("Judge overdue on this day, YYYY-MM-DD (default: today in Japan).", valueName: "date"))
        var date: String?

        @OptionGroup var actor: ActorOptions
        @OptionGroup(title: "Database") var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        func run() async throws {
            let format = try output.resolved()
            let today = try LegalDateArgument.parse(date, option: "--date")
            let logger = Logger(label: "fefta")
            try await database.withFilingStore(logger: logger) { pool in
                let assignee = mine ? try await actor.resolve(pool: pool, logger: logger).personID : nil
                let organisation = try await OrganisationDirectory.organisationID(
                    filteringBy: org, pool: pool, logger: logger)
                let items = try await FilingStore.queue(
                    assignee: assignee, overdueOnly: overdue, organisationID: organisation, today: today,
                    pool: pool, logger: logger)
                switch format {
                case .json:
                    writeStandardOutput(
                        JSONValue.array(items.map(FilingJSON.queueItem)).serialized(pretty: true) + "\n")
                default:
                    if items.isEmpty { writeStandardOutput("nothing in the queue\n") }
                    for item in items { writeStandardOutput(Self.line(item) + "\n") }
                }
            }
        }

        static func line(_ item: QueueItem) -> String {
            let flag = item.isOverdue ? "OVERDUE " : "        "
            var line =
                flag + "\(FilingText.short(item.record.id))  "
                + "\(item.record.kind.rawValue.padding(toLength: 20, withPad: " ", startingAt: 0)) "
                + "\(item.record.state.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0))"
            if let missed = item.missedDue { line += " missed \(FilingText.day(missed))" }
            if let next = item.next { line += " next \(next.kind.rawValue) \(FilingText.day(next.due))" }
            return line
        }
    }
}
