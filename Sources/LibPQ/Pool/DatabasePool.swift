package import Logging
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import ServiceLifecycle

/// A small pool of database sessions, each on its own thread.
///
/// The pool owns a database-only `MultiThreadedEventLoopGroup` with one thread per connection; session `n` always
/// runs on thread `n`, so a slow statement blocks only its own connection and never a thread of Swift's
/// cooperative pool. Borrow a session with ``withConnection(isolation:logger:_:)`` or run a transaction with
/// ``withTransaction(isolation:isolationLevel:retryingSerializationFailures:logger:_:)``; when every session is
/// busy, callers wait in order (a cancelled waiter stops waiting).
///
/// The pool is a `Service`: in a `ServiceGroup` list it first so it shuts down last. ``run()`` returns after
/// graceful shutdown and then closes the pool. Outside a service group use ``withDatabasePool(_:logger:_:)``,
/// which closes it when the body ends.
package final class DatabasePool: Service, Sendable {
    /// How the pool connects.
    package let configuration: DatabasePoolConfiguration
    private let group: MultiThreadedEventLoopGroup
    private let sessions: [DatabaseSession]
    private let leases: PoolLeases
    private let logger: Logger
    private let closed = NIOLockedValueBox(false)

    /// Creates a pool; connections open lazily, on first use.
    ///
    /// The pool starts its threads at once and must be closed: call ``close()``, run it as a `Service`, or use
    /// ``withDatabasePool(_:logger:_:)``.
    ///
    /// - Parameters:
    ///   - configuration: where to connect and how many connections to allow.
    ///   - logger: for pool events (at `debug`).
    package init(configuration: DatabasePoolConfiguration, logger: Logger) {
        self.configuration = configuration
        self.logger = logger
        self.group = MultiThreadedEventLoopGroup(numberOfThreads: configuration.maximumConnections)
        self.sessions = group.makeIterator().map { loop in
            DatabaseSession(
                loop: loop,
                connectionString: configuration.connectionString,
                applicationName: configuration.applicationName,
                preparesStatements: configuration.preparesStatements
            )
        }
        self.leases = PoolLeases(slots: sessions.count)
    }

    /// Lends `body` a session for its duration.
    ///
    /// The session is returned to the pool when `body` ends; a transaction `body` left open is rolled back, and a
    /// broken connection is replaced on next use. Do not let the session escape `body`.
    ///
    /// - Parameters:
    ///   - logger: for the borrow (at `debug`).
    ///   - body: the work; receives the session.
    /// - Returns: what `body` returns.
    /// - Throws: what `body` throws, ``PQError/Code/poolClosed``, or `CancellationError` if cancelled while
    ///   waiting for a free session.
    @discardableResult
    package func withConnection<Result>(
        isolation: isolated (any Actor)? = #isolation,
        logger: Logger,
        _ body: (DatabaseSession) async throws -> Result
    ) async throws -> Result {
        let slot = try await leases.acquire()
        let session = sessions[slot]
        await session.prepareForReuse(logger: logger)
        let result: Result
        do {
            result = try await body(session)
        } catch {
            await session.prepareForReuse(logger: logger)
            leases.release(slot)
            throw error
        }
        await session.prepareForReuse(logger: logger)
        leases.release(slot)
        return result
    }

    /// Runs `body` in a transaction on a borrowed session: commit on return, roll back on throw.
    ///
    /// See ``DatabaseSession/withTransaction(isolation:isolationLevel:retryingSerializationFailures:logger:_:)``
    /// for the retry rule.
    ///
    /// - Parameters:
    ///   - isolationLevel: the transaction's isolation level (default read committed).
    ///   - retries: how many times to rerun `body` after a serialization failure or deadlock (default 0).
    ///   - logger: for the statements (at `debug`).
    ///   - body: the work; receives the session.
    /// - Returns: what `body` returns.
    /// - Throws: what `body` throws (after rolling back) or ``PQError``.
    @discardableResult
    package func withTransaction<Result>(
        isolation: isolated (any Actor)? = #isolation,
        isolationLevel: TransactionIsolation = .readCommitted,
        retryingSerializationFailures retries: Int = 0,
        logger: Logger,
        _ body: (DatabaseSession) async throws -> Result
    ) async throws -> Result {
        try await withConnection(logger: logger) { session in
            try await session.withTransaction(
                isolationLevel: isolationLevel,
                retryingSerializationFailures: retries,
                logger: logger,
                body
            )
        }
    }

    /// Waits for graceful shutdown (or cancellation), then closes the pool.
    package func run() async throws {
        try? await gracefulShutdown()
        await close()
    }

    /// Closes the pool: new borrowers get ``PQError/Code/poolClosed``, borrowed sessions are waited for, then every
    /// connection is closed and the threads stop. Idempotent.
    package func close() async {
        await leases.close()
        let alreadyClosed = closed.withLockedValue { closed in
            defer { closed = true }
            return closed
        }
        guard !alreadyClosed else { return }
        for session in sessions { await session.close() }
        do {
            try await group.shutdownGracefully()
        } catch {
            logger.debug("database pool threads failed to stop", metadata: ["db.error": "\(error)"])
        }
    }
}

/// Opens a pool, runs `body` with it, and closes the pool however `body` ends.
///
/// - Parameters:
///   - configuration: where to connect and how many connections to allow.
///   - logger: for the pool.
///   - body: the work.
/// - Returns: what `body` returns.
/// - Throws: what `body` throws.
@discardableResult
package func withDatabasePool<Result>(
    _ configuration: DatabasePoolConfiguration,
    isolation: isolated (any Actor)? = #isolation,
    logger: Logger,
    _ body: (DatabasePool) async throws -> Result
) async throws -> Result {
    let pool = DatabasePool(configuration: configuration, logger: logger)
    let result: Result
    do {
        result = try await body(pool)
    } catch {
        await pool.close()
        throw error
    }
    await pool.close()
    return result
}
