import DatabaseTestSupport
import Foundation
import Logging
import Testing

@testable import LibPQ

/// `DatabasePoolConfiguration.preparesStatements`: each statement is planned once per connection, answers like an
/// unnamed one, and recovers when its prepared form is gone or stale.
@Suite struct PreparedStatementTests {
    static func withPreparingPool(_ db: TestDatabase, _ body: (DatabasePool) async throws -> Void) async throws {
        try await withDatabasePool(
            DatabasePoolConfiguration(
                connectionString: db.connectionString, maximumConnections: 1, preparesStatements: true),
            logger: db.logger, body)
    }

    static func preparedCount(_ session: DatabaseSession, logger: Logger) async throws -> Int64 {
        // Not counting this query, which is prepared too.
        try await session.query(
            "SELECT count(*) FROM pg_prepared_statements WHERE statement NOT LIKE '%pg_prepared_statements%'",
            logger: logger
        ).decodeOne(Int64.self)
    }

    @Test(.hangGuard)
    func aRepeatedStatementIsPreparedOnceAndAnswersLikeAnUnnamedOne() async throws {
        try await withTestDatabase(migrated: false, maximumConnections: 1) { db in
            try await Self.withPreparingPool(db) { pool in
                try await pool.withConnection(logger: db.logger) { session in
                    let values: [Int64?] = [1, nil, -7, .max, nil, 0]
                    for value in values {
                        let answer = try await session.query(
                            "SELECT \(value) IS NULL, coalesce(\(value), 0)::text", logger: db.logger
                        ).decodeOne((Bool, String).self)
                        #expect(answer.0 == (value == nil))
                        #expect(answer.1 == String(value ?? 0))
                    }
                    let count = try await session.query(
                        """
                        SELECT count(*) FROM pg_prepared_statements
                        WHERE statement LIKE '%coalesce(%' AND statement NOT LIKE '%pg_prepared_statements%'
                        """,
                        logger: db.logger
                    ).decodeOne(Int64.self)
                    #expect(count == 1)
                }
            }
            // The default pool prepares nothing (safe behind a transaction-mode pooler).
            try await db.pool.withConnection(logger: db.logger) { session in
                _ = try await session.query("SELECT \(Int64(1)) + 1", logger: db.logger)
                #expect(try await Self.preparedCount(session, logger: db.logger) == 0)
            }
        }
    }

    @Test(.hangGuard)
    func aStatementWhoseTableChangedShapeIsPreparedAgain() async throws {
        try await withTestDatabase(migrated: false, maximumConnections: 1) { db in
            try await Self.withPreparingPool(db) { pool in
                try await pool.withConnection(logger: db.logger) { session in
                    try await session.executeScript(
                        "CREATE TABLE t (a int); INSERT INTO t VALUES (1)", logger: db.logger)
                    let read: SQL = "SELECT * FROM t WHERE a >= \(Int32(0))"
                    #expect(try await session.query(read, logger: db.logger).columns.count == 1)
                    try await session.executeScript("ALTER TABLE t ADD COLUMN b int", logger: db.logger)
                    // Outside a transaction the stale statement is prepared again and run at once.
                    #expect(try await session.query(read, logger: db.logger).columns.count == 2)
                    try await session.executeScript("ALTER TABLE t ADD COLUMN c int", logger: db.logger)
                    // Inside one the error ends the transaction, like any failed statement; the next use succeeds.
                    await #expect(throws: PQError.self) {
                        try await session.withTransaction(logger: db.logger) { session in
                            try await session.query(read, logger: db.logger)
                        }
                    }
                    #expect(try await session.query(read, logger: db.logger).columns.count == 3)
                }
            }
        }
    }

    @Test(.hangGuard)
    func aDeallocatedStatementIsPreparedAgain() async throws {
        try await withTestDatabase(migrated: false, maximumConnections: 1) { db in
            try await Self.withPreparingPool(db) { pool in
                try await pool.withConnection(logger: db.logger) { session in
                    let sql: SQL = "SELECT \(Int32(20)) + 22"
                    let first = try await session.query(sql, logger: db.logger).decodeOne(Int32.self)
                    #expect(first == 42)
                    try await session.executeScript("DEALLOCATE ALL", logger: db.logger)
                    #expect(try await Self.preparedCount(session, logger: db.logger) == 0)
                    let again = try await session.query(sql, logger: db.logger).decodeOne(Int32.self)
                    #expect(again == 42)
                    #expect(try await Self.preparedCount(session, logger: db.logger) == 1)
                }
            }
        }
    }

    /// Behind a pooler that lends one server connection to several clients in turn, a statement another client
    /// prepared may already exist there. Names come from the statement (text and parameter types), so a name that
    /// exists is this statement: it is used, never another client's different statement under a shared counter name.
    @Test(.hangGuard)
    func aStatementPreparedOnTheServerConnectionByAnotherClientIsUsed() async throws {
        try await withTestDatabase(migrated: false, maximumConnections: 1) { db in
            try await Self.withPreparingPool(db) { pool in
                try await pool.withConnection(logger: db.logger) { session in
                    let name = Connection.preparedName(text: "SELECT $1 + 1", types: [20])
                    // What another client of the same server connection left behind (simple protocol: not ours).
                    try await session.executeScript(
                        SQL(unsafeRaw: "PREPARE \(name)(bigint) AS SELECT $1 + 1"), logger: db.logger)
                    let answer = try await session.query("SELECT \(Int64(41)) + 1", logger: db.logger)
                        .decodeOne(Int64.self)
                    #expect(answer == 42)
                    #expect(try await Self.preparedCount(session, logger: db.logger) == 1)
                }
            }
        }
    }

    @Test func preparedNamesDependOnlyOnTheStatementAndFitAnIdentifier() {
        let name = Connection.preparedName(text: "SELECT $1", types: [20])
        #expect(name == Connection.preparedName(text: "SELECT $1", types: [20]))
        #expect(name != Connection.preparedName(text: "SELECT $1", types: [23]))
        #expect(name != Connection.preparedName(text: "SELECT $1 ", types: [20]))
        #expect(name != Connection.preparedName(text: "SELECT $1", types: []))
        #expect(name.hasPrefix("fefta_") && name.utf8.count == 38 && name.utf8.count <= 63)
    }
}
