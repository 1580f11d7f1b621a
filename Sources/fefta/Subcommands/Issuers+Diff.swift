import ArgumentParser
import Logging
import PortfolioScreening
import ScreeningRules
import ScreeningStore

extension FeftaCommand.Issuers {
    /// `fefta issuers diff [--from DATE] [--to DATE]`.
    struct Diff: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List issuers whose category changed between two versions (default: the two latest).",
            discussion: """
                Also lists issuers added to or removed from the list. With only --from, compares that version with \
                the next one; with only --to, the previous one with it.
                """
        )

        @Option(name: .long, help: ArgumentHelp("The older version's publication date.", valueName: "date"))
        var from: String?

        @Option(name: .long, help: ArgumentHelp("The newer version's publication date.", valueName: "date"))
        var to: String?

        @OptionGroup(title: "Database") var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        func run() async throws {
            let format = try output.resolved()
            let older = try IssuerCommands.date(from, option: "--from")
            let newer = try IssuerCommands.date(to, option: "--to")
            if let older, let newer, older >= newer {
                throw ValidationError("--from must be before --to")
            }
            let logger = Logger(label: "fefta")
            let configuration = try database.configuration()
            let result: (from: LegalDateText, to: LegalDateText, diff: IssuerListDiff)
            do {
                result = try await database.withPool(logger: logger) { pool, _ in
                    let found = try await IssuerListStore(pool: pool).diff(from: older, to: newer, logger: logger)
                    return (found.from.iso8601, found.to.iso8601, found.diff)
                }
            } catch let exit as ExitCode {
                throw exit
            } catch {
                throw IssuerCommands.failure(error, configuration: configuration)
            }
            switch format {
            case .json:
                let changes: [JSONValue] = result.diff.changes.map { change in
                    .object(
                        JSONObject([
                            "kind": .string(change.kind.rawValue), "securitiesCode": .string(change.securitiesCode),
                            "name": .string(change.name), "from": change.from.map { .string($0.rawValue) } ?? .null,
                            "to": change.to.map { .string($0.rawValue) } ?? .null,
                        ]))
                }
                let object = JSONObject([
                    "from": .string(result.from), "to": .string(result.to), "changes": .array(changes),
                ])
                writeStandardOutput(JSONValue.object(object).serialized(pretty: true) + "\n")
            default:
                var lines = [
                    "\(result.from) → \(result.to): \(result.diff.count(.changed)) changed, "
                        + "\(result.diff.count(.added)) added, \(result.diff.count(.removed)) removed"
                ]
                for change in result.diff.changes {
                    let kind = change.kind.rawValue.padding(to: 8)
                    lines.append(
                        "  \(kind) \(change.securitiesCode.padding(to: 5)) "
                            + "\(IssuerCommands.tierText(change.from)) → \(IssuerCommands.tierText(change.to))  "
                            + change.name)
                }
                writeStandardOutput(lines.joined(separator: "\n") + "\n")
            }
        }
    }
}

/// An ISO date as text.
typealias LegalDateText = String

extension String {
    /// The string padded with spaces to `width` characters.
    func padding(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
