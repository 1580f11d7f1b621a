import ArgumentParser
import Logging
import ScreeningRules
import ScreeningStore

extension FeftaCommand.Issuers {
    /// `fefta issuers versions`.
    struct Versions: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the imported versions of the issuer list.")

        @OptionGroup(title: "Database") var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        func run() async throws {
            let format = try output.resolved()
            let logger = Logger(label: "fefta")
            let configuration = try database.configuration()
            let versions: [IssuerListVersion]
            do {
                versions = try await database.withPool(logger: logger) { pool, _ in
                    try await IssuerListStore(pool: pool).versions(logger: logger)
                }
            } catch let exit as ExitCode {
                throw exit
            } catch {
                throw IssuerCommands.failure(error, configuration: configuration)
            }
            switch format {
            case .json:
                let items: [JSONValue] = versions.map { version in
                    .object(
                        JSONObject([
                            "published": .string(version.published.iso8601),
                            "issuers": .number(JSONNumber(version.issuerCount)),
                            "revision": .number(JSONNumber(version.revision)),
                            "layout": .string(version.layout.rawValue), "encoding": .string(version.encoding),
                            "source": .string(version.sourceName), "sha256": .string(version.sourceSHA256),
                        ]))
                }
                writeStandardOutput(JSONValue.array(items).serialized(pretty: true) + "\n")
            default:
                if versions.isEmpty {
                    writeStandardOutput("no issuer list imported yet (fefta issuers import FILE --published DATE)\n")
                    return
                }
                let lines = versions.map { version in
                    "\(version.published.iso8601)  \(version.issuerCount) issuers  revision \(version.revision)  "
                        + "\(version.layout.rawValue), \(version.encoding)  \(version.sourceName)"
                }
                writeStandardOutput(lines.joined(separator: "\n") + "\n")
            }
        }
    }
}
