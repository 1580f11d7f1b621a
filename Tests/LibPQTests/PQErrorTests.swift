import DatabaseTestSupport
import Testing

@testable import LibPQ

@Suite struct PQErrorTests {
    @Test func descriptionNamesCodeStateAndObjectsOnly() {
        var error = PQError(
            .queryFailed,
            sqlState: .uniqueViolation,
            serverMessage: "duplicate key value violates unique constraint \"people_db_role_key\"",
            query: "INSERT INTO people (db_role) VALUES ($1)"
        )
        error.detail = "Key (db_role)=(alice_secret) already exists."
        error.constraintName = "people_db_role_key"
        error.tableName = "people"
        #expect(
            error.description
                == "query failed (SQLSTATE 23505 unique_violation) on constraint \"people_db_role_key\", table \"people\""
        )
        #expect(!error.description.contains("alice_secret"))
        #expect(error.debugDescription.contains("alice_secret"))
        #expect(error.debugDescription.contains("INSERT INTO people"))
    }

    @Test func sqlStatesCompareAndClassify() {
        #expect(SQLState("23505") == .uniqueViolation)
        #expect(SQLState.serializationFailure.isTransactionRollback)
        #expect(SQLState.deadlockDetected.isTransactionRollback)
        #expect(SQLState.adminShutdown.isConnectionLoss)
        #expect(SQLState("08006").isConnectionLoss)
        #expect(!SQLState.uniqueViolation.isConnectionLoss)
        #expect(SQLState.uniqueViolation.errorClass == "23")
        #expect("\(SQLState.lockNotAvailable)" == "55P03 lock_not_available")
    }

    @Test(.hangGuard)
    func aRejectedParameterNeverAppearsInTheDescription() async throws {
        try await withTestDatabase(migrated: false) { db in
            let secret = "my-passport-TK1234567"
            try await db.pool.withConnection(logger: db.logger) { session in
                do {
                    try await session.query("SELECT \(secret)::integer", logger: db.logger)
                    Issue.record("the cast succeeded")
                } catch let error as PQError {
                    #expect(error.sqlState == .invalidTextRepresentation)
                    #expect(!error.description.contains(secret))
                    #expect(!"\(error)".contains(secret))
                    #expect(
                        error.serverMessage?.contains(secret) == true, "the server quoted it; we keep it for debugging")
                }
            }
        }
    }

    @Test(.hangGuard)
    func aFailedConnectionNeverShowsThePasswordOrConnectionString() async throws {
        // Port 1 on localhost refuses connections at once.
        let password = "pw-Zq9-never-print-me"
        let string = try ConnectionString(
            validating: "postgresql://fefta:\(password)@127.0.0.1:1/fefta?connect_timeout=2")
        do {
            try await withDatabasePool(
                DatabasePoolConfiguration(connectionString: string), logger: DatabaseTestEnvironment.logger
            ) {
                pool in
                try await pool.withConnection(logger: DatabaseTestEnvironment.logger) { session in
                    try await session.query("SELECT 1", logger: DatabaseTestEnvironment.logger)
                }
            }
            Issue.record("connected to port 1")
        } catch let error as PQError {
            #expect(error.code == .connectFailed)
            #expect(error.isConnectionLoss)
            #expect(!error.description.contains(password))
            #expect(!error.debugDescription.contains(password))
            #expect(!error.description.contains("127.0.0.1:1"))
        }
    }

    @Test(.hangGuard)
    func aTerminatedBackendIsReportedAsConnectionLoss() async throws {
        try await withTestDatabase(migrated: false, maximumConnections: 2) { db in
            try await db.pool.withConnection(logger: db.logger) { victim in
                let pid = try await victim.backendProcessID()
                try await db.pool.withConnection(logger: db.logger) { killer in
                    // Waits until the backend is gone (up to a minute), so no sleep has to guess how long.
                    try await killer.query("SELECT pg_terminate_backend(\(pid), 60000)", logger: db.logger)
                }
                do {
                    try await victim.query("SELECT 1", logger: db.logger)
                    Issue.record("a terminated connection answered")
                } catch let error as PQError {
                    #expect(error.code == .connectionClosed)
                    #expect(error.isConnectionLoss)
                }
            }
        }
    }

    @Test(.hangGuard)
    func errorsNameTheCallersFileAndLine() async throws {
        try await withTestDatabase(migrated: false) { db in
            try await db.pool.withConnection(logger: db.logger) { session in
                do {
                    try await session.query("SELECT * FROM no_such_table", logger: db.logger)
                    Issue.record("query succeeded")
                } catch let error as PQError {
                    #expect(error.sqlState == .undefinedTable)
                    #expect(error.file.hasSuffix("PQErrorTests.swift"))
                    #expect(error.debugDescription.contains("PQErrorTests.swift"))
                }
            }
        }
    }
}
