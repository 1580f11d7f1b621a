/// An error from the PostgreSQL client layer.
///
/// `description` is safe to log and to show: it names the kind of failure, the SQLSTATE and the schema objects
/// involved (constraint, table, column), and never contains bound parameters, row data, passwords or the connection
/// string. The server's own text (which can quote values, as in `invalid input syntax for type integer: "…"`), the
/// SQL text and libpq's messages are kept in their own properties and shown only by `debugDescription`, the same
/// split as postgres-nio's `PSQLError`.
package struct PQError: Error, Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    /// What kind of failure this is.
    package enum Code: Sendable, Hashable, CustomStringConvertible {
        /// The connection string could not be parsed.
        case invalidConnectionString
        /// The server could not be reached, or refused the connection.
        case connectFailed
        /// The connection was lost or closed (the server went away, the backend was terminated).
        case connectionClosed
        /// The server rejected a statement; ``PQError/sqlState`` says why.
        case queryFailed
        /// A parameter could not be sent (for example a text value containing a NUL byte).
        case encodingFailed
        /// A result column could not be decoded as the requested Swift type, or was NULL where a value was required.
        case decodingFailed
        /// A query returned a different number of rows than the caller required.
        case unexpectedRowCount
        /// The pool has been shut down.
        case poolClosed

        package var description: String {
            switch self {
            case .invalidConnectionString: "invalid connection string"
            case .connectFailed: "could not connect to the database server"
            case .connectionClosed: "the database connection was lost"
            case .queryFailed: "query failed"
            case .encodingFailed: "could not encode a query parameter"
            case .decodingFailed: "could not decode a result column"
            case .unexpectedRowCount: "unexpected number of rows"
            case .poolClosed: "the database pool is closed"
            }
        }
    }

    /// What kind of failure this is.
    package var code: Code
    /// The server's SQLSTATE, when the server reported the error.
    package var sqlState: SQLState?
    /// A short explanation written by this library; never contains values (for example which column failed to
    /// decode and as what type).
    package var reason: String?
    /// The server's primary message, or libpq's message. May quote values: shown only in `debugDescription`.
    package var serverMessage: String?
    /// The server's detail field. May quote values (`Key (email)=(…) already exists`): debug only.
    package var detail: String?
    /// The server's hint field: debug only.
    package var hint: String?
    /// The schema of the object involved, when the server reported it.
    package var schemaName: String?
    /// The table involved, when the server reported it.
    package var tableName: String?
    /// The column involved, when the server reported it.
    package var columnName: String?
    /// The constraint violated, when the server reported it (for example `people_db_role_key`).
    package var constraintName: String?
    /// The SQL text of the failing statement, without its parameters: debug only.
    package var query: String?
    /// The Swift file that issued the failing call.
    package var file: String
    /// The line in ``file``.
    package var line: Int

    /// Creates an error.
    package init(
        _ code: Code,
        sqlState: SQLState? = nil,
        reason: String? = nil,
        serverMessage: String? = nil,
        query: String? = nil,
        file: String = #fileID,
        line: Int = #line
    ) {
        self.code = code
        self.sqlState = sqlState
        self.reason = reason
        self.serverMessage = serverMessage
        self.query = query
        self.file = file
        self.line = line
    }

    /// The same error, attributed to the caller's `file` and `line`.
    package func at(file: String, line: Int) -> PQError {
        var error = self
        error.file = file
        error.line = line
        return error
    }

    /// Whether the error is a unique-constraint violation (SQLSTATE 23505).
    package var isUniqueViolation: Bool { sqlState == .uniqueViolation }
    /// Whether retrying the whole transaction may succeed: a serialization failure (40001) or deadlock (40P01).
    package var isSerializationFailure: Bool { sqlState?.isTransactionRollback ?? false }
    /// Whether the connection is gone: lost, closed, terminated by the server, or never established.
    package var isConnectionLoss: Bool {
        code == .connectionClosed || code == .connectFailed || (sqlState?.isConnectionLoss ?? false)
    }

    package var description: String {
        var text = code.description
        if let sqlState { text += " (SQLSTATE \(sqlState))" }
        var objects: [String] = []
        if let constraintName { objects.append("constraint \"\(constraintName)\"") }
        if let tableName {
            objects.append("table \"\(schemaName.map { $0 + "." } ?? "")\(tableName)\"")
        }
        if let columnName { objects.append("column \"\(columnName)\"") }
        if !objects.isEmpty { text += " on " + objects.joined(separator: ", ") }
        if let reason { text += ": " + reason }
        return text
    }

    package var debugDescription: String {
        var text = "PQError(" + description
        if let serverMessage { text += "; message: \(serverMessage.trimmingTrailingNewlines)" }
        if let detail { text += "; detail: \(detail)" }
        if let hint { text += "; hint: \(hint)" }
        if let query { text += "; query: \(query)" }
        text += "; at \(file):\(line))"
        return text
    }
}

extension String {
    var trimmingTrailingNewlines: String {
        var text = Substring(self)
        while let last = text.last, last.isNewline { text = text.dropLast() }
        return String(text)
    }
}
