/// A Swift value that can be sent to PostgreSQL as a query parameter.
///
/// Conforming types say which PostgreSQL type they are sent as and produce their bytes in ``postgresFormat``
/// (PostgreSQL's text representation unless stated otherwise). They are used through ``SQL`` interpolation:
/// `"… WHERE id = \(id)"` sends `id` as `$1`; the value never becomes part of the SQL text.
package protocol PostgresEncodable: Sendable {
    /// The PostgreSQL type the value is sent as.
    static var postgresType: PostgresType { get }
    /// The representation of ``encodePostgres()``; `.text` unless the type needs binary (bytea).
    static var postgresFormat: PostgresFormat { get }
    /// The value's bytes in ``postgresFormat``, or `nil` for SQL NULL.
    func encodePostgres() -> [UInt8]?
}

extension PostgresEncodable {
    package static var postgresFormat: PostgresFormat { .text }
}

/// A value bound to one `$n` placeholder: its type, format and bytes (`nil` for NULL).
package struct PostgresBind: Sendable, Hashable {
    /// The parameter's type.
    package var type: PostgresType
    /// The representation of ``bytes``.
    package var format: PostgresFormat
    /// The encoded value, or `nil` for SQL NULL.
    package var bytes: [UInt8]?

    /// Binds an encodable value.
    package init<Value: PostgresEncodable>(_ value: Value) {
        self.type = Value.postgresType
        self.format = Value.postgresFormat
        self.bytes = value.encodePostgres()
    }
}

extension Optional: PostgresEncodable where Wrapped: PostgresEncodable {
    package static var postgresType: PostgresType { Wrapped.postgresType }
    package static var postgresFormat: PostgresFormat { Wrapped.postgresFormat }
    package func encodePostgres() -> [UInt8]? {
        switch self {
        case .none: nil
        case .some(let value): value.encodePostgres()
        }
    }
}
