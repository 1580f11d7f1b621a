import Foundation
package import LibPQ
package import Logging

/// Applies `Schema/` migrations: forward-only, in order, each in its own transaction, recorded with its SHA-256 in
/// `schema_migrations`.
///
/// Concurrent migrators (two deploys, two `feftad` starting at once) are serialised by a session-level advisory
/// lock that the server releases if the migrator's connection dies, so no stale lock can block later deploys. The
/// wait for that lock is bounded (``lockWait``), and each migration runs with a bounded `lock_timeout`
/// (``statementLockTimeout``), so a migration stuck behind a long transaction fails fast and rolls back instead of
/// queueing every other query behind its lock request.
package struct SchemaMigrator: Sendable {
    /// The migrations to apply, in version order.
    package var migrations: [SchemaMigration]
    /// How long to wait for another migrator to finish. Default 60 s.
    package var lockWait: Duration = .seconds(60)
    /// How long one migration may wait for a table lock before it fails and rolls back. Default 10 s.
    package var statementLockTimeout: Duration = .seconds(10)

    /// The advisory lock key every fefta migrator takes (the ASCII bytes of "fefta_mg").
    package static let advisoryLockKey: Int64 = 0x6665_6674_615f_6d67

    /// A migrator for `migrations` (by default those built into this binary).
    package init(migrations: [SchemaMigration] = SchemaMigration.embedded) {
        self.migrations = migrations.sorted { $0.version < $1.version }
    }

    /// Reads which migrations are applied and which are pending, and checks the applied ones are unchanged.
    ///
    /// Reads only: creates nothing and takes no lock.
    ///
    /// - Parameters:
    ///   - pool: the database.
    ///   - logger: for the queries.
    /// - Throws: ``StorageError`` when the database cannot be read.
    package func status(pool: DatabasePool, logger: Logger) async throws -> MigrationStatus {
        do {
            return try await pool.withConnection(logger: logger) { session in
                try await status(session: session, logger: logger)
            }
        } catch let error as PQError {
            throw StorageError(error)
        }
    }

    /// Applies every pending migration, or with `dryRun` only reports what would be applied.
    ///
    /// - Parameters:
    ///   - pool: the database.
    ///   - dryRun: report without changing anything (no lock, no table).
    ///   - logger: for progress (`debug`).
    /// - Returns: the migrations applied (or, with `dryRun`, that would be).
    /// - Throws: ``StorageError``: a problem from ``MigrationStatus/problems`` (nothing is applied then),
    ///   ``StorageError/migrationLockTimeout(waited:)``, or ``StorageError/migrationFailed(file:_:)`` for the
    ///   migration that failed (earlier ones stay applied; it and later ones do not).
    package func migrate(pool: DatabasePool, dryRun: Bool = false, logger: Logger) async throws -> [SchemaMigration] {
        if dryRun {
            let status = try await status(pool: pool, logger: logger)
            if let problem = status.problems.first { throw problem }
            return status.pending
        }
        do {
            return try await pool.withConnection(logger: logger) { session in
                try await lock(session, logger: logger)
                do {
                    let applied = try await applyPending(session: session, logger: logger)
                    try await unlock(session, logger: logger)
                    return applied
                } catch {
                    // Closing the connection releases the session lock even if the unlock cannot be sent.
                    do { try await unlock(session, logger: logger) } catch { await session.close() }
                    throw error
                }
            }
        } catch let error as PQError {
            throw StorageError(error)
        }
    }

    private func applyPending(session: DatabaseSession, logger: Logger) async throws -> [SchemaMigration] {
        try await session.execute(SQL(unsafeRaw: SchemaMigrator.tableDefinition), logger: logger)
        let status = try await status(session: session, logger: logger)
        if let problem = status.problems.first { throw problem }
        var applied: [SchemaMigration] = []
        for migration in status.pending {
            logger.debug("applying migration", metadata: ["db.migration": "\(migration.fileName)"])
            let start = ContinuousClock.now
            do {
                try await session.withTransaction(logger: logger) { session in
                    try await session.execute(
                        SQL(
                            unsafeRaw:
                                "SET LOCAL lock_timeout = '\(SchemaMigrator.milliseconds(statementLockTimeout))ms'"),
                        logger: logger
                    )
                    try await session.executeScript(SQL(unsafeRaw: migration.sql), logger: logger)
                    let elapsed = SchemaMigrator.milliseconds(ContinuousClock.now - start)
                    try await session.execute(
                        """
                        INSERT INTO schema_migrations (version, name, checksum, execution_ms)
                        VALUES (\(Int32(migration.version)), \(migration.name), \(migration.checksum), \(Int32(clamping: elapsed)))
                        """,
                        logger: logger
                    )
                }
            } catch let error as PQError {
                throw StorageError.migrationFailed(file: migration.fileName, error)
            }
            applied.append(migration)
        }
        return applied
    }

    private func status(session: DatabaseSession, logger: Logger) async throws -> MigrationStatus {
        let exists = try await session.query("SELECT to_regclass('schema_migrations') IS NOT NULL", logger: logger)
            .decodeOne(Bool.self)
        var applied: [AppliedMigration] = []
        if exists {
            let rows = try await session.query(
                "SELECT version, name, checksum, applied_at, execution_ms FROM schema_migrations ORDER BY version",
                logger: logger
            ).decode((Int32, String, String, Date, Int32).self)
            applied = rows.map {
                AppliedMigration(
                    version: Int($0.0), name: $0.1, checksum: $0.2, appliedAt: $0.3, executionMilliseconds: Int($0.4))
            }
        }
        return MigrationStatus(
            applied: applied,
            pending: migrations.filter { migration in !applied.contains { $0.version == migration.version } },
            problems: problems(applied: applied)
        )
    }

    /// Compares the database's record with the shipped files.
    func problems(applied: [AppliedMigration]) -> [StorageError] {
        var problems: [StorageError] = []
        for row in applied {
            guard let file = migrations.first(where: { $0.version == row.version }) else {
                problems.append(.migrationUnknown(version: row.version, name: row.name))
                continue
            }
            if file.name != row.name {
                problems.append(.migrationChanged(file: file.fileName, reason: "was applied as \(row.fileName)"))
            } else if file.checksum != row.checksum {
                problems.append(
                    .migrationChanged(
                        file: file.fileName,
                        reason: "changed after it was applied (checksum \(file.checksum.prefix(12))…, applied "
                            + "\(row.checksum.prefix(12))…)"
                    )
                )
            }
        }
        if let latest = applied.last {
            for file in migrations
            where file.version < latest.version && !applied.contains(where: { $0.version == file.version }) {
                problems.append(.migrationOutOfOrder(pending: file.fileName, latestApplied: latest.fileName))
            }
        }
        return problems
    }

    private func lock(_ session: DatabaseSession, logger: Logger) async throws {
        try await session.execute(
            SQL(unsafeRaw: "SET lock_timeout = '\(SchemaMigrator.milliseconds(lockWait))ms'"), logger: logger)
        // Not `catch where`: that form crashes the Swift 6.3 compiler here (MandatoryAllocBoxToStack).
        var failure: PQError?
        do {
            try await session.query("SELECT pg_advisory_lock(\(SchemaMigrator.advisoryLockKey))", logger: logger)
        } catch {
            failure = error
        }
        if let failure {
            _ = try? await session.execute("RESET lock_timeout", logger: logger)
            if failure.sqlState == .lockNotAvailable { throw StorageError.migrationLockTimeout(waited: lockWait) }
            throw failure
        }
        try await session.execute("RESET lock_timeout", logger: logger)
    }

    private func unlock(_ session: DatabaseSession, logger: Logger) async throws {
        try await session.query("SELECT pg_advisory_unlock(\(SchemaMigrator.advisoryLockKey))", logger: logger)
    }

    static func milliseconds(_ duration: Duration) -> Int64 {
        duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000
    }

    static let tableDefinition = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version      integer     PRIMARY KEY CHECK (version > 0),
            name         text        NOT NULL,
            checksum     text        NOT NULL CHECK (checksum ~ '^[0-9a-f]{64}$'),
            applied_at   timestamptz NOT NULL DEFAULT now(),
            execution_ms integer     NOT NULL DEFAULT 0
        )
        """
}
