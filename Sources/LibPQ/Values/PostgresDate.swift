/// A calendar date as PostgreSQL's `date` type sends it: year, month and day, with no time and no time zone.
///
/// This is the wire type only; the project's legal date type (`LegalDate` in JapaneseCalendar) converts to and from
/// it in ScreeningStore, so LibPQ depends on none of our other modules. Years 1 to 9999 (AD) are accepted, as by
/// `LegalDate`; PostgreSQL's BC dates, years past 9999 and `infinity` fail to decode with a clear error.
package struct PostgresDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The year, 1–9999.
    package let year: Int
    /// The month, 1–12.
    package let month: Int
    /// The day of the month, 1–31.
    package let day: Int

    /// Creates a date, or returns `nil` when the components do not name a real day (2025-02-29 does not).
    package init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...PostgresDate.daysInMonth(year: year, month: month)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD` (PostgreSQL's ISO output), or returns `nil`.
    package init?(iso8601 text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The date as `YYYY-MM-DD`.
    package var iso8601: String {
        func padded(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))"
    }

    package var description: String { iso8601 }

    package static func < (lhs: PostgresDate, rhs: PostgresDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

extension PostgresDate: PostgresEncodable, PostgresDecodable {
    package static var postgresType: PostgresType { .date }

    package func encodePostgres() -> [UInt8]? { Array(iso8601.utf8) }

    /// Decodes a `date` column. Sessions opened by this library use `DateStyle = ISO`, so dates arrive as
    /// `YYYY-MM-DD`.
    package init(postgresValue value: PostgresValue) throws(PQError) {
        try value.require([.date], for: PostgresDate.self)
        guard let date = PostgresDate(iso8601: value.text) else {
            throw value.invalid(PostgresDate.self, expected: "a date between 0001-01-01 and 9999-12-31")
        }
        self = date
    }
}
