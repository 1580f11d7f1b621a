import DatabaseTestSupport
import ServiceLifecycleTestKit
import Testing

@testable import LibPQ

/// The pool as a `Service`: `run()` returns on graceful shutdown and closes the pool.
@Suite struct DatabasePoolServiceTests {
    @Test(.hangGuard)
    func gracefulShutdownClosesThePoolAfterTheLastBorrowerReturns() async throws {
        try await withTestDatabase(migrated: false) { db in
            let pool = DatabasePool(
                configuration: DatabasePoolConfiguration(connectionString: db.connectionString, maximumConnections: 2),
                logger: db.logger
            )
            try await testGracefulShutdown { trigger in
                try await withThrowingTaskGroup(of: Void.self) { group in
                    group.addTask { try await pool.run() }
                    let answer = try await pool.withConnection(logger: db.logger) { session in
                        // Shutdown starts while this borrower still holds its session; the statement still runs.
                        trigger.triggerGracefulShutdown()
                        try await Task.sleep(for: .milliseconds(50))
                        return try await session.query("SELECT 42", logger: db.logger).decodeOne(Int32.self)
                    }
                    #expect(answer == 42)
                    try await group.waitForAll()
                }
            }
            do {
                try await pool.withConnection(logger: db.logger) { _ in }
                Issue.record("the pool lent a session after shutdown")
            } catch let error as PQError {
                #expect(error.code == .poolClosed)
            }
        }
    }
}
