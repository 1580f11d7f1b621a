import ArgumentParser
import Foundation
import LibPQ
import Logging
import ScreeningRules
import ScreeningStore

extension FeftaCommand.Db {
    /// `fefta db status`.
    struct Status: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show which database fefta uses and which migrations are applied and pending.",
            discussion: "Exits with status 65 when an applied migration changed or is unknown to this fefta."
        )

        @OptionGroup(title: "Database")
        var database: DatabaseOptions

        @OptionGroup
        var output: OutputOptions

        func run() async throws {
            let format = try output.resolved()
            let configuration = try database.configuration()
            let logger = Logger(label: "fefta")
            var report = JSONObject()
            var lines: [String] = []
            var reachable = true

            var databaseReport = JSONObject()
            databaseReport["source"] = .string(configuration.sourceDescription)
            lines.append("database   \(configuration.sourceDescription)")
            if let cluster = configuration.embeddedCluster {
                let state: EmbeddedCluster.State
                do {
                    state = try await cluster.state()
                } catch {
                    throw fail(error.description, status: ExitStatus.unavailable)
                }
                let stateText =
                    switch state {
                    case .running: "running"
                    case .stopped: "stopped"
                    case .notInitialised: "not created yet"
                    }
                reachable = state == .running
                databaseReport["state"] = .string(stateText)
                databaseReport["dataDirectory"] = .string(cluster.dataDirectory)
                databaseReport["logFile"] = .string(cluster.logFile)
                databaseReport["url"] = .string(cluster.uri)
                lines.append("cluster    \(stateText)")
                lines.append("data       \(cluster.dataDirectory)")
                lines.append("log        \(cluster.logFile)")
                lines.append("url        \(cluster.uri)")
            }
            report["database"] = .object(databaseReport)

            var problems: [StorageError] = []
            if reachable {
                let status: MigrationStatus
                do {
                    status = try await withDatabasePool(
                        DatabasePoolConfiguration(
                            connectionString: configuration.connectionString, maximumConnections: 1),
                        logger: logger
                    ) { pool in
                        try await SchemaMigrator().status(pool: pool, logger: logger)
                    }
                } catch {
                    throw databaseFailure(error, configuration: configuration)
                }
                problems = status.problems
                report["schema"] = schemaReport(status)
                lines += schemaLines(status)
            } else {
                report["schema"] = .null
                lines.append("schema     unknown: the embedded server is not running (start it: fefta db start)")
            }

            switch format {
            case .json: print(JSONValue.object(report).serialized(pretty: true))
            default: for line in lines { print(line) }
            }
            if let problem = problems.first {
                throw fail(problem.description, status: ExitStatus.dataError)
            }
        }

        private func schemaReport(_ status: MigrationStatus) -> JSONValue {
            let formatter = ISO8601DateFormatter()
            let applied: [JSONValue] = status.applied.map { row in
                [
                    "file": .string(row.fileName),
                    "checksum": .string(row.checksum),
                    "appliedAt": .string(formatter.string(from: row.appliedAt)),
                ]
            }
            return [
                "upToDate": .bool(status.isUpToDate),
                "applied": .array(applied),
                "pending": .array(status.pending.map { .string($0.fileName) }),
                "problems": .array(status.problems.map { .string($0.description) }),
            ]
        }

        private func schemaLines(_ status: MigrationStatus) -> [String] {
            let formatter = ISO8601DateFormatter()
            var lines = ["schema     \(status.applied.count) applied, \(status.pending.count) pending"]
            for row in status.applied {
                lines.append("applied    \(row.fileName)  \(formatter.string(from: row.appliedAt))")
            }
            for migration in status.pending { lines.append("pending    \(migration.fileName)") }
            for problem in status.problems { lines.append("problem    \(problem)") }
            return lines
        }
    }
}
