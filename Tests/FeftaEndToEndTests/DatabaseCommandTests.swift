import DatabaseTestSupport
import Foundation
import LibPQ
import ScreeningRules
import Testing

/// `fefta db …`, run as the built binary against real PostgreSQL servers.
@Suite struct DatabaseCommandTests {
    /// The migration files this build ships, by reading `Schema/` next to the package.
    private var schemaFiles: [String] {
        let schema = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Schema")
        return ((try? FileManager.default.contentsOfDirectory(atPath: schema.path)) ?? [])
            .filter { $0.hasSuffix(".sql") }.sorted()
    }

    private func strings(_ value: JSONValue?) -> [String] {
        guard case .array(let items)? = value else { return [] }
        return items.compactMap { if case .string(let text) = $0 { text } else { nil } }
    }

    /// start, start, migrate, migrate, status, url, stop, stop, status, and the whole sequence a second time.
    @Test(.hangGuard)
    func theEmbeddedClusterCommandsAreIdempotentTwiceInARow() async throws {
        try await EmbeddedClusterFixture.withEmbeddedHome { fixture in
            let env = fixture.environment
            for round in 1...2 {
                let start = try await FeftaProcess.run(["db", "start"], environment: env)
                #expect(start.status == 0, "\(start.standardError)")
                #expect(start.standardOutput.contains(round == 1 ? "created and started" : "started"))
                let again = try await FeftaProcess.run(["db", "start"], environment: env)
                #expect(again.status == 0)
                #expect(again.standardOutput.contains("already running"))

                let migrate = try await FeftaProcess.run(["db", "migrate", "--format", "json"], environment: env)
                #expect(migrate.status == 0, "\(migrate.standardError)")
                #expect(strings(try migrate.jsonObject()["applied"]) == (round == 1 ? schemaFiles : []))
                let rerun = try await FeftaProcess.run(["db", "migrate", "--format", "json"], environment: env)
                #expect(strings(try rerun.jsonObject()["applied"]) == [])

                let status = try await FeftaProcess.run(["db", "status", "--format", "json"], environment: env)
                #expect(status.status == 0, "\(status.standardError)")
                let report = try status.jsonObject()
                guard case .object(let database)? = report["database"], case .object(let schema)? = report["schema"]
                else {
                    Issue.record("unexpected status: \(status.standardOutput)")
                    return
                }
                #expect(database["state"] == "running")
                #expect(schema["upToDate"] == true)
                #expect(strings(schema["pending"]).isEmpty)

                // The printed URL reaches the cluster as its superuser, in the fefta database.
                let url = try await fixture.url()
                #expect(url.hasPrefix("postgresql://fefta@/fefta?host=\(fixture.home)/postgres/data"))
                let applied = try await fixture.withSuperuserSession { session in
                    try await session.query(
                        "SELECT count(*) FROM schema_migrations", logger: DatabaseTestEnvironment.logger
                    ).decodeOne(Int64.self)
                }
                #expect(applied == Int64(schemaFiles.count))

                let stop = try await FeftaProcess.run(["db", "stop"], environment: env)
                #expect(stop.status == 0, "\(stop.standardError)")
                #expect(stop.standardOutput.contains("stopped the embedded"))
                let stopAgain = try await FeftaProcess.run(["db", "stop"], environment: env)
                #expect(stopAgain.status == 0)
                #expect(stopAgain.standardOutput.contains("is not running"))

                let stopped = try await FeftaProcess.run(["db", "status", "--format", "json"], environment: env)
                #expect(stopped.status == 0)
                let stoppedReport = try stopped.jsonObject()
                guard case .object(let stoppedDatabase)? = stoppedReport["database"] else { return }
                #expect(stoppedDatabase["state"] == "stopped")
                #expect(stoppedReport["schema"] == .null)
            }
        }
    }

    /// Only `fefta db start` starts the embedded cluster: every other command finds it stopped (or not created),
    /// says so with the command that starts it, exits 69, and leaves it stopped.
    @Test(.hangGuard)
    func aStoppedDatabaseStaysStoppedUntilDbStart() async throws {
        try await EmbeddedClusterFixture.withEmbeddedHome { fixture in
            let env = fixture.environment
            let state = {
                let status = try await FeftaProcess.run(["db", "status", "--format", "json"], environment: env)
                guard case .object(let database)? = try status.jsonObject()["database"] else { return JSONValue.null }
                return database["state"] ?? .null
            }
            let fresh = try await FeftaProcess.run(["db", "migrate"], environment: env)
            #expect(fresh.status == 69)
            #expect(fresh.standardError.contains("does not exist yet"), "\(fresh.standardError)")
            #expect(fresh.standardError.contains("fefta db start"))
            #expect(try await state() == "not created yet")

            #expect(try await FeftaProcess.run(["db", "start"], environment: env).status == 0)
            let migrate = try await FeftaProcess.run(["db", "migrate", "--format", "text"], environment: env)
            #expect(migrate.status == 0, "\(migrate.standardError)")
            for file in schemaFiles { #expect(migrate.standardOutput.contains("applied \(file)")) }
            #expect(try await FeftaProcess.run(["db", "stop"], environment: env).status == 0)

            let commands: [[String]] = [
                ["db", "migrate"], ["filing", "list"], ["queue"], ["issuers", "versions"], ["portfolio", "show"],
                ["admin", "org", "list"],
            ]
            for command in commands {
                let refused = try await FeftaProcess.run(command, environment: env)
                #expect(refused.status == 69, "\(command): \(refused.standardError)")
                #expect(
                    refused.standardError.contains("is stopped: start it with `fefta db start`"),
                    "\(command): \(refused.standardError)")
                #expect(try await state() == "stopped", "\(command) started the database")
            }

            #expect(try await FeftaProcess.run(["db", "start"], environment: env).status == 0)
            let listed = try await FeftaProcess.run(["filing", "list", "--format", "json"], environment: env)
            #expect(listed.status == 0, "\(listed.standardError)")
            #expect(try listed.json() == .array([]))
        }
    }

    @Test(.hangGuard)
    func migrateAndStatusWorkOnAConfiguredDatabase() async throws {
        try await withTestDatabase(migrated: false) { db in
            let url = db.connectionString.rawValue
            let dryRun = try await FeftaProcess.run([
                "db", "migrate", "--dry-run", "--database-url", url, "--format", "json",
            ])
            #expect(dryRun.status == 0, "\(dryRun.standardError)")
            #expect(strings(try dryRun.jsonObject()["pending"]) == schemaFiles)
            let before = try await FeftaProcess.run(
                ["db", "status", "--format", "json"], environment: ["FEFTA_DATABASE_URL": url])
            guard case .object(let pendingSchema)? = try before.jsonObject()["schema"] else { return }
            #expect(strings(pendingSchema["pending"]) == schemaFiles, "the dry run changed nothing")

            let migrate = try await FeftaProcess.run(
                ["db", "migrate", "--format", "text"], environment: ["FEFTA_DATABASE_URL": url])
            #expect(migrate.status == 0, "\(migrate.standardError)")
            for file in schemaFiles { #expect(migrate.standardOutput.contains("applied \(file)")) }

            let after = try await FeftaProcess.run(
                ["db", "status", "--format", "text"], environment: ["FEFTA_DATABASE_URL": url])
            #expect(after.status == 0)
            #expect(after.standardOutput.contains("\(schemaFiles.count) applied, 0 pending"))
            #expect(after.standardOutput.contains("database   FEFTA_DATABASE_URL"))
        }
    }

    @Test(.hangGuard)
    func aMigrationChangedAfterItWasAppliedIsReportedByName() async throws {
        try await withTestDatabase { db in
            try await db.pool.withConnection(logger: db.logger) { session in
                try await session.execute(
                    "UPDATE schema_migrations SET checksum = repeat('0', 64) WHERE version = 1", logger: db.logger)
            }
            let url = db.connectionString.rawValue
            for command in [["db", "status"], ["db", "migrate"]] {
                let run = try await FeftaProcess.run(command + ["--database-url", url])
                #expect(run.status == 65, "\(command): \(run.standardError)")
                #expect(run.standardError.contains("Schema/\(schemaFiles[0])"))
                #expect(run.standardError.contains("changed after it was applied"))
            }
        }
    }

    @Test func anInvalidDatabaseURLIsAUsageErrorThatDoesNotEchoIt() async throws {
        let run = try await FeftaProcess.run(["db", "status", "--database-url", "host=db password=hunter2 bogus"])
        #expect(run.status == 64)
        #expect(run.standardError.contains("--database-url"))
        #expect(!run.standardError.contains("hunter2"))
    }

    @Test(.hangGuard)
    func anUnreachableDatabaseExits69WithoutShowingThePassword() async throws {
        let run = try await FeftaProcess.run(
            [
                "db", "status", "--database-url",
                "postgresql://fefta:pw-do-not-print@127.0.0.1:1/fefta?connect_timeout=2",
            ])
        #expect(run.status == 69)
        #expect(run.standardError.contains("could not connect"))
        #expect(run.standardError.contains("--database-url"))
        #expect(!run.standardError.contains("pw-do-not-print"))
    }
}
