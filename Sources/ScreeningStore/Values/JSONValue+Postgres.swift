package import LibPQ
package import ScreeningRules

/// A JSON value is stored as `jsonb`, through its exact serialisation: numbers keep their digits (`jsonb` stores
/// them as `numeric`), so `0.0001` comes back as `0.0001`.
extension JSONValue: PostgresEncodable, PostgresDecodable {
    package static var postgresType: PostgresType { .jsonb }

    package func encodePostgres() -> [UInt8]? {
        Array(serialized().utf8)
    }

    /// Decodes a `json` or `jsonb` column with the strict parser; malformed JSON fails naming the column.
    package init(postgresValue value: PostgresValue) throws(PQError) {
        let document = try PostgresJSONB(postgresValue: value)
        do {
            self = try JSONParser().parse(document.text)
        } catch {
            throw value.invalid(
                JSONValue.self, expected: "JSON (parsing fails at line \(error.line), column \(error.column))")
        }
    }
}
