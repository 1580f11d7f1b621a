/// A PostgreSQL SQLSTATE error code, such as `23505` (unique violation).
///
/// Codes are five characters; the first two are the class (`23` integrity constraint violation, `40` transaction
/// rollback, `08` connection exception). Compare against the static members:
/// `if error.sqlState == .uniqueViolation { … }`. The full list is in the PostgreSQL manual, appendix A.
package struct SQLState: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The five-character code.
    package let code: String

    /// Wraps a five-character code.
    package init(_ code: String) {
        self.code = code
    }

    package init(stringLiteral value: String) {
        self.code = value
    }

    /// The two-character class, for example `23` for every integrity constraint violation.
    package var errorClass: String { String(code.prefix(2)) }

    /// Whether retrying the whole transaction may succeed: serialization failure or deadlock (class 40).
    package var isTransactionRollback: Bool { self == .serializationFailure || self == .deadlockDetected }

    /// Whether the code says the connection is gone or unusable (class 08, or the server shutting the session down).
    package var isConnectionLoss: Bool {
        errorClass == "08" || self == .adminShutdown || self == .crashShutdown || self == .cannotConnectNow
            || self == .idleSessionTimeout
    }

    /// A readable name for the codes this project handles, or `nil`.
    package var name: String? { SQLState.names[self] }

    package var description: String {
        if let name { return "\(code) \(name)" }
        return code
    }

    // Class 08: connection exception.
    package static let connectionException: SQLState = "08000"
    package static let connectionDoesNotExist: SQLState = "08003"
    package static let connectionFailure: SQLState = "08006"
    // Class 22: data exception.
    package static let stringDataRightTruncation: SQLState = "22001"
    package static let numericValueOutOfRange: SQLState = "22003"
    package static let invalidDatetimeFormat: SQLState = "22007"
    package static let datetimeFieldOverflow: SQLState = "22008"
    package static let invalidTextRepresentation: SQLState = "22P02"
    package static let characterNotInRepertoire: SQLState = "22021"
    // Class 23: integrity constraint violation.
    package static let notNullViolation: SQLState = "23502"
    package static let foreignKeyViolation: SQLState = "23503"
    package static let uniqueViolation: SQLState = "23505"
    package static let checkViolation: SQLState = "23514"
    package static let exclusionViolation: SQLState = "23P01"
    // Class 0A: feature not supported (also: a prepared statement's plan can no longer return its result type).
    package static let featureNotSupported: SQLState = "0A000"
    // Class 25: invalid transaction state.
    package static let readOnlySQLTransaction: SQLState = "25006"
    package static let inFailedSQLTransaction: SQLState = "25P02"
    // Class 26: invalid SQL statement name (a prepared statement that does not exist).
    package static let invalidSQLStatementName: SQLState = "26000"
    // Class 28: invalid authorization.
    package static let invalidAuthorizationSpecification: SQLState = "28000"
    package static let invalidPassword: SQLState = "28P01"
    // Class 3D: invalid catalog name.
    package static let invalidCatalogName: SQLState = "3D000"
    // Class 40: transaction rollback.
    package static let serializationFailure: SQLState = "40001"
    package static let deadlockDetected: SQLState = "40P01"
    // Class 42: syntax error or access rule violation.
    package static let insufficientPrivilege: SQLState = "42501"
    package static let duplicatePreparedStatement: SQLState = "42P05"
    package static let syntaxError: SQLState = "42601"
    package static let undefinedColumn: SQLState = "42703"
    package static let undefinedTable: SQLState = "42P01"
    package static let undefinedFunction: SQLState = "42883"
    package static let duplicateTable: SQLState = "42P07"
    package static let duplicateDatabase: SQLState = "42P04"
    // Class 55: object not in prerequisite state.
    package static let objectInUse: SQLState = "55006"
    package static let lockNotAvailable: SQLState = "55P03"
    // Class 57: operator intervention.
    package static let queryCanceled: SQLState = "57014"
    package static let adminShutdown: SQLState = "57P01"
    package static let crashShutdown: SQLState = "57P02"
    package static let cannotConnectNow: SQLState = "57P03"
    package static let idleSessionTimeout: SQLState = "57P05"
    // Class P0: PL/pgSQL.
    package static let raiseException: SQLState = "P0001"

    private static let names: [SQLState: String] = [
        .connectionException: "connection_exception",
        .connectionDoesNotExist: "connection_does_not_exist",
        .connectionFailure: "connection_failure",
        .stringDataRightTruncation: "string_data_right_truncation",
        .numericValueOutOfRange: "numeric_value_out_of_range",
        .invalidDatetimeFormat: "invalid_datetime_format",
        .datetimeFieldOverflow: "datetime_field_overflow",
        .invalidTextRepresentation: "invalid_text_representation",
        .characterNotInRepertoire: "character_not_in_repertoire",
        .notNullViolation: "not_null_violation",
        .foreignKeyViolation: "foreign_key_violation",
        .uniqueViolation: "unique_violation",
        .checkViolation: "check_violation",
        .exclusionViolation: "exclusion_violation",
        .readOnlySQLTransaction: "read_only_sql_transaction",
        .inFailedSQLTransaction: "in_failed_sql_transaction",
        .invalidAuthorizationSpecification: "invalid_authorization_specification",
        .invalidPassword: "invalid_password",
        .invalidCatalogName: "invalid_catalog_name",
        .serializationFailure: "serialization_failure",
        .deadlockDetected: "deadlock_detected",
        .insufficientPrivilege: "insufficient_privilege",
        .syntaxError: "syntax_error",
        .undefinedColumn: "undefined_column",
        .undefinedTable: "undefined_table",
        .undefinedFunction: "undefined_function",
        .duplicateTable: "duplicate_table",
        .duplicateDatabase: "duplicate_database",
        .objectInUse: "object_in_use",
        .lockNotAvailable: "lock_not_available",
        .queryCanceled: "query_canceled",
        .adminShutdown: "admin_shutdown",
        .crashShutdown: "crash_shutdown",
        .cannotConnectNow: "cannot_connect_now",
        .idleSessionTimeout: "idle_session_timeout",
        .raiseException: "raise_exception",
    ]
}
