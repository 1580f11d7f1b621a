import ArgumentParser
import Logging
import PortfolioScreening
import ScreeningRules
import ScreeningStore

extension FeftaCommand.Issuers {
    /// `fefta issuers show CODE`.
    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show an issuer's category in every imported version of the list.",
            discussion: "Exit status 65 when no imported version lists the code."
        )

        @Argument(help: ArgumentHelp("The securities code, such as 7203 or 130A.", valueName: "code"))
        var code: String

        @OptionGroup(title: "Database") var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        func run() async throws {
            let format = try output.resolved()
            let securitiesCode = code.uppercased()
            guard SecuritiesCodeKey.code(securitiesCode) != 0 else {
                throw ValidationError(
                    "'\(code)' is not a securities code: expected 4 or 5 digits and capitals (7203, 130A)")
            }
            let logger = Logger(label: "fefta")
            let configuration = try database.configuration()
            let history: [IssuerHistoryEntry]
            // A 5-character code ending in 0 that no version lists is its 4-character common stock's (JPX's form).
            let listedCode: String
            do {
                (history, listedCode) = try await database.withPool(logger: logger) { pool, _ in
                    let store = IssuerListStore(pool: pool)
                    let exact = try await store.history(securitiesCode: securitiesCode, logger: logger)
                    guard !exact.contains(where: { $0.issuer != nil }),
                        let common = SecuritiesCodeKey.commonStock(of: securitiesCode)
                    else { return (exact, securitiesCode) }
                    let commonHistory = try await store.history(securitiesCode: common, logger: logger)
                    guard commonHistory.contains(where: { $0.issuer != nil }) else { return (exact, securitiesCode) }
                    return (commonHistory, common)
                }
            } catch let exit as ExitCode {
                throw exit
            } catch {
                throw IssuerCommands.failure(error, configuration: configuration)
            }
            guard history.contains(where: { $0.issuer != nil }) else {
                throw fail(
                    "\(securitiesCode) is not on any of the \(history.count) imported issuer lists",
                    status: ExitStatus.dataError)
            }
            switch format {
            case .json:
                let versions: [JSONValue] = history.map { entry in
                    var object = JSONObject()
                    object["published"] = .string(entry.published.iso8601)
                    object["listed"] = .bool(entry.issuer != nil)
                    object["tier"] = entry.issuer.map { .string($0.tier.rawValue) } ?? .null
                    object["listClass"] = entry.issuer.map { .string($0.tier.listClass) } ?? .null
                    object["name"] = entry.issuer.map { .string($0.name) } ?? .null
                    object["nameEn"] = entry.issuer.map { .string($0.nameEn) } ?? .null
                    object["isin"] = entry.issuer?.isin.map { .string($0) } ?? .null
                    return .object(object)
                }
                let object = JSONObject(["securitiesCode": .string(listedCode), "versions": .array(versions)])
                writeStandardOutput(JSONValue.object(object).serialized(pretty: true) + "\n")
            default:
                let asked =
                    listedCode == securitiesCode ? "" : " (\(securitiesCode) is its common stock's 5-character code)"
                var lines = ["\(listedCode) on the imported issuer lists\(asked):"]
                var previous: TargetTier??
                for entry in history {
                    let tier = entry.issuer?.tier
                    let changed = previous != nil && previous != .some(tier) ? "  (changed)" : ""
                    let name = entry.issuer.map { "  \($0.name)" + ($0.nameEn.isEmpty ? "" : " / \($0.nameEn)") } ?? ""
                    lines.append("  \(entry.published.iso8601)  \(IssuerCommands.tierText(tier))\(name)\(changed)")
                    previous = .some(tier)
                }
                writeStandardOutput(lines.joined(separator: "\n") + "\n")
            }
        }
    }
}
