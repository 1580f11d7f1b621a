import DatabaseTestSupport
import Testing

@testable import LibPQ

private struct Abandon: Error {}

@Suite struct TransactionTests {
    private func count(_ db: TestDatabase) async throws -> Int64 {
        try await db.pool.withConnection(logger: db.logger) { session in
            try await session.query("SELECT count(*) FROM ledger", logger: db.logger).decodeOne(Int64.self)
        }
    }

    private func createLedger(_ db: TestDatabase) async throws {
        try await db.pool.withConnection(logger: db.logger) { session in
            try await session.execute(
                "CREATE TABLE ledger (id bigint PRIMARY KEY, account text NOT NULL UNIQUE, balance bigint NOT NULL)",
                logger: db.logger
            )
        }
    }

    @Test(.hangGuard)
    func aTransactionCommitsWhenItsBodyReturns() async throws {
        try await withTestDatabase(migrated: false) { db in
            try await createLedger(db)
            let inserted = try await db.pool.withTransaction(logger: db.logger) { session in
                try await session.execute("INSERT INTO ledger VALUES (1, 'a', 10), (2, 'b', 20)", logger: db.logger)
            }
            #expect(inserted == 2)
            let value1 = try await count(db)
            #expect(value1 == 2)
        }
    }

    @Test(.hangGuard)
    func aTransactionRollsBackWhenItsBodyThrows() async throws {
        try await withTestDatabase(migrated: false) { db in
            try await createLedger(db)
            await #expect(throws: Abandon.self) {
                try await db.pool.withTransaction(logger: db.logger) { session in
                    try await session.execute("INSERT INTO ledger VALUES (1, 'a', 10)", logger: db.logger)
                    throw Abandon()
                }
            }
            let value2 = try await count(db)
            #expect(value2 == 0)
        }
    }

    @Test(.hangGuard)
    func aCaughtStatementFailureStillRollsBackAndThrows() async throws {
        try await withTestDatabase(migrated: false) { db in
            try await createLedger(db)
            do {
                try await db.pool.withTransaction(logger: db.logger) { session in
                    try await session.execute("INSERT INTO ledger VALUES (1, 'a', 10)", logger: db.logger)
                    _ = try? await session.execute("INSERT INTO ledger VALUES (1, 'a', 10)", logger: db.logger)
                }
                Issue.record("committed an aborted transaction")
            } catch let error as PQError {
                #expect(error.sqlState == .inFailedSQLTransaction)
            }
            let value3 = try await count(db)
            #expect(value3 == 0)
        }
    }

    @Test(.hangGuard)
    func aUniqueViolationIsReportedWithItsConstraintAndWithoutTheValue() async throws {
        try await withTestDatabase(migrated: false) { db in
            try await createLedger(db)
            let account = "acct-秘密-0042"
            do {
                try await db.pool.withTransaction(logger: db.logger) { session in
                    try await session.execute("INSERT INTO ledger VALUES (1, \(account), 1)", logger: db.logger)
                    try await session.execute("INSERT INTO ledger VALUES (2, \(account), 1)", logger: db.logger)
                }
                Issue.record("duplicate accepted")
            } catch let error as PQError {
                #expect(error.isUniqueViolation)
                #expect(error.sqlState == .uniqueViolation)
                #expect(error.code == .queryFailed)
                #expect(error.constraintName == "ledger_account_key")
                #expect(error.tableName == "ledger")
                #expect(error.description.contains("ledger_account_key"))
                #expect(!error.description.contains(account))
                #expect(error.debugDescription.contains(account), "the detail stays available for debugging")
            }
            let value4 = try await count(db)
            #expect(value4 == 0)
        }
    }

    @Test(.hangGuard)
    func serializationFailuresAreRetriedWhenAskedTo() async throws {
        try await withTestDatabase(migrated: false) { db in
            try await createLedger(db)
            try await db.pool.withConnection(logger: db.logger) { session in
                try await session.execute("INSERT INTO ledger VALUES (1, 'shared', 0)", logger: db.logger)
            }
            // Twenty concurrent serializable read-modify-write transactions on one row: every one conflicts with
            // the others, yet with retries each increment lands exactly once.
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<20 {
                    group.addTask {
                        try await db.pool.withTransaction(
                            isolationLevel: .serializable, retryingSerializationFailures: 100, logger: db.logger
                        ) { session in
                            let balance = try await session.query(
                                "SELECT balance FROM ledger WHERE id = 1", logger: db.logger
                            ).decodeOne(Int64.self)
                            try await session.execute(
                                "UPDATE ledger SET balance = \(balance + 1) WHERE id = 1", logger: db.logger)
                        }
                    }
                }
                try await group.waitForAll()
            }
            let balance = try await db.pool.withConnection(logger: db.logger) { session in
                try await session.query("SELECT balance FROM ledger WHERE id = 1", logger: db.logger).decodeOne(
                    Int64.self)
            }
            #expect(balance == 20)
        }
    }

    @Test(.hangGuard)
    func withoutRetriesASerializationFailureSurfacesMappedAsSuch() async throws {
        try await withTestDatabase(migrated: false) { db in
            try await createLedger(db)
            try await db.pool.withConnection(logger: db.logger) { session in
                try await session.execute("INSERT INTO ledger VALUES (1, 'shared', 0)", logger: db.logger)
            }
            do {
                try await db.pool.withTransaction(isolationLevel: .repeatableRead, logger: db.logger) { first in
                    _ = try await first.query("SELECT balance FROM ledger WHERE id = 1", logger: db.logger)
                    try await db.pool.withConnection(logger: db.logger) { second in
                        try await second.execute("UPDATE ledger SET balance = 5 WHERE id = 1", logger: db.logger)
                    }
                    try await first.execute("UPDATE ledger SET balance = 6 WHERE id = 1", logger: db.logger)
                }
                Issue.record("no serialization failure")
            } catch let error as PQError {
                #expect(error.isSerializationFailure)
                #expect(error.sqlState == .serializationFailure)
            }
        }
    }
}
