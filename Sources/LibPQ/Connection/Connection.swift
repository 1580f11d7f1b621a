internal import CLibPQ

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One libpq connection (`PGconn`).
///
/// Every method blocks its thread while libpq talks to the server. libpq forbids using one connection from two
/// threads at once, so this class is deliberately not `Sendable`: it lives inside one ``DatabaseSession`` (or
/// ``ListenerSession``) actor whose executor is a dedicated event-loop thread, and is only touched there.
final class Connection {
    private var handle: OpaquePointer?

    /// Whether ``execute(_:binds:)`` prepares each statement once and then runs it by name, so the server plans it
    /// once per connection (by default it plans an unnamed statement on every call). Off where a transaction-mode
    /// pooler such as PgBouncer may move the session between server connections.
    var preparesStatements = false
    /// The statements prepared on this connection, by text and parameter types, with their names.
    private var prepared: [PreparedKey: String] = [:]
    /// How many times each statement was found stale (a table it reads changed shape): each time it is prepared
    /// anew under its next name, since the stale one still exists on the server.
    private var staleness: [PreparedKey: Int] = [:]
    /// The most statements kept prepared on one connection; beyond it statements run unnamed.
    static let preparedLimit = 256

    private struct PreparedKey: Hashable {
        var text: String
        var types: [UInt32]

        /// The statement's name on the server: `fefta_` and 32 hexadecimal digits of SHA-256 over its text and
        /// parameter types, the same in every process. Behind a pooler that lends one server connection to several
        /// clients in turn, a name that exists there is the same statement (a counter's `fefta_3` could be another
        /// client's different statement, run with these parameters).
        func name(staleness: Int = 0) -> String {
            var hash = SHA256()
            hash.update(text.utf8)
            for type in types {
                hash.update([
                    0, UInt8(type >> 24), UInt8((type >> 16) & 0xff), UInt8((type >> 8) & 0xff), UInt8(type & 0xff),
                ])
            }
            let name = "fefta_" + hash.finalize().hexadecimal.prefix(32)
            return staleness == 0 ? name : name + "_\(staleness)"
        }
    }

    /// The server-side name ``execute(_:binds:retrying:)`` prepares a statement under (for tests).
    static func preparedName(text: String, types: [UInt32]) -> String {
        PreparedKey(text: text, types: types).name()
    }

    private init(handle: OpaquePointer) {
        self.handle = handle
    }

    deinit {
        if let handle { PQfinish(handle) }
    }

    /// Opens a connection and prepares the session (UTF-8, ISO dates, exact floats).
    ///
    /// The connection string is handed to libpq unchanged as `dbname` with `expand_dbname`, so URIs, `PG*`
    /// variables, `.pgpass` and service files work as in `psql`. Around it: `connect_timeout=10` unless the string
    /// or `PGCONNECT_TIMEOUT` says otherwise (so an unreachable host cannot block forever),
    /// `fallback_application_name=fefta`, and `client_encoding=UTF8`, which this library's decoding requires.
    ///
    /// - Throws: ``PQError`` ``PQError/Code/connectFailed``; libpq's message is in ``PQError/serverMessage``.
    static func open(_ connectionString: ConnectionString, applicationName: String) throws(PQError) -> Connection {
        var keywords: [String] = []
        var values: [String] = []
        if getenv("PGCONNECT_TIMEOUT") == nil {
            keywords.append("connect_timeout")
            values.append("10")
        }
        keywords += ["dbname", "fallback_application_name", "client_encoding"]
        values += [connectionString.rawValue, applicationName, "UTF8"]
        let handle = withCStringArray(keywords) { keywordPointers in
            withCStringArray(values) { valuePointers in
                PQconnectdbParams(keywordPointers, valuePointers, 1)
            }
        }
        guard let handle else { throw PQError(.connectFailed, reason: "libpq could not allocate a connection") }
        let connection = Connection(handle: handle)
        guard PQstatus(handle) == CONNECTION_OK else {
            throw PQError(.connectFailed, serverMessage: connection.errorMessage)
        }
        PQsetNoticeProcessor(handle, { _, _ in }, nil)
        try connection.executeScript("SET DateStyle TO ISO, YMD; SET extra_float_digits TO 3")
        return connection
    }

    /// Whether the connection is open and usable.
    var isUsable: Bool {
        guard let handle else { return false }
        return PQstatus(handle) == CONNECTION_OK
    }

    /// Whether a transaction is open (in progress or failed) on the server side.
    var isInTransaction: Bool {
        guard let handle else { return false }
        let status = PQtransactionStatus(handle)
        return status == PQTRANS_INTRANS || status == PQTRANS_INERROR
    }

    /// Whether the open transaction can still commit (no statement in it has failed).
    var isCommittable: Bool {
        guard let handle else { return false }
        return PQtransactionStatus(handle) == PQTRANS_INTRANS
    }

    /// The server's process ID for this connection.
    var backendProcessID: Int32 {
        guard let handle else { return 0 }
        return PQbackendPID(handle)
    }

    /// The server's version as an integer (150004 for 15.4).
    var serverVersion: Int32 {
        guard let handle else { return 0 }
        return PQserverVersion(handle)
    }

    /// The socket's file descriptor, or `nil` when closed.
    var socket: Int32? {
        guard let handle else { return nil }
        let descriptor = PQsocket(handle)
        return descriptor >= 0 ? descriptor : nil
    }

    /// Closes the connection (sends Terminate and frees libpq's state). Idempotent.
    func close() {
        if let handle { PQfinish(handle) }
        handle = nil
        prepared = [:]
    }

    /// Runs one statement with parameters (extended protocol; only one statement allowed).
    ///
    /// - Parameters:
    ///   - text: SQL with `$n` placeholders.
    ///   - binds: the values, in order.
    ///   - retrying: set on the one repeat of a prepared statement that had gone stale.
    /// - Returns: the result; rows are read through ``QueryResult``.
    /// - Throws: ``PQError`` for a failed statement, a lost connection or an unencodable parameter.
    func execute(_ text: String, binds: [PostgresBind], retrying: Bool = false) throws(PQError) -> QueryResult {
        guard let handle else { throw PQError(.connectionClosed, reason: "the connection is closed", query: text) }
        if preparesStatements {
            let key = PreparedKey(text: text, types: binds.map { UInt32($0.type.oid) })
            if let name = try preparedName(key, binds: binds, handle: handle) {
                let raw = try withMarshalledParameters(binds, query: text) { count, _, values, lengths, formats in
                    PQexecPrepared(handle, name, count, values, lengths, formats, 0)
                }
                do {
                    return try checkResult(raw, query: text)
                } catch {
                    // Gone (DEALLOCATE, a pooler's DISCARD ALL) or stale (a table it reads changed shape): prepare
                    // it anew. Outside a transaction nothing was lost, so run it again at once (prepared afresh);
                    // inside one the error ends the transaction and reaches the caller, as any failed statement.
                    guard error.sqlState == .invalidSQLStatementName || error.sqlState == .featureNotSupported else {
                        throw error
                    }
                    forget(key, after: error)
                    guard !isInTransaction, isUsable, !retrying else { throw error }
                    return try execute(text, binds: binds, retrying: true)
                }
            }
        }
        let raw = try withMarshalledParameters(binds, query: text) { count, types, values, lengths, formats in
            PQexecParams(handle, text, count, types, values, lengths, formats, 0)
        }
        return try checkResult(raw, query: text)
    }

    /// Runs statements with parameters between statements without parameters that open or end a transaction
    /// (`BEGIN …` before them, `COMMIT` after them), all sent in one pipeline (libpq's pipeline mode): one round
    /// trip instead of one each. PostgreSQL skips what follows a failed statement up to the pipeline's end, so
    /// nothing commits when `before` or any statement fails, and the first failure is thrown.
    ///
    /// - Returns: the statements' results, in order.
    /// - Throws: ``PQError`` as ``execute(_:binds:retrying:)`` does, from whichever failed first; a prepared
    ///   statement found gone or stale is prepared anew next time, not retried (its transaction failed).
    func execute(
        _ statements: [(text: String, binds: [PostgresBind])], after before: String?, then after: String?
    ) throws(PQError) -> [QueryResult] {
        let first = statements.first?.text ?? ""
        guard let handle else { throw PQError(.connectionClosed, reason: "the connection is closed", query: first) }
        var names: [String?] = []
        var keys: [PreparedKey] = []
        for statement in statements {
            let key = PreparedKey(text: statement.text, types: statement.binds.map { UInt32($0.type.oid) })
            keys.append(key)
            names.append(preparesStatements ? try preparedName(key, binds: statement.binds, handle: handle) : nil)
        }
        guard PQenterPipelineMode(handle) == 1 else {
            throw PQError(isUsable ? .queryFailed : .connectionClosed, serverMessage: errorMessage, query: first)
        }
        // libpq copies each statement's parameters into its output buffer as it is sent.
        var sent = before.map { PQsendQueryParams(handle, $0, 0, nil, nil, nil, nil, 0) == 1 } ?? true
        for (statement, name) in zip(statements, names) where sent {
            sent = try withMarshalledParameters(statement.binds, query: statement.text) {
                count, types, values, lengths, formats in
                if let name {
                    PQsendQueryPrepared(handle, name, count, values, lengths, formats, 0) == 1
                } else {
                    PQsendQueryParams(handle, statement.text, count, types, values, lengths, formats, 0) == 1
                }
            }
        }
        if sent, let after { sent = PQsendQueryParams(handle, after, 0, nil, nil, nil, nil, 0) == 1 }
        if sent { sent = PQpipelineSync(handle) == 1 }
        // Each query's results end with NULL; the pipeline ends with its sync result. Read everything, so the
        // connection leaves pipeline mode idle whatever happened.
        let beforeRaw = sent && before != nil ? nextPipelineResult(handle) : nil
        let statementRaws = statements.map { _ in sent ? nextPipelineResult(handle) : nil }
        let afterRaw = sent && after != nil ? nextPipelineResult(handle) : nil
        drainPipeline(handle)
        // checkResult takes ownership of each result it is given (freed with its QueryResult); the rest are freed
        // here when an earlier one fails.
        var unclaimed = [beforeRaw] + statementRaws + [afterRaw]
        defer { for case let raw? in unclaimed { PQclear(raw) } }
        if PQexitPipelineMode(handle) != 1 {
            // Results left unread (never expected): a connection stuck in pipeline mode could run nothing else.
            close()
            throw PQError(.connectionClosed, reason: "the connection could not leave pipeline mode", query: first)
        }
        guard sent else {
            throw PQError(isUsable ? .queryFailed : .connectionClosed, serverMessage: errorMessage, query: first)
        }
        if let before {
            unclaimed[0] = nil
            _ = try checkResult(beforeRaw, query: before)
        }
        var results: [QueryResult] = []
        for (index, statement) in statements.enumerated() {
            unclaimed[index + 1] = nil
            do {
                results.append(try checkResult(statementRaws[index], query: statement.text))
            } catch {
                if names[index] != nil { forget(keys[index], after: error) }
                throw error
            }
        }
        if let after {
            unclaimed[unclaimed.count - 1] = nil
            _ = try checkResult(afterRaw, query: after)
        }
        return results
    }

    /// The next query's result in a pipeline, having read the NULL that ends it (extra results are discarded).
    private func nextPipelineResult(_ handle: OpaquePointer) -> OpaquePointer? {
        guard let raw = PQgetResult(handle) else { return nil }
        while let extra = PQgetResult(handle) { PQclear(extra) }
        return raw
    }

    /// Reads and discards a pipeline's remaining results up to and including its sync result, or until the
    /// connection fails.
    private func drainPipeline(_ handle: OpaquePointer) {
        var nulls = 0
        while isUsable && nulls < 2 {
            guard let raw = PQgetResult(handle) else {
                nulls += 1
                continue
            }
            nulls = 0
            let status = PQresultStatus(raw)
            PQclear(raw)
            if status == PGRES_PIPELINE_SYNC { return }
        }
    }

    /// Drops `key`'s prepared statement after `error` when it was gone (DEALLOCATE, a pooler's DISCARD ALL or
    /// another server connection) or stale (a table it reads changed shape), so it is prepared anew next time;
    /// a stale one, which still exists on the server, under its next name.
    private func forget(_ key: PreparedKey, after error: PQError) {
        switch error.sqlState {
        case .invalidSQLStatementName?: prepared[key] = nil
        case .featureNotSupported?:
            prepared[key] = nil
            staleness[key, default: 0] += 1
        default: break
        }
    }

    /// The name `key`'s statement is prepared under, preparing it first if needed; `nil` when the connection keeps
    /// ``preparedLimit`` statements already.
    private func preparedName(_ key: PreparedKey, binds: [PostgresBind], handle: OpaquePointer) throws(PQError)
        -> String?
    {
        if let name = prepared[key] { return name }
        guard prepared.count < Self.preparedLimit else { return nil }
        let name = key.name(staleness: staleness[key] ?? 0)
        let raw = try withMarshalledParameters(binds, query: key.text) { count, types, _, _, _ in
            PQprepare(handle, name, key.text, count, types)
        }
        do {
            _ = try checkResult(raw, query: key.text)
        } catch let error where error.sqlState == .duplicatePreparedStatement && !isInTransaction {
            // Prepared on this server connection already, by another client of a pooler: the name says it is this
            // statement. (Inside a transaction the failed PREPARE has ended the transaction; the error stands.)
        }
        prepared[key] = name
        return name
    }

    /// Runs SQL that may hold several statements, without parameters (simple protocol), such as a migration file.
    ///
    /// - Throws: ``PQError`` for the first failing statement.
    func executeScript(_ text: String) throws(PQError) {
        guard let handle else { throw PQError(.connectionClosed, reason: "the connection is closed", query: text) }
        _ = try checkResult(PQexec(handle, text), query: text)
    }

    /// Reads whatever the server has sent without blocking. Returns `false` when the connection failed.
    func consumeInput() -> Bool {
        guard let handle else { return false }
        return PQconsumeInput(handle) == 1
    }

    /// The next notification already received, if any.
    func nextNotification() -> PostgresNotification? {
        guard let handle, let notify = PQnotifies(handle) else { return nil }
        defer { PQfreemem(notify) }
        return PostgresNotification(
            channel: String(cString: notify.pointee.relname),
            payload: String(cString: notify.pointee.extra),
            backendProcessID: notify.pointee.be_pid
        )
    }

    /// libpq's last error message for this connection.
    var errorMessage: String {
        guard let handle, let message = PQerrorMessage(handle) else { return "" }
        return String(cString: message).trimmingTrailingNewlines
    }

    /// Wraps a `PGresult`, turning failures into ``PQError``.
    private func checkResult(_ raw: OpaquePointer?, query: String) throws(PQError) -> QueryResult {
        guard let raw else {
            throw PQError(isUsable ? .queryFailed : .connectionClosed, serverMessage: errorMessage, query: query)
        }
        let result = QueryResult(raw)
        switch PQresultStatus(raw) {
        case PGRES_COMMAND_OK, PGRES_TUPLES_OK, PGRES_EMPTY_QUERY:
            return result
        default:
            var error = result.error(query: query)
            if preparesStatements, error.reason == nil,
                error.sqlState == .invalidSQLStatementName || error.sqlState == .duplicatePreparedStatement
            {
                // This connection prepared (or found) the statement, yet the server connection lacks it or has it:
                // statements are moving between server connections under one client connection.
                error.reason =
                    "the server connection's prepared statements are not this connection's; behind a "
                    + "transaction-mode pooler (PgBouncer), run without prepared statements (feftad --poll-only)"
            }
            if !isUsable || (error.sqlState?.isConnectionLoss ?? false) {
                error.code = .connectionClosed
                if serverMessageIsEmpty(error) { error.serverMessage = errorMessage }
            }
            throw error
        }
    }

    private func serverMessageIsEmpty(_ error: PQError) -> Bool {
        error.serverMessage?.isEmpty ?? true
    }
}

/// Calls `body` with a NULL-terminated array of C strings, valid only during the call.
private func withCStringArray<Result>(
    _ strings: [String],
    _ body: (UnsafePointer<UnsafePointer<CChar>?>?) -> Result
) -> Result {
    var storage: [UInt8] = []
    var offsets: [Int] = []
    for string in strings {
        offsets.append(storage.count)
        storage += string.utf8
        storage.append(0)
    }
    return storage.withUnsafeBufferPointer { buffer in
        let base = UnsafeRawPointer(buffer.baseAddress)
        var pointers: [UnsafePointer<CChar>?] = offsets.map { offset in
            base.map { ($0 + offset).assumingMemoryBound(to: CChar.self) }
        }
        pointers.append(nil)
        return pointers.withUnsafeBufferPointer { pointerBuffer in body(pointerBuffer.baseAddress) }
    }
}
