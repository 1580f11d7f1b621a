extension Int64: PostgresEncodable, PostgresDecodable {
    package static var postgresType: PostgresType { .int8 }
    package func encodePostgres() -> [UInt8]? { Array(String(self).utf8) }
    package init(postgresValue value: PostgresValue) throws(PQError) {
        self = try decodeInteger(value, accepting: [.int2, .int4, .int8])
    }
}

extension Int32: PostgresEncodable, PostgresDecodable {
    package static var postgresType: PostgresType { .int4 }
    package func encodePostgres() -> [UInt8]? { Array(String(self).utf8) }
    package init(postgresValue value: PostgresValue) throws(PQError) {
        self = try decodeInteger(value, accepting: [.int2, .int4])
    }
}

extension Int16: PostgresEncodable, PostgresDecodable {
    package static var postgresType: PostgresType { .int2 }
    package func encodePostgres() -> [UInt8]? { Array(String(self).utf8) }
    package init(postgresValue value: PostgresValue) throws(PQError) {
        self = try decodeInteger(value, accepting: [.int2])
    }
}

/// `Int` is sent as `bigint`, which holds every value of a 64-bit `Int`.
extension Int: PostgresEncodable, PostgresDecodable {
    package static var postgresType: PostgresType { .int8 }
    package func encodePostgres() -> [UInt8]? { Array(String(self).utf8) }
    package init(postgresValue value: PostgresValue) throws(PQError) {
        self = try decodeInteger(value, accepting: [.int2, .int4, .int8])
    }
}

/// Parses an integer column, accepting only column types whose every value fits in `Value`.
private func decodeInteger<Value: FixedWidthInteger>(
    _ value: PostgresValue,
    accepting types: Set<PostgresType>
) throws(PQError) -> Value {
    try value.require(types, for: Value.self)
    guard let result = Value(value.text, radix: 10) else {
        throw value.invalid(Value.self, expected: "an integer between \(Value.min) and \(Value.max)")
    }
    return result
}
