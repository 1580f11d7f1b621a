package import Foundation

/// `Date` is an instant, sent as `timestamp with time zone` with microsecond precision (PostgreSQL's own).
///
/// Use it for instants only (when an event was recorded). Statutory dates are calendar dates: use a date type,
/// never a `Date` (STYLE §2.3).
extension Date: PostgresEncodable, PostgresDecodable {
    package static var postgresType: PostgresType { .timestamptz }

    /// Microseconds from 1970-01-01 to 2001-01-01 (Foundation's reference date).
    private static let referenceOffsetMicroseconds: Int64 = 978_307_200 * 1_000_000

    package func encodePostgres() -> [UInt8]? {
        let microseconds =
            Int64((timeIntervalSinceReferenceDate * 1_000_000).rounded()) + Date.referenceOffsetMicroseconds
        return Array(PostgresTimestamp(microsecondsSinceEpoch: microseconds).text.utf8)
    }

    /// Decodes a `timestamp with time zone` column in ISO style with any UTC offset (sessions use `DateStyle = ISO`).
    /// A `timestamp without time zone` is not an instant and is rejected.
    package init(postgresValue value: PostgresValue) throws(PQError) {
        try value.require([.timestamptz], for: Date.self)
        guard let timestamp = PostgresTimestamp(text: value.text) else {
            throw value.invalid(Date.self, expected: "a finite timestamp such as 2025-04-01 09:30:00+09")
        }
        let sinceReference = timestamp.microsecondsSinceEpoch - Date.referenceOffsetMicroseconds
        self.init(timeIntervalSinceReferenceDate: Double(sinceReference) / 1_000_000)
    }
}

/// Converts between microseconds since the Unix epoch and PostgreSQL's ISO timestamp text.
struct PostgresTimestamp {
    var microsecondsSinceEpoch: Int64

    init(microsecondsSinceEpoch: Int64) {
        self.microsecondsSinceEpoch = microsecondsSinceEpoch
    }

    /// The instant in UTC, as `YYYY-MM-DD HH:MM:SS.ffffff+00` (with ` BC` for years before 1).
    var text: String {
        let perDay: Int64 = 86_400_000_000
        let (days, remainder) = microsecondsSinceEpoch.floorDivided(by: perDay)
        let (year, month, day) = civilFromDays(days)
        let seconds = remainder / 1_000_000
        let fraction = remainder % 1_000_000
        let bc = year <= 0
        var text = pad(bc ? 1 - year : year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2) + " "
        text += pad(Int64(seconds / 3600), 2) + ":" + pad(Int64(seconds / 60 % 60), 2) + ":" + pad(seconds % 60, 2)
        text += "." + pad(fraction, 6) + "+00"
        if bc { text += " BC" }
        return text
    }

    /// Parses `YYYY-MM-DD HH:MM:SS[.f…]±HH[:MM[:SS]][ BC]`; `nil` for anything else (including `infinity`).
    init?(text: String) {
        var scanner = ByteScanner(Array(text.utf8))
        guard let year = scanner.number(minDigits: 4), scanner.take("-"),
            let month = scanner.number(exactDigits: 2), scanner.take("-"),
            let day = scanner.number(exactDigits: 2), scanner.take(" "),
            let hour = scanner.number(exactDigits: 2), scanner.take(":"),
            let minute = scanner.number(exactDigits: 2), scanner.take(":"),
            let second = scanner.number(exactDigits: 2)
        else { return nil }
        var microseconds: Int64 = 0
        if scanner.take(".") {
            var digits = 0
            while let digit = scanner.digit() {
                // PostgreSQL prints at most 6 fraction digits; ignore any beyond microseconds defensively.
                if digits < 6 { microseconds = microseconds * 10 + digit }
                digits += 1
            }
            guard digits > 0 else { return nil }
            for _ in digits..<max(digits, 6) { microseconds *= 10 }
        }
        guard let sign = scanner.sign(), let offsetHours = scanner.number(exactDigits: 2) else { return nil }
        var offsetSeconds = offsetHours * 3600
        if scanner.take(":") {
            guard let minutes = scanner.number(exactDigits: 2) else { return nil }
            offsetSeconds += minutes * 60
            if scanner.take(":") {
                guard let seconds = scanner.number(exactDigits: 2) else { return nil }
                offsetSeconds += seconds
            }
        }
        var civilYear = year
        if scanner.take(" BC") { civilYear = 1 - year }
        guard scanner.isAtEnd, (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61
        else { return nil }
        let days = daysFromCivil(year: civilYear, month: month, day: day)
        let localSeconds = days * 86_400 + hour * 3600 + minute * 60 + second
        let utcSeconds = localSeconds - sign * offsetSeconds
        self.microsecondsSinceEpoch = utcSeconds * 1_000_000 + microseconds
    }
}

private func pad(_ value: Int64, _ width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
}

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's `days_from_civil`).
private func daysFromCivil(year: Int64, month: Int64, day: Int64) -> Int64 {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let monthIndex = month > 2 ? month - 3 : month + 9
    let dayOfYear = (153 * monthIndex + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
}

/// The inverse of ``daysFromCivil(year:month:day:)`` (`civil_from_days`).
private func civilFromDays(_ days: Int64) -> (year: Int64, month: Int64, day: Int64) {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
}

extension Int64 {
    /// Division rounding towards negative infinity, with a non-negative remainder.
    fileprivate func floorDivided(by divisor: Int64) -> (quotient: Int64, remainder: Int64) {
        var quotient = self / divisor
        var remainder = self % divisor
        if remainder < 0 {
            quotient -= 1
            remainder += divisor
        }
        return (quotient, remainder)
    }
}

/// A cursor over ASCII bytes for the small fixed grammars above.
private struct ByteScanner {
    let bytes: [UInt8]
    var index = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    var isAtEnd: Bool { index == bytes.count }

    mutating func take(_ literal: String) -> Bool {
        let expected = Array(literal.utf8)
        guard bytes.count - index >= expected.count, Array(bytes[index..<index + expected.count]) == expected else {
            return false
        }
        index += expected.count
        return true
    }

    mutating func digit() -> Int64? {
        guard index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") else {
            return nil
        }
        defer { index += 1 }
        return Int64(bytes[index] - UInt8(ascii: "0"))
    }

    mutating func number(exactDigits count: Int) -> Int64? {
        var value: Int64 = 0
        for _ in 0..<count {
            guard let digit = digit() else { return nil }
            value = value * 10 + digit
        }
        return value
    }

    mutating func number(minDigits: Int) -> Int64? {
        var value: Int64 = 0
        var count = 0
        while count < 9, let digit = digit() {
            value = value * 10 + digit
            count += 1
        }
        return count >= minDigits ? value : nil
    }

    mutating func sign() -> Int64? {
        if take("+") { return 1 }
        if take("-") { return -1 }
        return nil
    }
}
