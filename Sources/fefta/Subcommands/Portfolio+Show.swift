import ArgumentParser
import Logging
import PortfolioScreening
import ScreeningRules
import ScreeningStore

extension FeftaCommand.Portfolio {
    /// `fefta portfolio show [--org ORG] [--investor NAME]`: the stored holdings and their last screening.
    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "List the stored holdings with their last screening, what needs action first.",
            discussion: """
                Each holding stored by fefta portfolio import, as the daemon last re-screened it: the aggregated \
                holding before and after, the outcome, the report row and due date, and the date, issuer list \
                version and ruleset of that screening. Text (the default on a terminal) is one table per investor, \
                prior notifications first, then reports by due date; JSON (the default otherwise) is one object \
                per holding.
                """
        )

        @Option(name: .long, help: ArgumentHelp("Only this organisation (id or name).", valueName: "org"))
        var org: String?

        @Option(name: .long, help: ArgumentHelp("Only the investor of this name.", valueName: "name"))
        var investor: String?

        @OptionGroup(title: "Database") var database: DatabaseOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var language: LanguageOptions

        func run() async throws {
            let format = try output.resolved()
            let language = language.resolved
            let logger = Logger(label: "fefta")
            let configuration = try database.configuration()
            let holdings: [StoredHolding]
            do {
                holdings = try await database.withPool(logger: logger) { pool, _ in
                    let organisation = try await OrganisationDirectory.organisationID(
                        filteringBy: org, pool: pool, logger: logger)
                    return try await HoldingsStore(pool: pool).holdings(
                        organisationID: organisation, investor: investor, logger: logger)
                }
            } catch let exit as ExitCode {
                throw exit
            } catch {
                throw IssuerCommands.failure(error, configuration: configuration)
            }
            switch format {
            case .json:
                writeStandardOutput(JSONValue.array(holdings.map(\.json)).serialized(pretty: true) + "\n")
            default:
                writeStandardOutput(Self.text(holdings, language: language))
            }
        }

        /// One table per organisation and investor, most urgent first.
        static func text(_ holdings: [StoredHolding], language: Language) -> String {
            let ja = language == .ja
            guard !holdings.isEmpty else {
                return ja
                    ? "保存された保有銘柄はありません（fefta portfolio import で保存）\n"
                    : "no stored holdings (store them with fefta portfolio import)\n"
            }
            var groups: [(String, String, [StoredHolding])] = []
            for holding in holdings {
                if let last = groups.indices.last, groups[last].0 == holding.organisation,
                    groups[last].1 == holding.investor
                {
                    groups[last].2.append(holding)
                } else {
                    groups.append((holding.organisation, holding.investor, [holding]))
                }
            }
            var text = ""
            for (organisation, investor, members) in groups {
                if !text.isEmpty { text += "\n" }
                let heading = ja ? "\(investor)（\(organisation)）" : "\(investor) (\(organisation))"
                text += TextTable.fitted(heading, width: 120) + "\n"
                var table = TextTable(
                    columns: PortfolioTable.columns(
                        language, last: .init(ja ? "最終審査" : "last screened", maximumWidth: 44)))
                let ordered = members.sorted { $0.actionOrder < $1.actionOrder }
                table.rows = ordered.map { $0.textCells(language) }
                text += table.rendered()
            }
            return text
        }
    }
}

extension StoredHolding {
    /// Where the holding comes in the table.
    var actionOrder: ActionOrder {
        ActionOrder(
            outcome: screened.outcome, reportDue: screened.reportDue, headroom: nil, code: securitiesCode)
    }

    /// The cells of the text table.
    func textCells(_ language: Language) -> [String] {
        let ja = language == .ja
        var last = PortfolioTable.day(screenedOn, language)
        if let published = listPublished {
            let revision = listRevision.map { ja ? "第\($0)版" : " r\($0)" } ?? ""
            last += (ja ? "、リスト " : ", list ") + PortfolioTable.day(published, language) + revision
        }
        return [
            PortfolioTable.issuer(code: securitiesCode, name: issuerName, nameEn: issuerNameEn, language),
            screened.tier?.label(language) ?? "", holdingBefore.description, holdingAfter.description,
            PortfolioTable.outcome(screened.outcome, conditions: screened.conditions, language),
            PortfolioTable.report(screened.reportRow, due: screened.reportDue, language), last,
        ]
    }

    /// The holding as a JSON object.
    var json: JSONValue {
        var object = JSONObject()
        object["organisation"] = .string(organisation)
        object["investor"] = .string(investor)
        object["securitiesCode"] = .string(securitiesCode)
        object["name"] = issuerName.map { .string($0) } ?? .null
        object["nameEn"] = issuerNameEn.map { .string($0) } ?? .null
        object["tier"] = screened.tier.map { .string($0.rawValue) } ?? .null
        object["holdingBefore"] = .number(holdingBefore.jsonNumber)
        object["holdingAfter"] = .number(holdingAfter.jsonNumber)
        object["outcome"] = .string(screened.outcome.rawValue)
        object["exemptionBasis"] = screened.exemptionBasis.map { .string($0.rawValue) } ?? .null
        object["conditions"] = .array(screened.conditions.labels.map { .string($0) })
        object["reportRow"] = screened.reportRow.map { .string($0.rawValue) } ?? .null
        object["reportDue"] = screened.reportDue.map { .string($0.iso8601) } ?? .null
        object["screenedOn"] = .string(screenedOn.iso8601)
        object["issuerList"] = .object(
            JSONObject([
                "published": listPublished.map { .string($0.iso8601) } ?? .null,
                "revision": listRevision.map { .number(JSONNumber($0)) } ?? .null,
            ]))
        object["ruleset"] = rulesetVersion.map { .string($0) } ?? .null
        return .object(object)
    }
}
