import ArgumentParser
import JapaneseCalendar
import LibPQ
import Logging
import PortfolioScreening
import ScreeningRules
import ScreeningStore

extension FeftaCommand.Issuers {
    /// `fefta issuers import FILE --published DATE [--replace]`.
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Store an issuer list file as the version published on a date.",
            discussion: """
                FILE is the MOF list saved as CSV (証券コード, ISINコード, 会社名（和名）, (Issue name / company name), \
                区分, 特定コア事業者; title rows above the header are skipped) or the simple layout securities_code, \
                name, name_en, category (1|2|3 or ①|②|③); UTF-8 with or without BOM, or Shift_JIS (CP932), \
                detected. The import is all or nothing: a bad file stores nothing and the error names the line, \
                column and value (exit 65). Importing a date that is already stored is an error unless --replace \
                is given. A new version wakes the daemon (NOTIFY fefta_wakeup), which re-screens monitored holdings.
                """
        )

        @Argument(help: ArgumentHelp("The list as CSV, or - for standard input.", valueName: "file"))
        var file: String

        @Option(name: .long, help: ArgumentHelp("The list's publication date, YYYY-MM-DD.", valueName: "date"))
        var published: String

        @Flag(name: .long, help: "Replace the version already stored for this date.")
        var replace = false

        @OptionGroup(title: "Database") var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        func run() async throws {
            let format = try output.resolved()
            guard let date = try IssuerCommands.date(published, option: "--published") else { return }
            let bytes = try readInput(file)
            let list: IssuerList
            do {
                list = try IssuerListParser.parse(bytes, published: date)
            } catch {
                throw fail(
                    "\(IssuerCommands.baseName(file)): \(error.description); nothing imported",
                    status: ExitStatus.dataError)
            }
            let source = IssuerListSource(name: IssuerCommands.baseName(file), sha256: SHA256.hash(bytes).hexadecimal)
            let logger = Logger(label: "fefta")
            let configuration = try database.configuration()
            let version: IssuerListVersion
            do {
                version = try await database.withPool(logger: logger) { pool, _ in
                    try await IssuerListStore(pool: pool).importList(
                        list, published: date, source: source, replace: replace, logger: logger)
                }
            } catch StorageError.conflict(constraint: "issuer_lists_pkey") {
                throw fail(
                    "a list published \(date.iso8601) is already imported; nothing changed (pass --replace to replace it)",
                    status: ExitStatus.dataError)
            } catch let exit as ExitCode {
                throw exit
            } catch {
                throw IssuerCommands.failure(error, configuration: configuration)
            }
            let counts = list.countsByTier
            switch format {
            case .json:
                var object = JSONObject()
                object["published"] = .string(version.published.iso8601)
                object["revision"] = .number(JSONNumber(version.revision))
                object["issuers"] = .number(JSONNumber(version.issuerCount))
                object["layout"] = .string(version.layout.rawValue)
                object["encoding"] = .string(version.encoding)
                object["sha256"] = .string(version.sourceSHA256)
                var tiers = JSONObject()
                for tier in TargetTier.allCases { tiers[tier.rawValue] = .number(JSONNumber(counts[tier] ?? 0)) }
                object["tiers"] = .object(tiers)
                writeStandardOutput(JSONValue.object(object).serialized(pretty: true) + "\n")
            default:
                let tiers = TargetTier.allCases.map { "\($0.listClass) \($0.rawValue) \(counts[$0] ?? 0)" }
                writeStandardOutput(
                    """
                    \(version.revision > 1 ? "replaced" : "imported") the issuer list published \
                    \(version.published.iso8601)\(version.revision > 1 ? " (revision \(version.revision))" : ""): \
                    \(version.issuerCount) issuers (\(tiers.joined(separator: ", "))); \(version.layout.rawValue) layout, \
                    \(version.encoding); the daemon re-screens monitored holdings.

                    """)
            }
        }
    }
}
