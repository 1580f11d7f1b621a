import DatabaseTestSupport
import Foundation
import NIOConcurrencyHelpers
import Testing

@testable import LibPQ

@Suite struct DatabasePoolTests {
    /// 100 tasks share a pool of 8. Each runs a multi-statement transaction that moves money between two accounts
    /// and records which connection ran each of its statements. Interleaving on a connection would break one of:
    /// every statement of a transaction ran on the same backend, the total is conserved, each transfer sees its
    /// own uncommitted write, and every transfer is recorded exactly once.
    @Test(.hangGuard)
    func hundredConcurrentTasksShareThePoolWithoutInterleaving() async throws {
        try await withTestDatabase(migrated: false, maximumConnections: 8) { db in
            try await db.pool.withConnection(logger: db.logger) { session in
                try await session.executeScript(
                    """
                    CREATE TABLE accounts (id int PRIMARY KEY, balance bigint NOT NULL);
                    INSERT INTO accounts SELECT g, 1000 FROM generate_series(1, 10) g;
                    CREATE TABLE transfers (task int PRIMARY KEY, backend int NOT NULL);
                    """,
                    logger: db.logger
                )
            }
            let backends = try await withThrowingTaskGroup(of: Set<Int32>.self) { group in
                for task in 0..<100 {
                    group.addTask {
                        try await db.pool.withTransaction(logger: db.logger) { session in
                            let from = Int32(task % 10 + 1)
                            let to = Int32((task + 3) % 10 + 1)
                            var seen = Set<Int32>()
                            seen.insert(
                                try await session.query("SELECT pg_backend_pid()", logger: db.logger).decodeOne(
                                    Int32.self))
                            try await session.execute(
                                "UPDATE accounts SET balance = balance - \(Int64(task)) WHERE id = \(from)",
                                logger: db.logger)
                            let debited = try await session.query(
                                "SELECT balance FROM accounts WHERE id = \(from)", logger: db.logger
                            ).decodeOne(Int64.self)
                            try await Task.sleep(for: .milliseconds(Int.random(in: 0...3)))
                            try await session.execute(
                                "UPDATE accounts SET balance = balance + \(Int64(task)) WHERE id = \(to)",
                                logger: db.logger)
                            seen.insert(
                                try await session.query("SELECT pg_backend_pid()", logger: db.logger).decodeOne(
                                    Int32.self))
                            try await session.execute(
                                "INSERT INTO transfers VALUES (\(Int32(task)), pg_backend_pid())", logger: db.logger)
                            // Our own uncommitted debit is visible to us, and only us.
                            let again = try await session.query(
                                "SELECT balance FROM accounts WHERE id = \(from)", logger: db.logger
                            ).decodeOne(Int64.self)
                            #expect(again == debited || from == to)
                            #expect(seen.count == 1, "a transaction's statements ran on more than one connection")
                            return seen
                        }
                    }
                }
                var all = Set<Int32>()
                for try await seen in group { all.formUnion(seen) }
                return all
            }
            #expect(backends.count <= 8)
            try await db.pool.withConnection(logger: db.logger) { session in
                let (total, transfers) = try await session.query(
                    "SELECT (SELECT sum(balance)::bigint FROM accounts), (SELECT count(*) FROM transfers)",
                    logger: db.logger
                ).decodeOne((Int64, Int64).self)
                #expect(total == 10_000)
                #expect(transfers == 100)
            }
        }
    }

    /// Blocking libpq calls run on the session's own event-loop thread, never on a cooperative-pool thread.
    @Test(.hangGuard)
    func sessionsRunOnTheirOwnThreads() async throws {
        try await withTestDatabase(migrated: false, maximumConnections: 3) { db in
            let threads = NIOLockedValueBox<Set<String>>([])
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<3 {
                    group.addTask {
                        try await db.pool.withConnection(logger: db.logger) { session in
                            #expect(await session.isOnItsEventLoop())
                            let name = await session.threadName()
                            threads.withLockedValue { _ = $0.insert(name) }
                            // Hold the session so the three borrowers overlap and use three sessions.
                            try await session.query("SELECT pg_sleep(0.2)", logger: db.logger)
                        }
                    }
                }
                try await group.waitForAll()
            }
            #expect(threads.withLockedValue { $0.count } == 3)
        }
    }

    @Test(.hangGuard)
    func aTaskCancelledWhileWaitingForASessionStopsWaiting() async throws {
        try await withTestDatabase(migrated: false, maximumConnections: 1) { db in
            try await db.pool.withConnection(logger: db.logger) { _ in
                let waiter = Task {
                    try await db.pool.withConnection(logger: db.logger) { _ in "got a session" }
                }
                try await Task.sleep(for: .milliseconds(100))
                waiter.cancel()
                await #expect(throws: CancellationError.self) { try await waiter.value }
            }
            // The pool still works afterwards.
            let one = try await db.pool.withConnection(logger: db.logger) { session in
                try await session.query("SELECT 1", logger: db.logger).decodeOne(Int32.self)
            }
            #expect(one == 1)
        }
    }

    @Test(.hangGuard)
    func aClosedPoolRefusesBorrowers() async throws {
        try await withTestDatabase(migrated: false) { db in
            let pool = DatabasePool(
                configuration: DatabasePoolConfiguration(connectionString: db.connectionString, maximumConnections: 2),
                logger: db.logger
            )
            try await pool.withConnection(logger: db.logger) { session in
                _ = try await session.query("SELECT 1", logger: db.logger)
            }
            await pool.close()
            await pool.close()
            do {
                try await pool.withConnection(logger: db.logger) { _ in }
                Issue.record("a closed pool lent a session")
            } catch let error as PQError {
                #expect(error.code == .poolClosed)
            }
        }
    }

    @Test(.hangGuard)
    func aSessionReconnectsAfterItsBackendIsTerminated() async throws {
        try await withTestDatabase(migrated: false, maximumConnections: 1) { db in
            let first = try await db.pool.withConnection(logger: db.logger) { session in
                try await session.backendProcessID()
            }
            try await withDatabasePool(
                DatabasePoolConfiguration(connectionString: db.connectionString, maximumConnections: 1),
                logger: db.logger
            ) { other in
                try await other.withConnection(logger: db.logger) { session in
                    // Waits until the backend is gone (up to a minute), so no sleep has to guess how long.
                    try await session.query("SELECT pg_terminate_backend(\(first), 60000)", logger: db.logger)
                }
            }
            let second = try await db.pool.withConnection(logger: db.logger) { session in
                try await session.query("SELECT pg_backend_pid()", logger: db.logger).decodeOne(Int32.self)
            }
            #expect(second != first)
        }
    }
}
