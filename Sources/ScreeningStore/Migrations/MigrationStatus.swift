package import Foundation

/// Which migrations a database has and which it still needs.
package struct MigrationStatus: Sendable {
    /// The migrations recorded in `schema_migrations`, in version order.
    package var applied: [AppliedMigration]
    /// The shipped migrations not yet applied, in version order.
    package var pending: [SchemaMigration]
    /// What is wrong: changed files, unknown or out-of-order versions. Migrating refuses while this is not empty.
    package var problems: [StorageError]

    /// Whether the schema is current and consistent.
    package var isUpToDate: Bool { pending.isEmpty && problems.isEmpty }
}

/// A row of `schema_migrations`.
package struct AppliedMigration: Sendable, Hashable {
    /// The migration's number.
    package var version: Int
    /// Its name.
    package var name: String
    /// The SHA-256 of the file as applied.
    package var checksum: String
    /// When it was applied (the database's clock).
    package var appliedAt: Date
    /// How long it took, in milliseconds.
    package var executionMilliseconds: Int

    /// The file name, `NNNN_name.sql`.
    package var fileName: String { "\(SchemaMigration.versionText(version))_\(name).sql" }
}
