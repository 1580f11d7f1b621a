extension LegalDate: CustomStringConvertible, LosslessStringConvertible, Codable {
    /// Parses an ISO 8601 calendar date in the extended format `YYYY-MM-DD`.
    ///
    /// Exactly ten ASCII characters are accepted: four digits, `-`, two digits, `-`, two digits. Anything else
    /// (a time, a zone, `2025-2-3`, `2025/02/03`) is rejected rather than guessed at.
    ///
    /// - Parameter text: the text to parse.
    /// - Throws: ``LegalDateError`` saying what was expected or which component is impossible.
    public init(iso8601 text: some StringProtocol) throws(LegalDateError) {
        var digits: [Int] = []
        digits.reserveCapacity(8)
        var count = 0
        for unit in text.utf8 {
            count += 1
            guard count <= 10 else { throw LegalDateError(.malformed, input: String(text)) }
            let position = count - 1
            if position == 4 || position == 7 {
                guard unit == UInt8(ascii: "-") else { throw LegalDateError(.malformed, input: String(text)) }
            } else {
                guard unit >= UInt8(ascii: "0"), unit <= UInt8(ascii: "9") else {
                    throw LegalDateError(.malformed, input: String(text))
                }
                digits.append(Int(unit - UInt8(ascii: "0")))
            }
        }
        guard count == 10 else { throw LegalDateError(.malformed, input: String(text)) }
        let year = digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3]
        let month = digits[4] * 10 + digits[5]
        let day = digits[6] * 10 + digits[7]
        do {
            try self.init(year: year, month: month, day: day)
        } catch {
            throw LegalDateError(error.code, input: String(text))
        }
    }

    /// Parses `YYYY-MM-DD`, returning `nil` for anything else (see ``init(iso8601:)``).
    public init?(_ description: String) {
        guard let date = try? LegalDate(iso8601: description) else { return nil }
        self = date
    }

    /// The date as `YYYY-MM-DD`.
    public var iso8601: String {
        let (year, month, day) = components
        var text = ""
        text.reserveCapacity(10)
        LegalDate.appendPadded(year, width: 4, to: &text)
        text.append("-")
        LegalDate.appendPadded(month, width: 2, to: &text)
        text.append("-")
        LegalDate.appendPadded(day, width: 2, to: &text)
        return text
    }

    /// The date as `YYYY-MM-DD`.
    public var description: String { iso8601 }

    /// Decodes a date from a `YYYY-MM-DD` string (see ``init(iso8601:)``).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        self = try LegalDate(iso8601: try container.decode(String.self))
    }

    /// Encodes the date as a `YYYY-MM-DD` string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso8601)
    }

    private static func appendPadded(_ value: Int, width: Int, to text: inout String) {
        let digits = String(value)
        if digits.count < width {
            text.append(String(repeating: "0", count: width - digits.count))
        }
        text.append(digits)
    }
}

extension LegalDate {
    /// The legal date in Japan at an instant given as seconds since 1970-01-01T00:00:00Z.
    ///
    /// Japan Standard Time is UTC+9 with no daylight saving time (the occupation-era summer time of 1948–1951
    /// predates every instant this system records), so the conversion is a fixed offset.
    ///
    /// - Parameter seconds: seconds since the Unix epoch.
    public init(secondsSinceEpoch seconds: Int64) {
        let local = seconds + 9 * 3600
        let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        self.init(dayNumber: Int32(days))
    }
}

/// Why a text or set of components is not a legal date.
public struct LegalDateError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong.
    public enum Code: Sendable, Hashable {
        /// Not of the form `YYYY-MM-DD`.
        case malformed
        /// The year is not between 0001 and 9999.
        case yearOutOfRange
        /// The month is not between 01 and 12.
        case monthOutOfRange
        /// The day does not exist in that month (for example 2025-02-29).
        case dayOutOfRange
    }

    /// What went wrong.
    public let code: Code
    /// The offending input, shortened to at most 40 characters.
    public let input: String

    /// Creates an error for `input`, keeping at most 40 characters of it.
    public init(_ code: Code, input: String) {
        self.code = code
        self.input = input.count > 40 ? String(input.prefix(40)) + "…" : input
    }

    /// A one-line message naming the input and what was expected.
    public var description: String {
        switch code {
        case .malformed:
            "'\(input)' is not a date: expected YYYY-MM-DD (for example 2025-09-01)"
        case .yearOutOfRange:
            "'\(input)' is not a date: the year must be between 0001 and 9999"
        case .monthOutOfRange:
            "'\(input)' is not a date: the month must be between 01 and 12"
        case .dayOutOfRange:
            "'\(input)' is not a date: that month has no such day"
        }
    }
}
