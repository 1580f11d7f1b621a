import ArgumentParser
import FilingWorkflow
import JapaneseCalendar
import Logging
import ScreeningRules
import ScreeningStore

extension FeftaCommand.Filing {
    /// `fefta filing new --check FACTS.json`: runs the determination and opens the case it calls for.
    struct New: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Open a filing for a transaction: the case its determination calls for.",
            discussion: """
                Runs the same determination as `fefta check` on FACTS (its JSON input) and opens a prior notification \
                for outcome priorNotification, or a post-investment report case (act date = the facts' date) for \
                postInvestmentReport or an exemption with a report due. The filing keeps the determination, the \
                facts and the ruleset version. Without --planned-execution, a prior notification's planned execution \
                date is the facts' date when that is today or later. Exit status: 0 opened; 3 nothing to file \
                (noFiling, or exempt with no report); 4 undetermined (the missing facts are listed); 65 invalid facts \
                or a refused opening; 66 FACTS unreadable.
                """
        )

        @Option(
            name: .long,
            help: ArgumentHelp("The transaction facts (JSON), or - for standard input.", valueName: "facts.json"))
        var check: String

        @Option(
            name: .customLong("planned-execution"),
            help: ArgumentHelp("For a prior notification: the planned execution date, YYYY-MM-DD.", valueName: "date"))
        var plannedExecution: String?

        @Option(
            name: .long,
            help: ArgumentHelp(
                "The organisation (id or name); default: the only one, else the default organisation.",
                valueName: "org"))
        var org: String?

        @OptionGroup var when: EventDateOptions
        @OptionGroup var actor: ActorOptions
        @OptionGroup(title: "Database") var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        func run() async throws {
            let format = try output.resolved()
            let today = try when.resolved()
            let planned = try plannedExecution.map { try LegalDateArgument.parse($0, option: "--planned-execution") }
            let (facts, document) = try readFacts()
            let determination = ScreeningEngine().explain(facts)
            let opening = try opening(for: determination, facts: facts, planned: planned, today: today)
            let logger = Logger(label: "fefta")
            try await database.withFilingStore(logger: logger) { pool in
                let applied: AppliedTransition
                let actor = try await actor.resolve(pool: pool, logger: logger)
                let organisation = try await OrganisationDirectory.organisation(org, pool: pool, logger: logger)
                applied = try await FilingStore.open(
                    FilingOpening(
                        organisationID: organisation.id, kind: opening.kind, plannedExecution: opening.planned,
                        actOn: opening.actOn, rulesetVersion: determination.regime?.version,
                        determination: determination.json(language: .en), facts: document),
                    on: today, actor: actor, pool: pool, logger: logger)
                switch format {
                case .json:
                    var object = JSONObject()
                    object["id"] = .string(FilingJSON.id(applied.filing.id))
                    object["kind"] = .string(applied.filing.kind.rawValue)
                    object["state"] = .string(applied.filing.state.rawValue)
                    object["version"] = .number(JSONNumber(applied.filing.version))
                    object["deadlines"] = .array(applied.armed.map(FilingJSON.deadline))
                    writeStandardOutput(JSONValue.object(object).serialized(pretty: true) + "\n")
                default:
                    writeStandardOutput(FilingText.applied(applied, before: nil) + "\n")
                    writeStandardOutput("id: \(FilingJSON.id(applied.filing.id))\n")
                }
            }
        }

        /// The facts and the JSON document they came from; exit 65 when they are not valid.
        private func readFacts() throws -> (TransactionFacts, JSONValue) {
            let bytes = try readInput(check)
            let document: JSONValue
            do {
                document = try JSONParser().parse(bytes)
            } catch {
                throw fail("--check: " + error.description, status: ExitStatus.dataError)
            }
            do {
                return (try TransactionFacts(json: document), document)
            } catch {
                throw fail("--check: schema error: " + error.description, status: ExitStatus.dataError)
            }
        }

        /// A post-investment report case for the act on the facts' date.
        private func reportCase(
            facts: TransactionFacts, planned: LegalDate?
        ) throws -> (kind: FilingKind, planned: LegalDate?, actOn: LegalDate?) {
            guard planned == nil else {
                throw fail(
                    "--planned-execution applies to a prior notification; this transaction needs a post-investment "
                        + "report (the act date is the facts' date)",
                    status: ExitStatus.usage)
            }
            return (.postInvestmentReport, nil, facts.date)
        }

        /// The kind and dates of the case the determination calls for, or the exit for none.
        private func opening(
            for determination: Determination, facts: TransactionFacts, planned: LegalDate?, today: LegalDate
        ) throws -> (kind: FilingKind, planned: LegalDate?, actOn: LegalDate?) {
            switch determination.outcome {
            case .priorNotification:
                return (.priorNotification, planned ?? (facts.date >= today ? facts.date : nil), nil)
            case .postInvestmentReport:
                return try reportCase(facts: facts, planned: planned)
            case .exempt where determination.report != nil:
                return try reportCase(facts: facts, planned: planned)
            case .exempt:
                let basis = determination.exemption.map { " (\($0.basis.rawValue))" } ?? ""
                throw fail(
                    "nothing to file: the transaction is exempt from prior notification\(basis) and no report is due",
                    status: ExitStatus.nothingToFile)
            case .noFiling:
                throw fail(
                    "nothing to file: the determination is noFiling (see `fefta check` for the findings)",
                    status: ExitStatus.nothingToFile)
            case .undetermined:
                throw fail(
                    "undetermined: the facts do not decide the filing; missing: "
                        + determination.missingFacts.paths.joined(separator: ", "),
                    status: ExitStatus.undetermined)
            }
        }
    }
}
