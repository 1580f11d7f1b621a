import ArgumentParser
import FilingWorkflow
import Logging
import ScreeningRules
import ScreeningStore

extension FeftaCommand.Filing {
    /// `fefta filing show FILING`.
    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show a filing: its state and version, determination, deadlines and events.")

        @Argument(help: "The filing: its id, or its first 8 or more hexadecimal digits.")
        var filing: String

        @OptionGroup(title: "Database") var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        func run() async throws {
            let format = try output.resolved()
            let logger = Logger(label: "fefta")
            try await database.withFilingStore(logger: logger) { pool in
                let detail: FilingDetail
                let id = try await FilingStore.resolve(filing, pool: pool, logger: logger)
                detail = try await FilingStore.detail(of: id, events: true, pool: pool, logger: logger)
                switch format {
                case .json: writeStandardOutput(FilingJSON.filing(detail, events: true).serialized(pretty: true) + "\n")
                default: writeStandardOutput(FilingText.detail(detail) + "\n")
                }
            }
        }
    }

    /// `fefta filing list [--state S] [--kind K] [--org O]`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List filings, newest first, with their determinations and deadlines.")

        @Option(name: .long, help: "Only filings in this state (draft, filed, waiting, due, overdue…).")
        var state: String?

        @Option(name: .long, help: "Only this kind: priorNotification, postInvestmentReport or changeReport.")
        var kind: String?

        @Option(name: .long, help: ArgumentHelp("Only this organisation (id or name).", valueName: "org"))
        var org: String?

        @OptionGroup(title: "Database") var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        func validate() throws {
            if let state, FilingState(rawValue: state) == nil {
                throw ValidationError(
                    "--state must be one of: " + FilingState.allCases.map(\.rawValue).joined(separator: ", "))
            }
            if let kind, FilingKind(rawValue: kind) == nil {
                throw ValidationError(
                    "--kind must be one of: " + FilingKind.allCases.map(\.rawValue).joined(separator: ", "))
            }
        }

        func run() async throws {
            let format = try output.resolved()
            let logger = Logger(label: "fefta")
            try await database.withFilingStore(logger: logger) { pool in
                let organisation = try await OrganisationDirectory.organisationID(
                    filteringBy: org, pool: pool, logger: logger)
                let filings = try await FilingStore.list(
                    FilingFilter(
                        organisationID: organisation, state: state.flatMap(FilingState.init(rawValue:)),
                        kind: kind.flatMap(FilingKind.init(rawValue:))),
                    pool: pool, logger: logger)
                switch format {
                case .json:
                    let array = JSONValue.array(filings.map { FilingJSON.filing($0, events: false) })
                    writeStandardOutput(array.serialized(pretty: true) + "\n")
                default:
                    if filings.isEmpty { writeStandardOutput("no filings\n") }
                    for filing in filings { writeStandardOutput(FilingText.summary(filing) + "\n") }
                }
            }
        }
    }
}
