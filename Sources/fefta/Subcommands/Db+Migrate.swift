import ArgumentParser
import Logging
import ScreeningRules
import ScreeningStore

extension FeftaCommand.Db {
    /// `fefta db migrate`.
    struct Migrate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Apply pending schema migrations, each in its own transaction.",
            discussion: """
                The migrations are built into fefta (a copy of Schema/), so an installed binary needs no source \
                tree. Concurrent migrators wait for each other; a migration that changed after it was applied is \
                an error naming the file. With the embedded cluster, start it first with fefta db start.
                """
        )

        @OptionGroup(title: "Database")
        var database: DatabaseOptions

        @Flag(name: .long, help: "Show which migrations would be applied, and change nothing.")
        var dryRun = false

        @OptionGroup
        var output: OutputOptions

        func run() async throws {
            let format = try output.resolved()
            let logger = Logger(label: "fefta")
            try await database.withPool(logger: logger) { pool, configuration in
                let migrations: [SchemaMigration]
                do {
                    migrations = try await SchemaMigrator().migrate(pool: pool, dryRun: dryRun, logger: logger)
                } catch {
                    throw databaseFailure(error, configuration: configuration)
                }
                switch format {
                case .json:
                    let report: JSONValue = [
                        "dryRun": .bool(dryRun),
                        (dryRun ? "pending" : "applied"): .array(migrations.map { .string($0.fileName) }),
                    ]
                    print(report.serialized(pretty: true))
                default:
                    for migration in migrations { print((dryRun ? "would apply " : "applied ") + migration.fileName) }
                    if migrations.isEmpty {
                        print("the schema is up to date; nothing to apply")
                    } else if dryRun {
                        print("dry run: nothing was changed")
                    }
                }
            }
        }
    }
}
