import DatabaseTestSupport
import Testing

@testable import LibPQ

/// A transaction's `BEGIN` travels with its first statement, and a statement may carry its transaction's `COMMIT`
/// (libpq pipeline mode): the transaction behaves as if each had been sent alone, whether the statement succeeds or
/// fails, prepared or not.
@Suite struct PipelinedTransactionTests {
    @Test(.hangGuard, arguments: [false, true])
    func theFirstStatementRunsInsideTheTransactionWithItsIsolationLevel(prepared: Bool) async throws {
        try await withTestDatabase(migrated: false, maximumConnections: 1) { db in
            try await withPool(db, prepared: prepared) { pool in
                try await pool.withConnection(logger: db.logger) { session in
                    try await session.execute("CREATE TABLE marks (n int PRIMARY KEY)", logger: db.logger)
                    for _ in 0..<3 {
                        try await session.withTransaction(isolationLevel: .repeatableRead, logger: db.logger) { tx in
                            #expect(await tx.isInTransaction)
                            let level = try await tx.query(
                                "SELECT current_setting('transaction_isolation')", logger: db.logger
                            ).decodeOne(String.self)
                            #expect(level == "repeatable read")
                            try await tx.execute(
                                "INSERT INTO marks SELECT coalesce(max(n), 0) + 1 FROM marks", logger: db.logger)
                            // Still the INSERT's transaction (autocommit would have ended it): its id is assigned.
                            let sameTransaction = try await tx.query(
                                "SELECT pg_current_xact_id_if_assigned() IS NOT NULL", logger: db.logger
                            ).decodeOne(Bool.self)
                            #expect(sameTransaction)
                        }
                        #expect(await !session.isInTransaction)
                    }
                    let count = try await session.query("SELECT count(*) FROM marks", logger: db.logger)
                        .decodeOne(Int64.self)
                    #expect(count == 3)
                }
            }
        }
    }

    @Test(.hangGuard, arguments: [false, true])
    func aFailingFirstStatementRollsBackAndLeavesTheSessionUsable(prepared: Bool) async throws {
        try await withTestDatabase(migrated: false, maximumConnections: 1) { db in
            try await withPool(db, prepared: prepared) { pool in
                try await pool.withConnection(logger: db.logger) { session in
                    try await session.execute("CREATE TABLE marks (n int PRIMARY KEY)", logger: db.logger)
                    try await session.execute("INSERT INTO marks VALUES (1)", logger: db.logger)
                    for _ in 0..<2 {
                        await #expect(throws: PQError.self) {
                            try await session.withTransaction(logger: db.logger) { tx in
                                try await tx.execute("INSERT INTO marks VALUES (\(Int32(1)))", logger: db.logger)
                            }
                        }
                        #expect(await !session.isInTransaction)
                    }
                    // A transaction whose first statement fails, caught by its body, is rolled back too.
                    await #expect(throws: PQError.self) {
                        try await session.withTransaction(logger: db.logger) { tx in
                            _ = try? await tx.execute("INSERT INTO marks VALUES (\(Int32(1)))", logger: db.logger)
                        }
                    }
                    try await session.withTransaction(logger: db.logger) { tx in
                        try await tx.execute("INSERT INTO marks VALUES (\(Int32(2)))", logger: db.logger)
                    }
                    let count = try await session.query("SELECT count(*) FROM marks", logger: db.logger)
                        .decodeOne(Int64.self)
                    #expect(count == 2)
                }
            }
        }
    }

    @Test(.hangGuard)
    func aTransactionThatRunsNothingSendsNothingAndEnds() async throws {
        try await withTestDatabase(migrated: false, maximumConnections: 1) { db in
            try await db.pool.withConnection(logger: db.logger) { session in
                try await session.withTransaction(logger: db.logger) { tx in
                    #expect(await tx.isInTransaction)
                }
                #expect(await !session.isInTransaction)
                await #expect(throws: Abandoned.self) {
                    try await session.withTransaction(logger: db.logger) { _ in throw Abandoned() }
                }
                #expect(await !session.isInTransaction)
                // A nested transaction is refused before anything is sent.
                try await session.withTransaction(logger: db.logger) { tx in
                    await #expect(throws: PQError.self) {
                        try await tx.withTransaction(logger: db.logger) { _ in }
                    }
                }
                let open = try await session.query("SELECT 1", logger: db.logger).decodeOne(Int32.self)
                #expect(open == 1)
                #expect(await !session.isInTransaction)
            }
        }
    }

    @Test(.hangGuard)
    func aScriptInATransactionRunsInsideIt() async throws {
        try await withTestDatabase(migrated: false, maximumConnections: 1) { db in
            try await db.pool.withConnection(logger: db.logger) { session in
                await #expect(throws: Abandoned.self) {
                    try await session.withTransaction(logger: db.logger) { tx in
                        try await tx.executeScript(
                            "CREATE TABLE gone (n int); INSERT INTO gone VALUES (1)", logger: db.logger)
                        throw Abandoned()
                    }
                }
                let exists = try await session.query("SELECT to_regclass('gone') IS NOT NULL", logger: db.logger)
                    .decodeOne(Bool.self)
                #expect(!exists)
            }
        }
    }

    @Test(.hangGuard, arguments: [false, true])
    func aCommittingStatementCommitsInItsRoundTripAndEndsTheTransaction(prepared: Bool) async throws {
        try await withTestDatabase(migrated: false, maximumConnections: 2) { db in
            try await db.pool.withConnection(logger: db.logger) { session in
                try await session.execute("CREATE TABLE marks (n int PRIMARY KEY)", logger: db.logger)
            }
            try await withPool(db, prepared: prepared) { pool in
                try await pool.withTransaction(logger: db.logger) { tx in
                    try await tx.execute("INSERT INTO marks VALUES (\(Int32(1)))", logger: db.logger)
                    let returned = try await tx.query(
                        "INSERT INTO marks VALUES (\(Int32(2))) RETURNING n", logger: db.logger, committing: true
                    ).decodeOne(Int32.self)
                    #expect(returned == 2)
                    #expect(await !tx.isInTransaction)
                    // Committed already: another connection sees both rows before the scope ends.
                    let seen = try await db.pool.withConnection(logger: db.logger) { other in
                        try await other.query("SELECT count(*) FROM marks", logger: db.logger).decodeOne(Int64.self)
                    }
                    #expect(seen == 2)
                    // Nothing more runs in a committed transaction (it would run outside any transaction).
                    await #expect(throws: PQError.self) {
                        try await tx.execute("INSERT INTO marks VALUES (\(Int32(3)))", logger: db.logger)
                    }
                }
                // As the first statement: BEGIN, the statement and COMMIT in one round trip.
                try await pool.withTransaction(logger: db.logger) { tx in
                    try await tx.execute("INSERT INTO marks VALUES (\(Int32(4)))", logger: db.logger, committing: true)
                }
                try await pool.withConnection(logger: db.logger) { session in
                    #expect(await !session.isInTransaction)
                    let marks = try await session.query("SELECT n FROM marks ORDER BY n", logger: db.logger)
                        .decode(Int32.self)
                    #expect(marks == [1, 2, 4])
                }
            }
        }
    }

    @Test(.hangGuard, arguments: [false, true])
    func aFailingCommittingStatementCommitsNothing(prepared: Bool) async throws {
        try await withTestDatabase(migrated: false, maximumConnections: 1) { db in
            try await withPool(db, prepared: prepared) { pool in
                try await pool.withConnection(logger: db.logger) { session in
                    try await session.execute("CREATE TABLE marks (n int PRIMARY KEY)", logger: db.logger)
                    try await session.execute("INSERT INTO marks VALUES (1)", logger: db.logger)
                    await #expect(throws: PQError.self) {
                        try await session.withTransaction(logger: db.logger) { tx in
                            try await tx.execute("INSERT INTO marks VALUES (\(Int32(2)))", logger: db.logger)
                            try await tx.execute(
                                "INSERT INTO marks VALUES (\(Int32(1)))", logger: db.logger, committing: true)
                        }
                    }
                    #expect(await !session.isInTransaction)
                    // A transaction that already failed cannot commit, even by a statement.
                    await #expect(throws: PQError.self) {
                        try await session.withTransaction(logger: db.logger) { tx in
                            _ = try? await tx.execute("INSERT INTO marks VALUES (\(Int32(1)))", logger: db.logger)
                            try await tx.execute(
                                "INSERT INTO marks VALUES (\(Int32(3)))", logger: db.logger, committing: true)
                        }
                    }
                    // Outside a transaction there is nothing to commit.
                    await #expect(throws: PQError.self) {
                        try await session.execute(
                            "INSERT INTO marks VALUES (\(Int32(4)))", logger: db.logger, committing: true)
                    }
                    let marks = try await session.query("SELECT n FROM marks ORDER BY n", logger: db.logger)
                        .decode(Int32.self)
                    #expect(marks == [1])
                }
            }
        }
    }

    /// A first statement that cannot even be prepared fails before its `BEGIN` reaches the server; the transaction
    /// must still count as failed, so that a statement after the caught error cannot run (and commit) on its own.
    @Test(.hangGuard, arguments: [false, true])
    func aFirstStatementThatCannotBePreparedFailsTheTransaction(prepared: Bool) async throws {
        try await withTestDatabase(migrated: false, maximumConnections: 1) { db in
            try await withPool(db, prepared: prepared) { pool in
                try await pool.withConnection(logger: db.logger) { session in
                    try await session.execute("CREATE TABLE marks (n int PRIMARY KEY)", logger: db.logger)
                    var committed = true
                    do {
                        try await session.withTransaction(logger: db.logger) { tx in
                            _ = try? await tx.execute(
                                "INSERT INTO no_such_table VALUES (\(Int32(1)))", logger: db.logger)
                            #expect(await tx.isInTransaction)
                            await #expect(throws: PQError.self) {
                                try await tx.execute("INSERT INTO marks VALUES (\(Int32(1)))", logger: db.logger)
                            }
                            await #expect(throws: PQError.self) {
                                try await tx.executeScript("INSERT INTO marks VALUES (2)", logger: db.logger)
                            }
                        }
                    } catch let error as PQError {
                        committed = false
                        #expect(error.sqlState == .inFailedSQLTransaction)
                    }
                    #expect(!committed)
                    #expect(await !session.isInTransaction)
                    let count = try await session.query("SELECT count(*) FROM marks", logger: db.logger)
                        .decodeOne(Int64.self)
                    #expect(count == 0)
                }
            }
        }
    }

    @Test(.hangGuard, arguments: [false, true])
    func statementsPipelinedTogetherRunInOrderAndCommitWithTheLast(prepared: Bool) async throws {
        try await withTestDatabase(migrated: false, maximumConnections: 1) { db in
            try await withPool(db, prepared: prepared) { pool in
                try await pool.withConnection(logger: db.logger) { session in
                    try await session.execute("CREATE TABLE marks (n int PRIMARY KEY)", logger: db.logger)
                    try await session.withTransaction(logger: db.logger) { tx in
                        let results = try await tx.query(
                            pipelining: [
                                "INSERT INTO marks VALUES (\(Int32(1))) RETURNING n",
                                // Sees the first statement's row: same transaction, run after it.
                                "INSERT INTO marks SELECT max(n) + \(Int32(1)) FROM marks RETURNING n",
                            ], logger: db.logger, committing: true)
                        let inserted: [Int32] = try results.map { result throws(PQError) in
                            try result.decodeOne(Int32.self)
                        }
                        #expect(inserted == [1, 2])
                        #expect(await !tx.isInTransaction)
                    }
                    let marks = try await session.query("SELECT n FROM marks ORDER BY n", logger: db.logger)
                        .decode(Int32.self)
                    #expect(marks == [1, 2])
                }
            }
        }
    }

    @Test(.hangGuard, arguments: [false, true])
    func aFailingPipelinedStatementSkipsTheRestAndCommitsNothing(prepared: Bool) async throws {
        try await withTestDatabase(migrated: false, maximumConnections: 1) { db in
            try await withPool(db, prepared: prepared) { pool in
                try await pool.withConnection(logger: db.logger) { session in
                    try await session.execute("CREATE TABLE marks (n int PRIMARY KEY)", logger: db.logger)
                    try await session.execute("INSERT INTO marks VALUES (1)", logger: db.logger)
                    // In a transaction, committing: the second fails, so the third never runs and nothing commits.
                    let error = await #expect(throws: PQError.self) {
                        try await session.withTransaction(logger: db.logger) { tx in
                            try await tx.query(
                                pipelining: [
                                    "INSERT INTO marks VALUES (\(Int32(2)))", "INSERT INTO marks VALUES (\(Int32(1)))",
                                    "INSERT INTO marks VALUES (\(Int32(3)))",
                                ], logger: db.logger, committing: true)
                        }
                    }
                    #expect(error?.sqlState == .uniqueViolation)
                    #expect(await !session.isInTransaction)
                    // Outside a transaction the statements form one implicit transaction: all or nothing.
                    await #expect(throws: PQError.self) {
                        try await session.query(
                            pipelining: [
                                "INSERT INTO marks VALUES (\(Int32(4)))", "INSERT INTO marks VALUES (\(Int32(1)))",
                            ],
                            logger: db.logger)
                    }
                    let marks = try await session.query("SELECT n FROM marks ORDER BY n", logger: db.logger)
                        .decode(Int32.self)
                    #expect(marks == [1])
                    // The session is usable afterwards.
                    let results = try await session.query(
                        pipelining: ["INSERT INTO marks VALUES (\(Int32(5)))", "SELECT count(*) FROM marks"],
                        logger: db.logger)
                    let count = try results[1].decodeOne(Int64.self)
                    #expect(count == 2)
                }
            }
        }
    }

    private struct Abandoned: Error {}

    private func withPool(_ db: TestDatabase, prepared: Bool, _ body: (DatabasePool) async throws -> Void)
        async throws
    {
        if prepared {
            try await PreparedStatementTests.withPreparingPool(db, body)
        } else {
            try await body(db.pool)
        }
    }
}
