extension Bool: PostgresEncodable, PostgresDecodable {
    package static var postgresType: PostgresType { .bool }

    package func encodePostgres() -> [UInt8]? { self ? [UInt8(ascii: "t")] : [UInt8(ascii: "f")] }

    package init(postgresValue value: PostgresValue) throws(PQError) {
        try value.require([.bool], for: Bool.self)
        switch value.bytes {
        case [UInt8(ascii: "t")]: self = true
        case [UInt8(ascii: "f")]: self = false
        default: throw value.invalid(Bool.self, expected: "t or f")
        }
    }
}
