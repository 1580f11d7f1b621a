/// An exact decimal number, as PostgreSQL's `numeric` holds it, kept as its decimal text.
///
/// Percentages and other legal quantities must never pass through binary floating point: `0.0001` and `100.0000`
/// travel to and from the database as the digits written, with their scale. Equality and ordering are numeric
/// (`1.50 == 1.5`), while ``text`` keeps the scale as written or as the column returned it.
package struct PostgresNumeric: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The number as written: an optional `-`, digits, and optionally `.` followed by digits.
    package let text: String

    /// Creates a number from its decimal text, or returns `nil` when the text is not a plain decimal.
    ///
    /// Accepted: `-?[0-9]+(\.[0-9]+)?` — for example `0.0001`, `100.0000`, `-3`. Rejected: exponents (`1e3`),
    /// a leading `+` or `.`, spaces, `NaN` and infinities.
    ///
    /// - Parameter text: the decimal text.
    package init?(exactly text: String) {
        guard PostgresNumeric.isPlainDecimal(text) else { return nil }
        self.text = text
    }

    /// Creates a number from an integer.
    package init(_ value: Int) {
        self.text = String(value)
    }

    /// Whether the number is below zero.
    package var isNegative: Bool { normalized.negative }

    /// The number of digits after the decimal point, as written.
    package var scale: Int {
        guard let dot = text.utf8.firstIndex(of: UInt8(ascii: ".")) else { return 0 }
        return text.utf8.distance(from: dot, to: text.utf8.endIndex) - 1
    }

    package var description: String { text }

    package static func == (lhs: PostgresNumeric, rhs: PostgresNumeric) -> Bool {
        lhs.normalized == rhs.normalized
    }

    package func hash(into hasher: inout Hasher) {
        hasher.combine(normalized)
    }

    package static func < (lhs: PostgresNumeric, rhs: PostgresNumeric) -> Bool {
        let (a, b) = (lhs.normalized, rhs.normalized)
        if a.negative != b.negative { return a.negative }
        let magnitudeLess = PostgresNumeric.magnitudeLess(a, b)
        let magnitudeGreater = PostgresNumeric.magnitudeLess(b, a)
        return a.negative ? magnitudeGreater : magnitudeLess
    }

    /// The value with leading integer zeros and trailing fraction zeros removed, and `-0` as `0`.
    private var normalized: Normalized {
        var utf8 = Substring(text).utf8[...]
        var negative = false
        if utf8.first == UInt8(ascii: "-") {
            negative = true
            utf8 = utf8.dropFirst()
        }
        let dot = utf8.firstIndex(of: UInt8(ascii: "."))
        var integer = dot.map { utf8[..<$0] } ?? utf8
        var fraction = dot.map { utf8[utf8.index(after: $0)...] } ?? utf8[utf8.endIndex...]
        while integer.first == UInt8(ascii: "0") { integer = integer.dropFirst() }
        while fraction.last == UInt8(ascii: "0") { fraction = fraction.dropLast() }
        if integer.isEmpty && fraction.isEmpty { negative = false }
        return Normalized(negative: negative, integer: Array(integer), fraction: Array(fraction))
    }

    private struct Normalized: Hashable {
        var negative: Bool
        var integer: [UInt8]
        var fraction: [UInt8]
    }

    private static func magnitudeLess(_ a: Normalized, _ b: Normalized) -> Bool {
        if a.integer.count != b.integer.count { return a.integer.count < b.integer.count }
        if a.integer != b.integer { return a.integer.lexicographicallyPrecedes(b.integer) }
        return a.fraction.lexicographicallyPrecedes(b.fraction)
    }

    static func isPlainDecimal(_ text: String) -> Bool {
        var utf8 = Substring(text).utf8[...]
        if utf8.first == UInt8(ascii: "-") { utf8 = utf8.dropFirst() }
        func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        let integer = utf8.prefix(while: isDigit)
        guard !integer.isEmpty else { return false }
        utf8 = utf8.dropFirst(integer.count)
        if utf8.isEmpty { return true }
        guard utf8.first == UInt8(ascii: ".") else { return false }
        utf8 = utf8.dropFirst()
        return !utf8.isEmpty && utf8.allSatisfy(isDigit)
    }
}

extension PostgresNumeric: PostgresEncodable, PostgresDecodable {
    package static var postgresType: PostgresType { .numeric }

    package func encodePostgres() -> [UInt8]? { Array(text.utf8) }

    /// Decodes `numeric` columns and integer columns (whose values are exact decimals too).
    package init(postgresValue value: PostgresValue) throws(PQError) {
        try value.require([.numeric, .int2, .int4, .int8], for: PostgresNumeric.self)
        guard let number = PostgresNumeric(exactly: value.text) else {
            throw value.invalid(PostgresNumeric.self, expected: "a finite decimal number")
        }
        self = number
    }
}
