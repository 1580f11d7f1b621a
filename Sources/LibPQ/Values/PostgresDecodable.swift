/// A Swift type that can be read from a PostgreSQL result column.
///
/// Results arrive in PostgreSQL's text representation. A type accepts only the column types it can represent
/// exactly (``Int32`` does not accept `bigint`, ``Double`` does not accept `numeric`), so a query that returns the
/// wrong column fails loudly with ``PQError/Code/decodingFailed`` naming the column instead of losing data.
/// A NULL decodes only into an `Optional`.
package protocol PostgresDecodable: Sendable {
    /// Decodes a non-NULL value.
    ///
    /// - Parameter value: the cell's text, its column name and its type.
    /// - Throws: ``PQError`` with code ``PQError/Code/decodingFailed`` naming ``PostgresValue/column``.
    init(postgresValue value: PostgresValue) throws(PQError)

    /// Decodes a cell that may be NULL. The default rejects NULL; `Optional` maps it to `nil`.
    static func decode(from cell: PostgresCell) throws(PQError) -> Self
}

extension PostgresDecodable {
    package static func decode(from cell: PostgresCell) throws(PQError) -> Self {
        guard let value = cell.value else {
            throw PQError(
                .decodingFailed,
                reason: "column \"\(cell.column)\" is NULL; decode it as an Optional (\(Self.self)?)"
            )
        }
        return try Self(postgresValue: value)
    }
}

extension Optional: PostgresDecodable where Wrapped: PostgresDecodable {
    package init(postgresValue value: PostgresValue) throws(PQError) {
        self = .some(try Wrapped(postgresValue: value))
    }

    package static func decode(from cell: PostgresCell) throws(PQError) -> Self {
        guard cell.value != nil else { return nil }
        return .some(try Wrapped.decode(from: cell))
    }
}

/// One cell of a result: its column and its value, or `nil` for NULL.
package struct PostgresCell: Sendable {
    /// The column's name as the query returned it.
    package var column: String
    /// The column's type.
    package var type: PostgresType
    /// The value, or `nil` for NULL.
    package var value: PostgresValue?
}

/// The text of a non-NULL cell, with the column it came from (for error messages).
package struct PostgresValue: Sendable {
    /// The value's bytes in PostgreSQL's text representation (UTF-8).
    package var bytes: [UInt8]
    /// The column's name.
    package var column: String
    /// The column's type.
    package var type: PostgresType

    /// Creates a value (used by decoders of container types such as arrays).
    package init(bytes: [UInt8], column: String, type: PostgresType) {
        self.bytes = bytes
        self.column = column
        self.type = type
    }

    /// The bytes as a string.
    package var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Throws unless the column's type is one of `accepted`.
    ///
    /// - Parameters:
    ///   - accepted: the column types the decoder can represent exactly.
    ///   - swiftType: the Swift type being decoded, for the message.
    package func require(_ accepted: Set<PostgresType>, for swiftType: Any.Type) throws(PQError) {
        guard accepted.contains(type) else { throw mismatch(swiftType) }
    }

    /// The error for a column whose type cannot be decoded as `swiftType`.
    package func mismatch(_ swiftType: Any.Type) -> PQError {
        PQError(.decodingFailed, reason: "column \"\(column)\" is \(type), which cannot be decoded as \(swiftType)")
    }

    /// The error for a cell whose text is not a valid `swiftType` (the value itself is not quoted).
    package func invalid(_ swiftType: Any.Type, expected: String) -> PQError {
        PQError(
            .decodingFailed,
            reason:
                "column \"\(column)\" (\(type)) holds a value that is not a valid \(swiftType): expected \(expected)"
        )
    }
}
