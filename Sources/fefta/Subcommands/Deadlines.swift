import ArgumentParser
import FilingWorkflow
import JapaneseCalendar
import Logging
import ScreeningRules
import ScreeningStore

extension FeftaCommand {
    /// `fefta deadlines [--within DAYS] [--format text|json|ics]`: the pending deadlines of every filing.
    struct Deadlines: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "deadlines",
            abstract: "List pending filing deadlines, earliest first, or export them as an iCalendar file.",
            discussion: """
                With --within DAYS, only deadlines due within DAYS days of --date (today in Japan by default), \
                including those already past. --format ics writes an RFC 5545 calendar with one all-day event per \
                deadline and stable UIDs (<deadline id>@fefta), for Outlook, Google Calendar or Apple Calendar.
                """
        )

        @Option(name: .long, help: ArgumentHelp("Only deadlines due within this many days.", valueName: "days"))
        var within: Int?

        @Option(name: .long, help: ArgumentHelp("Only this organisation (id or name).", valueName: "org"))
        var org: String?

        @Option(
            name: .long,
            help: ArgumentHelp("Count from this day, YYYY-MM-DD (default: today in Japan).", valueName: "date"))
        var date: String?

        @OptionGroup(title: "Database") var database: DatabaseOptions

        @Option(name: .long, help: "Output format: text, json or ics (text on a terminal, json otherwise).")
        var format: OutputFormat?

        func validate() throws {
            if let within, within < 0 || within > 36_500 { throw ValidationError("--within must be 0 to 36500 days") }
        }

        func run() async throws {
            let format = try OutputOptions(format: format).resolved(allowed: [.text, .json, .ics])
            let today = try LegalDateArgument.parse(date, option: "--date")
            let logger = Logger(label: "fefta")
            try await database.withFilingStore(logger: logger) { pool in
                let organisation = try await OrganisationDirectory.organisationID(
                    filteringBy: org, pool: pool, logger: logger)
                let listings = try await FilingStore.pendingDeadlines(
                    dueBy: within.map { today.adding(days: $0) }, organisationID: organisation, pool: pool,
                    logger: logger)
                switch format {
                case .json:
                    writeStandardOutput(
                        JSONValue.array(listings.map(FilingJSON.listing)).serialized(pretty: true) + "\n")
                case .ics:
                    writeStandardOutput(Self.calendar(listings))
                default:
                    if listings.isEmpty { writeStandardOutput("no pending deadlines\n") }
                    for listing in listings { writeStandardOutput(Self.line(listing, today: today) + "\n") }
                }
            }
        }

        /// One text line: due date, how far, kind, filing.
        static func line(_ listing: DeadlineListing, today: LegalDate) -> String {
            let days = listing.deadline.due - today
            let when =
                days == 0
                ? "today"
                : days > 0 ? "in \(days) day\(days == 1 ? "" : "s")" : "\(-days) day\(days == -1 ? "" : "s") ago"
            return
                "\(FilingText.day(listing.deadline.due))  \(when.padding(toLength: 12, withPad: " ", startingAt: 0)) "
                + "\(listing.deadline.kind.rawValue.padding(toLength: 21, withPad: " ", startingAt: 0)) "
                + "\(FilingText.short(listing.filing.id)) \(listing.filing.kind.rawValue) \(listing.filing.state.rawValue)"
        }

        /// The iCalendar document.
        static func calendar(_ listings: [DeadlineListing]) -> String {
            var calendar = ICalendarWriter(name: "FEFTA deadlines")
            for listing in listings {
                let deadline = listing.deadline
                let filing = FilingText.short(listing.filing.id)
                calendar.add(
                    ICalendarWriter.Event(
                        uid: "\(FilingJSON.id(deadline.id))@fefta", stamp: deadline.armedAt, date: deadline.due,
                        summary: "\(title(deadline.kind)) — filing \(filing)",
                        description: """
                            \(title(deadline.kind)) / \(titleJa(deadline.kind))
                            Filing \(FilingJSON.id(listing.filing.id)) (\(listing.filing.kind.rawValue), \
                            \(listing.filing.state.rawValue))
                            Organisation: \(listing.organisationName)
                            Basis: \(Citation.render(deadline.basis, .en)) / \(Citation.render(deadline.basis, .ja))
                            fefta filing show \(filing)
                            """,
                        categories: ["FEFTA", deadline.kind.rawValue], organisation: listing.organisationName))
            }
            return calendar.document
        }

        static func title(_ kind: FilingDeadlineKind) -> String {
            switch kind {
            case .filingWindow: "FEFTA filing window opens"
            case .waitingPeriodEnd: "FEFTA waiting period ends: execution permitted"
            case .recommendationReply: "FEFTA reply to recommendation due"
            case .executionReport: "FEFTA execution report due"
            case .postInvestmentReport: "FEFTA post-investment report due"
            case .changeReport: "FEFTA change report due"
            }
        }

        static func titleJa(_ kind: FilingDeadlineKind) -> String {
            switch kind {
            case .filingWindow: "事前届出の提出可能日"
            case .waitingPeriodEnd: "禁止期間の満了（実行可能日）"
            case .recommendationReply: "勧告に対する応諾通知の期限"
            case .executionReport: "実行報告の期限"
            case .postInvestmentReport: "事後報告の期限"
            case .changeReport: "変更報告の期限"
            }
        }
    }
}

extension OutputOptions {
    /// Options with `format` set, for commands that declare their own `--format` help.
    init(format: OutputFormat?) {
        self.init()
        self.format = format
    }
}
