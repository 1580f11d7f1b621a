import ArgumentParser
import PortfolioScreening
import ScreeningRules

extension FeftaCommand {
    /// `fefta check [FILE|-]`: one transaction in, one determination out (design.md §4).
    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Decide whether a transaction needs prior notification, is exempt, or needs a report.",
            discussion: """
                Reads one JSON transaction (the check contract, described in the README) from FILE, or standard input for - or no FILE, \
                and prints the determination: a memo on a terminal, JSON otherwise (--format). Exit status: 0 for any \
                determination (including undetermined), 65 for invalid JSON or a schema error, 64 for bad usage, 66 \
                when FILE cannot be read.

                With --issuers FILE (or --published DATE for a list imported with fefta issuers import), \
                target.securitiesCode is resolved to its tier on the MOF issuer list; without them no list is read \
                and the database is never touched.
                """
        )

        @Argument(help: "The transaction as JSON, or - for standard input (the default).")
        var file: String?

        @OptionGroup var output: OutputOptions
        @OptionGroup var language: LanguageOptions
        @OptionGroup(title: "Issuer list (optional)") var issuerList: IssuerListOptions
        @OptionGroup(title: "Database (only with --published and no --issuers)") var database: DatabaseOptions

        func run() async throws {
            let format = try output.resolved()
            let bytes = try readInput(file)
            let value: JSONValue
            do {
                value = try JSONParser().parse(bytes)
            } catch {
                throw fail(error.description, status: ExitStatus.dataError)
            }
            let facts: TransactionFacts
            do {
                facts = try TransactionFacts(json: value)
            } catch {
                throw fail("schema error: " + error.description, status: ExitStatus.dataError)
            }
            var engine = ScreeningEngine()
            if issuerList.isGiven {
                engine.issuerTiers = try await PortfolioInputs.issuerList(
                    issuerList, database: database, date: facts.date)
            }
            let determination = engine.explain(facts)
            let lang = language.resolved
            switch format {
            case .json: writeStandardOutput(determination.json(language: lang).serialized(pretty: true) + "\n")
            default: writeStandardOutput(determination.memo(language: lang))
            }
        }
    }
}
