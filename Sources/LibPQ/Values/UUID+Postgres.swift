package import Foundation

extension UUID: PostgresEncodable, PostgresDecodable {
    package static var postgresType: PostgresType { .uuid }

    package func encodePostgres() -> [UInt8]? { Array(uuidString.lowercased().utf8) }

    package init(postgresValue value: PostgresValue) throws(PQError) {
        try value.require([.uuid], for: UUID.self)
        guard let uuid = UUID(uuidString: value.text) else {
            throw value.invalid(UUID.self, expected: "a UUID such as 123e4567-e89b-12d3-a456-426614174000")
        }
        self = uuid
    }
}

extension UUID: PostgresArrayElement {
    package static var postgresArrayType: PostgresType { .uuidArray }
}
