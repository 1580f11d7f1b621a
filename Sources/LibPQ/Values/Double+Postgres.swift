/// `Double` is `double precision`. Never use it for percentages or money; use ``PostgresNumeric``.
extension Double: PostgresEncodable, PostgresDecodable {
    package static var postgresType: PostgresType { .float8 }

    package func encodePostgres() -> [UInt8]? {
        if isNaN { return Array("NaN".utf8) }
        if isInfinite { return Array((self < 0 ? "-Infinity" : "Infinity").utf8) }
        // Swift prints the shortest text that reads back as the same Double, as PostgreSQL 12+ does.
        return Array(description.utf8)
    }

    package init(postgresValue value: PostgresValue) throws(PQError) {
        try value.require([.float8, .float4], for: Double.self)
        switch value.text {
        case "NaN": self = .nan
        case "Infinity": self = .infinity
        case "-Infinity": self = -.infinity
        case let text:
            guard let number = Double(text) else {
                throw value.invalid(Double.self, expected: "a floating-point number")
            }
            self = number
        }
    }
}

extension Double: PostgresArrayElement {
    package static var postgresArrayType: PostgresType { .float8Array }
}
