/// One row of a ``QueryResult``.
package struct QueryRow: Sendable {
    /// The result the row belongs to.
    package let result: QueryResult
    /// The row's index in the result.
    package let index: Int

    /// Decodes the whole row as a tuple, one type per column, in column order.
    ///
    /// ```swift
    /// let (id, name) = try row.decode((UUID, String).self)
    /// ```
    ///
    /// - Throws: ``PQError`` ``PQError/Code/decodingFailed`` naming the column: a column-count mismatch, a type
    ///   that cannot represent the column, or NULL for a non-Optional type.
    package func decode<each Column: PostgresDecodable>(
        _ types: (repeat each Column).Type
    ) throws(PQError) -> (repeat each Column) {
        var expected = 0
        for _ in repeat (each Column).self { expected += 1 }
        guard expected == result.columns.count else {
            let names = result.columns.map(\.name).joined(separator: ", ")
            throw PQError(
                .decodingFailed,
                reason: "the query returned \(result.columns.count) columns (\(names)) but \(expected) were decoded"
            )
        }
        var column = 0
        return (repeat try next((each Column).self, &column))
    }

    /// Decodes the column called `name`.
    ///
    /// - Throws: ``PQError`` ``PQError/Code/decodingFailed`` when there is no such column or it cannot be decoded.
    package func decode<Value: PostgresDecodable>(_ type: Value.Type, column name: String) throws(PQError) -> Value {
        guard let column = result.columns.firstIndex(where: { $0.name == name }) else {
            throw PQError(.decodingFailed, reason: "the query returned no column \"\(name)\"")
        }
        return try Value.decode(from: result.cell(row: index, column: column))
    }

    /// Decodes the column at `column` (0-based).
    ///
    /// - Throws: ``PQError`` ``PQError/Code/decodingFailed`` when out of range or not decodable.
    package func decode<Value: PostgresDecodable>(_ type: Value.Type, at column: Int) throws(PQError) -> Value {
        guard result.columns.indices.contains(column) else {
            throw PQError(
                .decodingFailed, reason: "the query returned \(result.columns.count) columns, not \(column + 1)")
        }
        return try Value.decode(from: result.cell(row: index, column: column))
    }

    private func next<Value: PostgresDecodable>(_ type: Value.Type, _ column: inout Int) throws(PQError) -> Value {
        defer { column += 1 }
        return try Value.decode(from: result.cell(row: index, column: column))
    }
}
