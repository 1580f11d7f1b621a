internal import CLibPQ

/// The result of one statement: its columns and rows, read-only.
///
/// `@unchecked Sendable` because a `PGresult` is immutable once libpq has built it; libpq documents that result
/// objects may be passed between threads freely. This is the only unchecked-Sendable type in the project. The
/// result is freed (`PQclear`) when the last reference goes away.
package final class QueryResult: @unchecked Sendable {
    private let handle: OpaquePointer

    /// The result's columns, in order.
    package let columns: [QueryColumn]
    /// The number of rows returned.
    package let rowCount: Int

    init(_ handle: OpaquePointer) {
        self.handle = handle
        let count = Int(PQnfields(handle))
        self.columns = (0..<count).map { index in
            QueryColumn(
                name: PQfname(handle, Int32(index)).map { String(cString: $0) } ?? "?column?",
                type: PostgresType(oid: UInt32(PQftype(handle, Int32(index))))
            )
        }
        self.rowCount = Int(PQntuples(handle))
    }

    deinit {
        PQclear(handle)
    }

    /// The number of rows the command inserted, updated, deleted, selected… (0 when the command reports none).
    package var affectedRows: Int {
        Int(String(cString: PQcmdTuples(handle))) ?? 0
    }

    /// The command tag, such as `INSERT 0 1` or `SELECT 3`.
    package var commandTag: String {
        PQcmdStatus(handle).map { String(cString: $0) } ?? ""
    }

    /// The rows.
    package var rows: [QueryRow] {
        (0..<rowCount).map { QueryRow(result: self, index: $0) }
    }

    /// Decodes every row as a tuple of the given types, one per column.
    ///
    /// ```swift
    /// let people = try result.decode((UUID, String, String?).self)
    /// ```
    ///
    /// - Throws: ``PQError`` ``PQError/Code/decodingFailed`` naming the column when the number of columns differs,
    ///   a column's type cannot be represented, or a NULL meets a non-Optional type.
    package func decode<each Column: PostgresDecodable>(
        _ types: (repeat each Column).Type
    ) throws(PQError) -> [(repeat each Column)] {
        var decoded: [(repeat each Column)] = []
        decoded.reserveCapacity(rowCount)
        for index in 0..<rowCount {
            decoded.append(try QueryRow(result: self, index: index).decode(types))
        }
        return decoded
    }

    /// Decodes the only row.
    ///
    /// - Throws: ``PQError`` ``PQError/Code/unexpectedRowCount`` unless there is exactly one row, or a decoding
    ///   error.
    package func decodeOne<each Column: PostgresDecodable>(
        _ types: (repeat each Column).Type
    ) throws(PQError) -> (repeat each Column) {
        guard rowCount == 1 else {
            throw PQError(.unexpectedRowCount, reason: "expected exactly one row, got \(rowCount)")
        }
        return try QueryRow(result: self, index: 0).decode(types)
    }

    /// Decodes the first row, or returns `nil` when there is none.
    package func decodeFirst<each Column: PostgresDecodable>(
        _ types: (repeat each Column).Type
    ) throws(PQError) -> (repeat each Column)? {
        guard rowCount > 0 else { return nil }
        let row: (repeat each Column) = try QueryRow(result: self, index: 0).decode(types)
        return row
    }

    /// The cell at `row`, `column` (both in range).
    func cell(row: Int, column: Int) -> PostgresCell {
        let info = columns[column]
        let (r, c) = (Int32(row), Int32(column))
        guard PQgetisnull(handle, r, c) == 0, let start = PQgetvalue(handle, r, c) else {
            return PostgresCell(column: info.name, type: info.type, value: nil)
        }
        let length = Int(PQgetlength(handle, r, c))
        let bytes = UnsafeRawBufferPointer(start: start, count: length)
        return PostgresCell(
            column: info.name,
            type: info.type,
            value: PostgresValue(bytes: Array(bytes), column: info.name, type: info.type)
        )
    }

    /// The error this result reports, with the server's fields.
    func error(query: String) -> PQError {
        func field(_ code: UInt8) -> String? {
            PQresultErrorField(handle, Int32(code)).map { String(cString: $0) }
        }
        var error = PQError(
            .queryFailed,
            sqlState: field(UInt8(ascii: "C")).map { SQLState($0) },
            serverMessage: field(UInt8(ascii: "M")) ?? PQresultErrorMessage(handle).map { String(cString: $0) },
            query: query
        )
        error.detail = field(UInt8(ascii: "D"))
        error.hint = field(UInt8(ascii: "H"))
        error.schemaName = field(UInt8(ascii: "s"))
        error.tableName = field(UInt8(ascii: "t"))
        error.columnName = field(UInt8(ascii: "c"))
        error.constraintName = field(UInt8(ascii: "n"))
        return error
    }
}

/// A result column: its name and type.
package struct QueryColumn: Sendable, Hashable {
    /// The column name as the query returned it (`?column?` for unnamed expressions).
    package var name: String
    /// The column's type.
    package var type: PostgresType
}
