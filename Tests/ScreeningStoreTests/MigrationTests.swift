import DatabaseTestSupport
import Foundation
import LibPQ
import Testing

@testable import ScreeningStore

@Suite struct MigrationTests {
    private func tables(_ db: TestDatabase) async throws -> [String] {
        try await db.pool.withConnection(logger: db.logger) { session in
            try await session.query(
                "SELECT tablename::text FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
                logger: db.logger
            ).decode(String.self)
        }
    }

    @Test(.hangGuard)
    func anEmptyDatabaseIsMigratedAndARerunIsANoOp() async throws {
        try await withTestDatabase(migrated: false) { db in
            let migrator = SchemaMigrator()
            let before = try await migrator.status(pool: db.pool, logger: db.logger)
            #expect(before.applied.isEmpty)
            #expect(before.pending.map(\.fileName) == SchemaMigration.embedded.map(\.fileName))
            #expect(try await tables(db).isEmpty, "status must not create anything")

            let applied = try await migrator.migrate(pool: db.pool, logger: db.logger)
            #expect(applied.map(\.fileName) == SchemaMigration.embedded.map(\.fileName))
            let created = try await tables(db)
            #expect(created.contains("organisations"))
            #expect(created.contains("people"))
            #expect(created.contains("schema_migrations"))

            let after = try await migrator.status(pool: db.pool, logger: db.logger)
            #expect(after.isUpToDate)
            #expect(after.applied.map(\.checksum) == SchemaMigration.embedded.map(\.checksum))

            let again = try await migrator.migrate(pool: db.pool, logger: db.logger)
            #expect(again.isEmpty)
            let rows = try await db.pool.withConnection(logger: db.logger) { session in
                try await session.query("SELECT count(*) FROM schema_migrations", logger: db.logger).decodeOne(
                    Int64.self)
            }
            #expect(rows == Int64(SchemaMigration.embedded.count))
        }
    }

    @Test(.hangGuard)
    func aDryRunReportsPendingMigrationsAndChangesNothing() async throws {
        try await withTestDatabase(migrated: false) { db in
            let pending = try await SchemaMigrator().migrate(pool: db.pool, dryRun: true, logger: db.logger)
            #expect(pending.map(\.fileName) == SchemaMigration.embedded.map(\.fileName))
            #expect(try await tables(db).isEmpty)
        }
    }

    @Test(.hangGuard)
    func aChangedAppliedFileIsAnErrorNamingTheFile() async throws {
        try await withTestDatabase(migrated: false) { db in
            let original = try #require(
                SchemaMigration(fileName: "0001_first.sql", sql: "CREATE TABLE first (id int);\n"))
            _ = try await SchemaMigrator(migrations: [original]).migrate(pool: db.pool, logger: db.logger)

            let edited = try #require(
                SchemaMigration(fileName: "0001_first.sql", sql: "CREATE TABLE first (id bigint);\n"))
            let second = try #require(
                SchemaMigration(fileName: "0002_second.sql", sql: "CREATE TABLE second (id int);\n"))
            let migrator = SchemaMigrator(migrations: [edited, second])
            do {
                _ = try await migrator.migrate(pool: db.pool, logger: db.logger)
                Issue.record("an edited migration was accepted")
            } catch let error as StorageError {
                guard case .migrationChanged(let file, _) = error else {
                    Issue.record("unexpected error \(error)")
                    return
                }
                #expect(file == "0001_first.sql")
                #expect(error.description.contains("Schema/0001_first.sql"))
            }
            // Nothing after the problem was applied, and status reports it.
            #expect(!(try await tables(db).contains("second")))
            let status = try await migrator.status(pool: db.pool, logger: db.logger)
            #expect(status.problems.count == 1)
            await #expect(throws: StorageError.self) {
                try await migrator.migrate(pool: db.pool, dryRun: true, logger: db.logger)
            }
        }
    }

    @Test(.hangGuard)
    func unknownAndOutOfOrderMigrationsAreErrors() async throws {
        try await withTestDatabase(migrated: false) { db in
            let one = try #require(SchemaMigration(fileName: "0001_one.sql", sql: "SELECT 1;\n"))
            let two = try #require(SchemaMigration(fileName: "0002_two.sql", sql: "SELECT 2;\n"))
            let three = try #require(SchemaMigration(fileName: "0003_three.sql", sql: "SELECT 3;\n"))
            _ = try await SchemaMigrator(migrations: [one, three]).migrate(pool: db.pool, logger: db.logger)

            let older = try await SchemaMigrator(migrations: [one]).status(pool: db.pool, logger: db.logger)
            guard case .migrationUnknown(3, "three")? = older.problems.first else {
                Issue.record("expected an unknown migration, got \(older.problems)")
                return
            }
            let merged = try await SchemaMigrator(migrations: [one, two, three]).status(
                pool: db.pool, logger: db.logger)
            guard case .migrationOutOfOrder("0002_two.sql", "0003_three.sql")? = merged.problems.first else {
                Issue.record("expected an out-of-order migration, got \(merged.problems)")
                return
            }
        }
    }

    @Test(.hangGuard)
    func aFailingMigrationRollsBackCompletelyAndEarlierOnesStay() async throws {
        try await withTestDatabase(migrated: false) { db in
            let good = try #require(SchemaMigration(fileName: "0001_good.sql", sql: "CREATE TABLE good (id int);\n"))
            let bad = try #require(
                SchemaMigration(
                    fileName: "0002_bad.sql", sql: "CREATE TABLE half (id int);\nCREATE TABLE oops (id nosuchtype);\n"))
            do {
                _ = try await SchemaMigrator(migrations: [good, bad]).migrate(pool: db.pool, logger: db.logger)
                Issue.record("a broken migration succeeded")
            } catch let error as StorageError {
                guard case .migrationFailed(let file, _) = error else {
                    Issue.record("unexpected error \(error)")
                    return
                }
                #expect(file == "0002_bad.sql")
                #expect(error.description.contains("nosuchtype"), "the server's message helps the migration's author")
            }
            let created = try await tables(db)
            #expect(created.contains("good"))
            #expect(!created.contains("half"))
            let status = try await SchemaMigrator(migrations: [good, bad]).status(pool: db.pool, logger: db.logger)
            #expect(status.applied.map(\.version) == [1])
        }
    }

    @Test(.hangGuard)
    func twoConcurrentMigratorsApplyEachMigrationOnce() async throws {
        try await withTestDatabase(migrated: false) { db in
            // A slow first migration makes the two migrators overlap.
            let slow = try #require(
                SchemaMigration(fileName: "0001_slow.sql", sql: "SELECT pg_sleep(0.5);\nCREATE TABLE slow (id int);\n"))
            let next = try #require(SchemaMigration(fileName: "0002_next.sql", sql: "CREATE TABLE next (id int);\n"))
            let migrations =
                [slow, next]
                + SchemaMigration.embedded.compactMap {
                    SchemaMigration(
                        fileName: SchemaMigration.versionText($0.version + 2) + "_\($0.name).sql", sql: $0.sql)
                }
            let results = try await withThrowingTaskGroup(of: [SchemaMigration].self) { group in
                for _ in 0..<2 {
                    group.addTask {
                        try await withDatabasePool(
                            DatabasePoolConfiguration(connectionString: db.connectionString, maximumConnections: 1),
                            logger: db.logger
                        ) { pool in
                            try await SchemaMigrator(migrations: migrations).migrate(pool: pool, logger: db.logger)
                        }
                    }
                }
                var results: [[SchemaMigration]] = []
                for try await result in group { results.append(result) }
                return results
            }
            let counts = results.map(\.count).sorted()
            #expect(
                counts == [0, migrations.count], "one migrator applied everything, the other waited and found nothing")
            let rows = try await db.pool.withConnection(logger: db.logger) { session in
                try await session.query("SELECT version FROM schema_migrations ORDER BY version", logger: db.logger)
                    .decode(Int32.self)
            }
            #expect(rows.map(Int.init) == migrations.map(\.version))
        }
    }

    @Test(.hangGuard)
    func waitingForAnotherMigratorIsBounded() async throws {
        try await withTestDatabase(migrated: false, maximumConnections: 2) { db in
            try await db.pool.withConnection(logger: db.logger) { holder in
                try await holder.query("SELECT pg_advisory_lock(\(SchemaMigrator.advisoryLockKey))", logger: db.logger)
                var migrator = SchemaMigrator()
                migrator.lockWait = .milliseconds(300)
                let clock = ContinuousClock()
                let start = clock.now
                do {
                    _ = try await migrator.migrate(pool: db.pool, logger: db.logger)
                    Issue.record("migrated while another migrator held the lock")
                } catch let error as StorageError {
                    guard case .migrationLockTimeout(let waited) = error else {
                        Issue.record("unexpected error \(error)")
                        return
                    }
                    #expect(waited == .milliseconds(300))
                }
                // The configured 300 ms bound, not the 60 s default, ended the wait: a margin of 200 times, so no
                // load makes this a timing test.
                #expect(clock.now - start < SchemaMigrator().lockWait)
                try await holder.query(
                    "SELECT pg_advisory_unlock(\(SchemaMigrator.advisoryLockKey))", logger: db.logger)
            }
        }
    }

    @Test(.hangGuard)
    func aMigrationBlockedByALongTransactionFailsFastInsteadOfQueueing() async throws {
        try await withTestDatabase(migrated: false, maximumConnections: 2) { db in
            let table = try #require(SchemaMigration(fileName: "0001_table.sql", sql: "CREATE TABLE busy (id int);\n"))
            let alter = try #require(
                SchemaMigration(fileName: "0002_alter.sql", sql: "ALTER TABLE busy ADD COLUMN note text;\n"))
            _ = try await SchemaMigrator(migrations: [table]).migrate(pool: db.pool, logger: db.logger)
            try await db.pool.withTransaction(logger: db.logger) { longTransaction in
                try await longTransaction.query("SELECT * FROM busy", logger: db.logger)
                var migrator = SchemaMigrator(migrations: [table, alter])
                migrator.statementLockTimeout = .milliseconds(200)
                do {
                    _ = try await migrator.migrate(pool: db.pool, logger: db.logger)
                    Issue.record("ALTER TABLE ran while a transaction read the table")
                } catch let error as StorageError {
                    guard case .migrationFailed("0002_alter.sql", let cause) = error else {
                        Issue.record("unexpected error \(error)")
                        return
                    }
                    #expect(cause.sqlState == .lockNotAvailable)
                }
            }
            // Once the transaction ends the migration goes through.
            let applied = try await SchemaMigrator(migrations: [table, alter]).migrate(pool: db.pool, logger: db.logger)
            #expect(applied.map(\.fileName) == ["0002_alter.sql"])
        }
    }
}
