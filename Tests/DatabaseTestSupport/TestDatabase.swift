import Foundation
package import LibPQ
package import Logging
import ScreeningStore
package import Testing

/// A throwaway PostgreSQL database made for one test by ``withTestDatabase(migrated:maximumConnections:sourceLocation:isolation:_:)``.
package struct TestDatabase: Sendable {
    /// The database's name (`fefta_test_…`).
    package let name: String
    /// How to connect to it (the server of `FEFTA_TEST_DATABASE_URL`, this database).
    package let connectionString: ConnectionString
    /// A pool connected to it.
    package let pool: DatabasePool
    /// A logger for calls that need one.
    package let logger: Logger
}

/// Why a database test could not get its database.
package struct TestDatabaseError: Error, CustomStringConvertible {
    /// What went wrong.
    package var description: String

    /// An error saying `description`.
    package init(description: String) {
        self.description = description
    }
}

/// The environment variables that control database tests.
package enum DatabaseTestEnvironment {
    /// `FEFTA_TEST_DATABASE_URL`: a server on which tests may create and drop databases (`Deploy/test.sh` starts one).
    package static var serverURL: String? {
        ProcessInfo.processInfo.environment["FEFTA_TEST_DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// `FEFTA_REQUIRE_DATABASE=1`: a missing database fails the test instead of skipping it (set by `Deploy/test.sh`).
    package static var isRequired: Bool {
        ProcessInfo.processInfo.environment["FEFTA_REQUIRE_DATABASE"] == "1"
    }

    /// A logger for tests. Libraries log at `debug` only, which the default handler does not print.
    package static var logger: Logger { Logger(label: "fefta.tests") }
}

/// Runs `body` against a new, empty database that is dropped afterwards, however `body` ends.
///
/// The database is created on the server named by `FEFTA_TEST_DATABASE_URL` (any libpq URL whose user may
/// `CREATE DATABASE`), as `fefta_test_<random>`, with UTF-8 encoding and C collation; with `migrated` (the default)
/// every migration built into the binary is applied first. Without `FEFTA_TEST_DATABASE_URL` the test is skipped
/// (cancelled with a message), unless `FEFTA_REQUIRE_DATABASE=1`, when it fails: `Deploy/test.sh` and CI set both,
/// so database tests can never skip there.
///
/// ```swift
/// @Suite struct FilingRepositoryTests {
///     @Test(.hangGuard)
///     func insertsAFiling() async throws {
///         try await withTestDatabase { db in
///             try await db.pool.withTransaction(logger: db.logger) { session in
///                 try await session.execute("INSERT INTO organisations (name) VALUES (\("Example LLP"))",
///                     logger: db.logger)
///             }
///         }
///     }
/// }
/// ```
///
/// Give every database test `.hangGuard`. Each call makes its own database, so tests run in parallel.
///
/// - Parameters:
///   - migrated: apply the embedded `Schema/` migrations before `body` (default `true`).
///   - maximumConnections: the size of ``TestDatabase/pool`` (default 4).
///   - sourceLocation: where a missing-database failure is reported.
///   - body: the test; receives the database.
/// - Returns: what `body` returns.
/// - Throws: what `body` throws, or ``TestDatabaseError`` when the database cannot be made.
package func withTestDatabase<Result>(
    migrated: Bool = true,
    maximumConnections: Int = 4,
    sourceLocation: SourceLocation = #_sourceLocation,
    isolation: isolated (any Actor)? = #isolation,
    _ body: (TestDatabase) async throws -> Result
) async throws -> Result {
    guard let serverURL = DatabaseTestEnvironment.serverURL else {
        if DatabaseTestEnvironment.isRequired {
            let message = "FEFTA_REQUIRE_DATABASE=1 but FEFTA_TEST_DATABASE_URL is not set; run Deploy/test.sh"
            Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
            throw TestDatabaseError(description: message)
        }
        try Test.cancel("FEFTA_TEST_DATABASE_URL is not set, so this database test is skipped (Deploy/test.sh sets it)")
    }
    let logger = DatabaseTestEnvironment.logger
    let server = try ConnectionString(validating: serverURL)
    let name = "fefta_test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(16)
    let administration = DatabasePoolConfiguration(connectionString: server, maximumConnections: 1)
    try await withDatabasePool(administration, logger: logger) { admin in
        try await admin.withConnection(logger: logger) { session in
            try await session.execute(
                "CREATE DATABASE \(identifier: name) TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'",
                logger: logger
            )
        }
    }
    let connectionString = try server.replacingDatabase(with: name)
    let pool = DatabasePool(
        configuration: DatabasePoolConfiguration(
            connectionString: connectionString, maximumConnections: maximumConnections),
        logger: logger
    )
    let database = TestDatabase(name: name, connectionString: connectionString, pool: pool, logger: logger)
    let outcome: Swift.Result<Result, any Error>
    do {
        if migrated { _ = try await SchemaMigrator().migrate(pool: pool, logger: logger) }
        outcome = .success(try await body(database))
    } catch {
        outcome = .failure(error)
    }
    await pool.close()
    try await withDatabasePool(administration, logger: logger) { admin in
        try await admin.withConnection(logger: logger) { session in
            try await session.execute("DROP DATABASE IF EXISTS \(identifier: name) WITH (FORCE)", logger: logger)
        }
    }
    return try outcome.get()
}
