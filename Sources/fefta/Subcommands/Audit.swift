import ArgumentParser
import Logging
import ScreeningRules
import ScreeningStore

extension FeftaCommand {
    /// `fefta audit FILING` and `fefta audit verify`: the tamper-evident event log.
    struct Audit: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "audit",
            abstract: "Show a filing's event history, or verify the whole hash-chained log.",
            discussion: """
                Every event carries the SHA-256 of its canonical encoding, which includes the previous event's \
                hash, so the log is one chain across all filings. `fefta audit verify` recomputes it and exits 0 when \
                intact, or 5 naming the first bad event.
                """,
            subcommands: [History.self, Verify.self],
            defaultSubcommand: History.self
        )
    }
}

extension FeftaCommand.Audit {
    /// `fefta audit FILING`.
    struct History: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "history",
            abstract: "Show a filing's events with their payloads and hashes (the default: `fefta audit FILING`).")

        @Argument(help: "The filing: its id, or its first 8 or more hexadecimal digits.")
        var filing: String

        @OptionGroup(title: "Database") var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        func run() async throws {
            let format = try output.resolved()
            let logger = Logger(label: "fefta")
            try await database.withFilingStore(logger: logger) { pool in
                let events: [FilingEventRecord]
                let id = try await FilingStore.resolve(filing, pool: pool, logger: logger)
                events = try await FilingStore.events(of: id, pool: pool, logger: logger)
                switch format {
                case .json:
                    writeStandardOutput(
                        JSONValue.array(events.map(FilingJSON.auditEvent)).serialized(pretty: true) + "\n")
                default:
                    for event in events {
                        writeStandardOutput(
                            "#\(event.id)  v\(event.filingVersion)  \(event.effectiveOn)  \(event.type)  "
                                + "\(event.actor)  recorded \(event.recordedAtText)\n"
                                + "    \(AuditEncoding.canonicalJSON(event.payload))\n"
                                + "    hash \(FilingJSON.hex(event.hash))\n")
                    }
                }
            }
        }
    }

    /// `fefta audit verify`.
    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Recompute the whole event chain and check every filing against its events.",
            discussion: """
                Exit status 0 when intact; 5 when an event was changed, removed or inserted, or a filing differs \
                from its events (the first problem is named on stderr). Record the printed head hash outside the \
                database (a ticket, an e-mail): with it, even a rewrite of the whole chain is detected.
                """)

        @OptionGroup(title: "Database") var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        func run() async throws {
            let format = try output.resolved()
            let logger = Logger(label: "fefta")
            try await database.withFilingStore(logger: logger) { pool in
                let verification = try await AuditChain.verify(pool: pool, logger: logger)
                switch format {
                case .json:
                    let report: JSONValue = [
                        "intact": .bool(verification.isIntact),
                        "events": .number(JSONNumber(verification.eventCount)),
                        "filings": .number(JSONNumber(verification.filingCount)),
                        "lastEventId": verification.lastEventID.map { .number(JSONNumber(Int($0))) } ?? .null,
                        "headHash": verification.headHash.map { .string($0) } ?? .null,
                        "problems": .array(
                            verification.problems.map { problem in
                                [
                                    "kind": .string(problem.kind.rawValue),
                                    "event": problem.eventID.map { .number(JSONNumber(Int($0))) } ?? .null,
                                    "filing": problem.filingID.map { .string(FilingJSON.id($0)) } ?? .null,
                                    "message": .string(problem.message),
                                ]
                            }),
                    ]
                    writeStandardOutput(report.serialized(pretty: true) + "\n")
                default:
                    let head = verification.lastEventID.map { "head event \($0), hash \(verification.headHash ?? "")" }
                    writeStandardOutput(
                        (verification.isIntact ? "intact: " : "NOT intact: ")
                            + "\(verification.eventCount) events, \(verification.filingCount) filings"
                            + (head.map { "; " + $0 } ?? "") + "\n")
                    for problem in verification.problems { writeStandardOutput("  \(problem.message)\n") }
                }
                if let first = verification.problems.first {
                    let more = verification.problems.count > 1 ? " (and \(verification.problems.count - 1) more)" : ""
                    throw fail("audit log check failed: \(first.message)\(more)", status: ExitStatus.auditFailed)
                }
            }
        }
    }
}
