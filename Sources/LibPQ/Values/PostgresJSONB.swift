/// A JSON document as text, sent as `jsonb` and read from `json` or `jsonb` columns.
///
/// LibPQ does not parse JSON; callers convert (ScreeningStore maps ScreeningRules' exact `JSONValue` to and from
/// this type, so numbers keep their digits). The server validates the text on the way in.
package struct PostgresJSONB: Sendable, Hashable, CustomStringConvertible {
    /// The JSON text.
    package var text: String

    /// Wraps JSON text (validated by the server when sent).
    package init(text: String) {
        self.text = text
    }

    package var description: String { text }
}

extension PostgresJSONB: PostgresEncodable, PostgresDecodable {
    package static var postgresType: PostgresType { .jsonb }

    package func encodePostgres() -> [UInt8]? { Array(text.utf8) }

    package init(postgresValue value: PostgresValue) throws(PQError) {
        try value.require([.jsonb, .json], for: PostgresJSONB.self)
        self.init(text: value.text)
    }
}
