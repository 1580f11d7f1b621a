package import Logging

/// The isolation level of a transaction (PostgreSQL's `BEGIN ISOLATION LEVEL …`).
package enum TransactionIsolation: Sendable, Hashable {
    /// Each statement sees data committed before it began (PostgreSQL's default).
    case readCommitted
    /// Every statement sees the snapshot taken at the first statement; concurrent updates fail with 40001.
    case repeatableRead
    /// As if transactions ran one after another; conflicts fail with 40001.
    case serializable

    var sql: String {
        switch self {
        case .readCommitted: "BEGIN ISOLATION LEVEL READ COMMITTED"
        case .repeatableRead: "BEGIN ISOLATION LEVEL REPEATABLE READ"
        case .serializable: "BEGIN ISOLATION LEVEL SERIALIZABLE"
        }
    }
}

extension DatabaseSession {
    /// Runs `body` in a transaction: commits when it returns, rolls back when it throws.
    ///
    /// With `retryingSerializationFailures` above zero, a serialization failure (40001) or deadlock (40P01) from
    /// `body` or from `COMMIT` rolls back and runs `body` again, up to that many extra times, with a short growing
    /// pause. `body` must then be safe to repeat: it should only touch the database.
    ///
    /// If a statement inside `body` failed and `body` caught the error and returned anyway, PostgreSQL has already
    /// aborted the transaction; this method rolls back and throws rather than pretending to commit.
    ///
    /// - Parameters:
    ///   - isolationLevel: the transaction's isolation level.
    ///   - retryingSerializationFailures: how many times to retry after a serialization failure or deadlock.
    ///   - logger: passed to `BEGIN`/`COMMIT`/`ROLLBACK`.
    ///   - body: the work; receives this session.
    /// - Returns: what `body` returns.
    /// - Throws: what `body` throws (after rolling back), or ``PQError`` from `BEGIN`/`COMMIT`.
    @discardableResult
    package func withTransaction<Result>(
        isolation: isolated (any Actor)? = #isolation,
        isolationLevel: TransactionIsolation = .readCommitted,
        retryingSerializationFailures retries: Int = 0,
        logger: Logger,
        _ body: (DatabaseSession) async throws -> Result
    ) async throws -> Result {
        var attempt = 0
        while true {
            do {
                return try await runTransactionOnce(isolationLevel: isolationLevel, logger: logger, body)
            } catch let error as PQError where error.isSerializationFailure && attempt < retries {
                attempt += 1
                logger.debug(
                    "retrying transaction after serialization failure",
                    metadata: ["db.attempt": "\(attempt)", "db.sqlstate": "\(error.sqlState?.code ?? "")"]
                )
                try await Task.sleep(for: .milliseconds(5 * attempt * attempt + Int.random(in: 0...5)))
            }
        }
    }

    private func runTransactionOnce<Result>(
        isolation: isolated (any Actor)? = #isolation,
        isolationLevel: TransactionIsolation,
        logger: Logger,
        _ body: (DatabaseSession) async throws -> Result
    ) async throws -> Result {
        try await begin(isolationLevel, logger: logger)
        let result: Result
        do {
            result = try await body(self)
        } catch {
            await rollback(logger: logger)
            throw error
        }
        try await commit(logger: logger)
        return result
    }

    func commit(logger: Logger) throws(PQError) {
        switch endScope() {
        case .ended:
            return
        case .failed:
            throw PQError(
                .queryFailed, sqlState: .inFailedSQLTransaction,
                reason: "a statement inside the transaction failed and the error was caught; nothing was committed")
        case .onServer:
            break
        }
        let connection = try openConnection()
        if connection.isInTransaction, !connection.isCommittable {
            rollback(logger: logger)
            throw PQError(
                .queryFailed,
                sqlState: .inFailedSQLTransaction,
                reason: "a statement inside the transaction failed and the error was caught; the transaction was "
                    + "rolled back"
            )
        }
        try query("COMMIT", logger: logger)
    }

    /// Rolls back; a failure (the connection is gone) closes the session, which the server rolls back anyway.
    func rollback(logger: Logger) {
        guard endScope() == .onServer, isInTransaction else { return }
        do {
            try query("ROLLBACK", logger: logger)
        } catch {
            close()
        }
    }
}
