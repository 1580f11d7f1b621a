import ArgumentParser
import JapaneseCalendar
import LibPQ
import Logging
import PortfolioScreening
import ScreeningRules
import ScreeningStore

extension FeftaCommand.Portfolio {
    /// `fefta portfolio import --investor INVESTOR.json [--org ORG] HOLDINGS.csv`.
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Store an investor's holdings for monitoring, replacing the ones stored for it before.",
            discussion: """
                The holdings are read and screened exactly as by fefta portfolio check, against the imported issuer \
                list in force on --date (or the version --published names), and stored with their outcomes: one \
                row per issuer, under the investor's name in the organisation. When a new issuer list or ruleset \
                takes effect, the daemon re-screens stored holdings and reports the outcomes that changed. The \
                import is all or nothing: any rejected row stores nothing (exit 65). The investor file needs a \
                "name".
                """
        )

        @Option(
            name: .long,
            help: ArgumentHelp(
                "The investor (JSON): the investor object of the fefta check contract with a name.", valueName: "file"))
        var investor: String

        @Option(
            name: .long,
            help: ArgumentHelp(
                "The organisation (created if new; default: yours when your database role acts as a person, else "
                    + "the default organisation).",
                valueName: "name"))
        var org: String?

        @Option(name: .long, help: "The date of the acquisitions, YYYY-MM-DD (default: today in Japan).")
        var date: String?

        @Option(
            name: .long,
            help: ArgumentHelp(
                "The imported issuer list version to use (default: the one in force on --date).",
                valueName: "date"))
        var published: String?

        @OptionGroup(title: "Database") var database: DatabaseOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var language: LanguageOptions

        @Argument(help: ArgumentHelp("The holdings CSV, or - for standard input.", valueName: "holdings.csv"))
        var holdings: String

        func validate() throws {
            guard let org else { return }
            let trimmed = org.trimmedWhitespace()
            guard !trimmed.isEmpty, trimmed.count <= 200 else {
                throw ValidationError("--org: an organisation name of 1 to 200 characters")
            }
        }

        func run() async throws {
            let format = try output.resolved()
            let profile = try PortfolioInputs.investor(investor)
            guard profile.name != nil else {
                throw fail(
                    "\(investor): the investor needs a \"name\" to store its holdings", status: ExitStatus.dataError)
            }
            let day = try PortfolioInputs.date(date)
            let version = try IssuerCommands.date(published, option: "--published")
            let list = try await PortfolioInputs.issuerList(
                file: nil, published: version, database: database, date: day)
            let report = try PortfolioCheckRun.screen(
                holdings: holdings, index: IssuerIndex(list), investor: profile, date: day)
            let language = language.resolved
            let file = holdings == "-" ? (language == .ja ? "標準入力" : "standard input") : holdings
            for rejection in report.holdings.rejections { printDiagnostic("\(file): \(rejection.text(language))") }
            guard report.holdings.isClean else {
                throw fail(
                    "\(report.holdings.rejectedCount) rejected; nothing stored (a stored portfolio must be complete)",
                    status: ExitStatus.dataError)
            }
            let logger = Logger(label: "fefta")
            let configuration = try database.configuration()
            let stored: StoredPortfolio
            var organisation = org?.trimmedWhitespace()
            do {
                stored = try await database.withPool(logger: logger) { pool, _ in
                    if org == nil { organisation = try await Self.ownOrganisation(pool: pool, logger: logger) }
                    return try await HoldingsStore(pool: pool).replaceHoldings(
                        report, organisation: organisation, logger: logger)
                }
            } catch let exit as ExitCode {
                throw exit
            } catch {
                throw IssuerCommands.failure(error, configuration: configuration)
            }
            if stored.organisationCreated {
                let name = organisation ?? OrganisationDirectory.defaultOrganisationName
                printDiagnostic(
                    organisation == nil
                        ? "created the default organisation '\(name)'"
                        : "created the organisation '\(MessageText.displayed(name, limit: 200))'")
            }
            switch format {
            case .json:
                var object = JSONObject()
                object["investorId"] = .string(stored.investorID.uuidString.lowercased())
                object["organisationId"] = .string(stored.organisationID.uuidString.lowercased())
                object["holdings"] = .number(JSONNumber(stored.holdings))
                object["replaced"] = .number(JSONNumber(stored.replaced))
                object["issuerList"] = list.published.map { .string($0.iso8601) } ?? .null
                object["issuerListRevision"] = list.revision.map { .number(JSONNumber($0)) } ?? .null
                object["summary"] = report.json().objectMember("summary") ?? .null
                writeStandardOutput(JSONValue.object(object).serialized(pretty: true) + "\n")
            default:
                let name = MessageText.displayed(profile.name ?? "", limit: 200)
                let published = list.published.map { PortfolioTable.day($0, language) } ?? "?"
                writeStandardOutput(
                    language == .ja
                        ? "\(name)の保有銘柄\(stored.holdings)件を保存（\(stored.replaced)件を置き換え）: "
                            + "\(day.japanese)の取得として\(published)公表の発行会社リストで審査\n"
                        : "stored \(stored.holdings) holdings of \(name) (replacing \(stored.replaced)), screened on "
                            + "\(day.iso8601) against the issuer list published \(published)\n")
                writeStandardError(report.summary.text(language))
            }
        }
    }
}

extension FeftaCommand.Portfolio.Import {
    /// The organisation of the person the session's database role acts as (Schema/0005), or `nil` (the default
    /// organisation) when it acts as nobody.
    static func ownOrganisation(pool: DatabasePool, logger: Logger) async throws -> String? {
        let session = try await OrganisationDirectory.session(pool: pool, logger: logger)
        guard let id = session.organisationID else { return nil }
        return try await OrganisationDirectory.organisation(id.uuidString, pool: pool, logger: logger).name
    }
}

extension JSONValue {
    /// The member `key` of an object.
    func objectMember(_ key: String) -> JSONValue? {
        guard case .object(let object) = self else { return nil }
        return object[key]
    }
}

extension String {
    /// The string without spaces, tabs or line breaks at either end.
    func trimmedWhitespace() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
