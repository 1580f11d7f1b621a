extension String: PostgresEncodable, PostgresDecodable {
    package static var postgresType: PostgresType { .text }

    package func encodePostgres() -> [UInt8]? { Array(utf8) }

    /// Decodes character columns (text, varchar, char(n), name) and user-defined types such as enums, whose text
    /// representation is their label.
    package init(postgresValue value: PostgresValue) throws(PQError) {
        guard value.type.isTextual || value.type.isUserDefined else { throw value.mismatch(String.self) }
        self = value.text
    }
}
