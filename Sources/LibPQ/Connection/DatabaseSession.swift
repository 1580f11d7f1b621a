import Foundation
package import Logging
package import NIOCore

/// One database connection, pinned to its own thread.
///
/// libpq's calls block their thread until the server answers, and libpq forbids using one connection from two
/// threads at once. A session therefore runs on a dedicated event-loop thread: its `unownedExecutor` is that loop,
/// so every actor-isolated method (and the blocking libpq call inside it) runs there, never on Swift's cooperative
/// thread pool, and actor isolation guarantees one call at a time on the connection. Obtain sessions from
/// ``DatabasePool/withConnection(isolation:logger:_:)``; the connection is opened on first use and reopened after a
/// loss.
package actor DatabaseSession {
    /// The event loop whose thread runs this session's libpq calls. Kept so the executor below stays valid.
    private let loop: any EventLoop
    private let connectionString: ConnectionString
    private let applicationName: String
    private let preparesStatements: Bool
    private var connection: Connection?
    /// What the session knows of its transaction that the server does not: the `BEGIN` waits for the first
    /// statement, or the transaction already ended although its scope has not.
    private var scope = TransactionScope.none

    private enum TransactionScope: Equatable {
        /// Nothing beyond what the server knows.
        case none
        /// Opened by ``begin(_:logger:)``; the `BEGIN` goes in one round trip with the first statement
        /// (``Connection/execute(_:binds:after:then:)``).
        case beginPending(TransactionIsolation)
        /// A statement committed it (``query(_:logger:committing:file:line:)``); nothing more may run until
        /// ``withTransaction(isolation:isolationLevel:retryingSerializationFailures:logger:_:)`` ends the scope.
        case committedByStatement
        /// The first statement failed before its `BEGIN` reached the server (it could not be prepared): the
        /// transaction is failed, as if the server had aborted it, so nothing after it runs outside a transaction.
        case failedBeforeBegin
    }

    /// The session's executor: its event loop's thread.
    package nonisolated let unownedExecutor: UnownedSerialExecutor

    /// Creates a session bound to `loop`; nothing is opened until the first statement.
    ///
    /// - Parameters:
    ///   - loop: a loop of a database-only `MultiThreadedEventLoopGroup`; no other work should run on it.
    ///   - connectionString: where to connect.
    ///   - applicationName: reported to the server (`application_name`) unless the string sets its own.
    ///   - preparesStatements: plan each statement once per connection (``DatabasePoolConfiguration/preparesStatements``).
    package init(
        loop: any EventLoop, connectionString: ConnectionString, applicationName: String = "fefta",
        preparesStatements: Bool = false
    ) {
        self.loop = loop
        self.preparesStatements = preparesStatements
        self.unownedExecutor = loop.executor.asUnownedSerialExecutor()
        self.connectionString = connectionString
        self.applicationName = applicationName
    }

    /// Runs one statement and returns its result.
    ///
    /// - Parameters:
    ///   - sql: the statement; interpolated values are sent as parameters.
    ///   - logger: receives a `debug` line with `db.operation`, `db.rows` and `db.duration` (never values).
    ///   - committing: inside ``withTransaction(isolation:isolationLevel:retryingSerializationFailures:logger:_:)``,
    ///     send `COMMIT` with the statement, in the same round trip: the statement must be the transaction's last
    ///     (the session refuses statements after it until the transaction's scope ends, which then commits
    ///     nothing more). Nothing commits if the statement fails.
    ///   - file: the caller's file, recorded in a thrown ``PQError``.
    ///   - line: the caller's line, recorded in a thrown ``PQError``.
    /// - Throws: ``PQError``; ``PQError/isConnectionLoss`` tells a lost connection from a rejected statement.
    @discardableResult
    package func query(
        _ sql: SQL,
        logger: Logger,
        committing: Bool = false,
        file: String = #fileID,
        line: Int = #line
    ) throws(PQError) -> QueryResult {
        try query(pipelining: [sql], logger: logger, committing: committing, file: file, line: line)[0]
    }

    /// Runs statements in one round trip (libpq's pipeline mode) and returns their results, in order: PostgreSQL
    /// skips every statement after one that fails, and the first failure is thrown.
    ///
    /// Outside a transaction they run as one implicit transaction (PostgreSQL's rule for statements up to a
    /// pipeline's sync), so a failure undoes them all; inside
    /// ``withTransaction(isolation:isolationLevel:retryingSerializationFailures:logger:_:)`` a failure fails the
    /// transaction. `committing` is as for ``query(_:logger:committing:file:line:)``: `COMMIT` follows the last
    /// statement in the same round trip.
    ///
    /// - Throws: ``PQError``.
    package func query(
        pipelining statements: [SQL],
        logger: Logger,
        committing: Bool = false,
        file: String = #fileID,
        line: Int = #line
    ) throws(PQError) -> [QueryResult] {
        let start = ContinuousClock.now
        let results: [QueryResult]
        do throws(PQError) {
            guard !statements.isEmpty else { throw PQError(.queryFailed, reason: "no statement to run") }
            try checkScopeAllowsStatements()
            if committing {
                guard isInTransaction else {
                    throw PQError(.queryFailed, reason: "a statement can commit only a transaction it runs in")
                }
                if let connection, connection.isInTransaction, !connection.isCommittable {
                    throw PQError(
                        .queryFailed, sqlState: .inFailedSQLTransaction,
                        reason: "a statement inside the transaction failed; it cannot commit")
                }
            }
            var begin: TransactionIsolation?
            if case .beginPending(let isolation) = scope {
                begin = isolation
                scope = .none
            }
            if begin != nil || committing || statements.count > 1 {
                do {
                    results = try openConnection().execute(
                        statements.map { ($0.text, $0.binds) }, after: begin?.sql, then: committing ? "COMMIT" : nil)
                } catch {
                    if begin != nil, !(connection?.isInTransaction ?? false) { scope = .failedBeforeBegin }
                    throw error
                }
                if committing { scope = .committedByStatement }
            } else {
                results = [try openConnection().execute(statements[0].text, binds: statements[0].binds)]
            }
        } catch {
            throw error.at(file: file, line: line)
        }
        for (statement, result) in zip(statements, results) {
            log(
                statement.text, rows: result.rowCount > 0 ? result.rowCount : result.affectedRows, since: start,
                logger: logger)
        }
        return results
    }

    /// Runs one statement and returns the number of rows it inserted, updated or deleted.
    ///
    /// - Throws: ``PQError``.
    @discardableResult
    package func execute(
        _ sql: SQL,
        logger: Logger,
        committing: Bool = false,
        file: String = #fileID,
        line: Int = #line
    ) throws(PQError) -> Int {
        try query(sql, logger: logger, committing: committing, file: file, line: line).affectedRows
    }

    /// Runs SQL holding several statements (a migration file), with the simple query protocol.
    ///
    /// - Parameters:
    ///   - script: trusted SQL, typically `SQL(unsafeRaw: fileContents)`; it must not have interpolated values.
    ///   - logger: receives a `debug` line.
    /// - Throws: ``PQError`` for the first failing statement, or ``PQError/Code/encodingFailed`` if `script`
    ///   carries binds (the simple protocol has no parameters).
    package func executeScript(
        _ script: SQL,
        logger: Logger,
        file: String = #fileID,
        line: Int = #line
    ) throws(PQError) {
        guard script.binds.isEmpty else {
            throw PQError(
                .encodingFailed, reason: "a script cannot take parameters; run statements with binds one by one",
                file: file, line: line)
        }
        let start = ContinuousClock.now
        do {
            try sendPendingBegin(logger: logger)
            try openConnection().executeScript(script.text)
        } catch {
            throw error.at(file: file, line: line)
        }
        log("script", rows: 0, since: start, logger: logger)
    }

    /// Sends a notification (`pg_notify(channel, payload)`); listeners receive it when the transaction commits.
    ///
    /// - Throws: ``PQError``.
    package func notify(channel: String, payload: String = "", logger: Logger) throws(PQError) {
        try query("SELECT pg_notify(\(channel), \(payload))", logger: logger)
    }

    /// The server process ID serving this session (opens the connection if needed).
    package func backendProcessID() throws(PQError) -> Int32 {
        try openConnection().backendProcessID
    }

    /// Whether a transaction is open on this session (begun, even if its `BEGIN` waits for its first statement;
    /// not once a statement committed it).
    package var isInTransaction: Bool {
        switch scope {
        case .none: connection?.isInTransaction ?? false
        case .beginPending, .failedBeforeBegin: true
        case .committedByStatement: false
        }
    }

    /// Closes the connection; the next statement opens a new one.
    package func close() {
        scope = .none
        connection?.close()
        connection = nil
    }

    /// Opens a transaction: on the server with the next statement, which carries the `BEGIN` in its round trip.
    ///
    /// - Throws: ``PQError`` when a transaction is already open on this session or no connection can be opened.
    func begin(_ isolationLevel: TransactionIsolation, logger: Logger) throws(PQError) {
        let connection = try openConnection()
        guard scope == .none, !connection.isInTransaction else {
            throw PQError(
                .queryFailed,
                reason: "withTransaction was called inside another transaction on the same session; nest work inside "
                    + "the outer transaction instead"
            )
        }
        scope = .beginPending(isolationLevel)
    }

    /// Throws when the transaction's scope allows no statement: a statement committed it, or it failed before
    /// its `BEGIN` reached the server.
    private func checkScopeAllowsStatements() throws(PQError) {
        switch scope {
        case .committedByStatement:
            throw PQError(
                .queryFailed,
                reason: "the transaction was committed with its last statement; nothing more can run in it")
        case .failedBeforeBegin:
            throw PQError(
                .queryFailed, sqlState: .inFailedSQLTransaction,
                reason: "a statement inside the transaction failed; nothing more can run in it")
        case .none, .beginPending:
            break
        }
    }

    /// Sends a pending `BEGIN` on its own, for work that cannot carry it (a script).
    private func sendPendingBegin(logger: Logger) throws(PQError) {
        try checkScopeAllowsStatements()
        guard case .beginPending(let begin) = scope else { return }
        scope = .none
        do {
            _ = try openConnection().execute(begin.sql, binds: [])
        } catch {
            if !(connection?.isInTransaction ?? false) { scope = .failedBeforeBegin }
            throw error
        }
    }

    /// How the transaction's scope ends when the server holds no transaction for it.
    enum ScopeEnd {
        /// Nothing to send: its `BEGIN` was never sent (no statement ran), or a statement committed it.
        case ended
        /// It failed before its `BEGIN` reached the server: committing it must fail.
        case failed
        /// The server holds the transaction: send `COMMIT` or `ROLLBACK`.
        case onServer
    }

    /// Ends the transaction's scope on the session's side, saying whether the server still has to end it.
    func endScope() -> ScopeEnd {
        defer { scope = .none }
        switch scope {
        case .beginPending, .committedByStatement: return .ended
        case .failedBeforeBegin: return .failed
        case .none: return .onServer
        }
    }

    /// Gets the session ready for a new borrower: drops a connection that is broken or that the server closed
    /// while idle (so the borrower gets a fresh one), and rolls back a transaction a previous borrower left open.
    func prepareForReuse(logger: Logger) {
        scope = .none
        guard let connection else { return }
        // Read what the server sent while the connection sat idle. A terminated backend sends an error and then
        // closes the socket; the second read sees the end of the stream, which marks the connection bad.
        guard connection.consumeInput(), connection.consumeInput(), connection.isUsable else {
            logger.debug("dropping a closed database connection")
            close()
            return
        }
        if connection.isInTransaction {
            do {
                _ = try connection.execute("ROLLBACK", binds: [])
            } catch {
                close()
            }
        }
    }

    /// The open connection, opening it if there is none or the last one failed.
    func openConnection() throws(PQError) -> Connection {
        if let connection, connection.isUsable { return connection }
        connection?.close()
        connection = nil
        let opened = try Connection.open(connectionString, applicationName: applicationName)
        opened.preparesStatements = preparesStatements
        connection = opened
        return opened
    }

    private func log(_ text: String, rows: Int, since start: ContinuousClock.Instant, logger: Logger) {
        guard logger.logLevel <= .debug else { return }
        let elapsed = ContinuousClock.now - start
        let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        logger.debug(
            "database statement",
            metadata: [
                "db.operation": "\(DatabaseSession.operation(of: text))",
                "db.rows": "\(rows)",
                "db.duration": "\(milliseconds)ms",
            ]
        )
    }

    /// The statement's first keyword (`SELECT`, `INSERT`…), for log metadata.
    static func operation(of text: String) -> Substring {
        let trimmed = text.drop { $0.isWhitespace }
        return trimmed.prefix { $0.isLetter }.prefix(16)
    }
}

extension DatabaseSession {
    /// Whether the caller runs on this session's event-loop thread (for tests of the threading model).
    func isOnItsEventLoop() -> Bool {
        loop.inEventLoop
    }

    /// The current thread's name (for tests of the threading model).
    func threadName() -> String {
        Thread.current.name ?? "\(Unmanaged.passUnretained(Thread.current).toOpaque())"
    }
}
