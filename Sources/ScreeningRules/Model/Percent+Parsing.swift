extension Percent {
    /// Parses a percentage from UTF-8 text exactly, without allocating.
    ///
    /// Accepted: an optional `-` (only for zero: `-0` reads as 0), decimal digits with an optional fraction
    /// (`1`, `1.00`, `0.3333`, `.5`, `5.`), and an optional exponent (`1e-2`, `2.5E+1`). Exponents are accepted
    /// because JSON writers may emit them; the value they denote must still be exact.
    ///
    /// Rejected, each with its own ``PercentError/Reason``: empty text, anything else (spaces, `+`, `%`, commas),
    /// `NaN` and `Infinity`, negative values, values with a non-zero digit beyond the tenth fractional digit
    /// (rejected rather than rounded; trailing zeros beyond it are exact and accepted), and values above
    /// ``maximum``.
    ///
    /// - Parameter bytes: the UTF-8 text of one number, with nothing around it.
    /// - Throws: ``PercentError``.
    public init(parsing bytes: UnsafeRawBufferPointer) throws(PercentError) {
        switch Percent.parse(bytes) {
        case .success(let units): self.init(units: units)
        case .failure(let reason): throw PercentError(reason, text: String(decoding: bytes, as: UTF8.self))
        }
    }

    /// Parses a percentage from text (see ``init(parsing:)-(UnsafeRawBufferPointer)``).
    ///
    /// - Throws: ``PercentError``.
    public init(parsing text: some StringProtocol) throws(PercentError) {
        var utf8 = String(text)
        let result = utf8.withUTF8 { Percent.parse(UnsafeRawBufferPointer($0)) }
        switch result {
        case .success(let units): self.init(units: units)
        case .failure(let reason): throw PercentError(reason, text: String(text))
        }
    }

    /// The percentage a JSON number literal denotes, exactly.
    ///
    /// - Throws: ``PercentError``.
    public init(_ number: JSONNumber) throws(PercentError) {
        try self.init(parsing: number.literal)
    }

    /// Parses a holding: a percentage between 0 and 100 inclusive.
    ///
    /// - Throws: ``PercentError`` (with reason ``PercentError/Reason/aboveHundred`` above 100).
    public init(holding text: some StringProtocol) throws(PercentError) {
        let value = try Percent(parsing: text)
        guard value <= .hundred else { throw PercentError(.aboveHundred, text: String(text)) }
        self = value
    }

    /// The parser: units of 10⁻¹⁰ % or the reason the text is not a percentage.
    static func parse(_ bytes: UnsafeRawBufferPointer) -> Result<Int64, PercentError.Reason> {
        let count = bytes.count
        guard count > 0 else { return .failure(.empty) }
        var index = 0
        var negative = false
        if bytes[0] == UInt8(ascii: "-") {
            negative = true
            index = 1
        }
        guard index < count else { return .failure(.malformed) }
        if Percent.isNotANumberWord(bytes, from: index) { return .failure(.notANumber) }

        // Mantissa digits, with fractional zeros held back until a non-zero digit follows them, so that
        // trailing zeros never count against the ten fractional digits.
        var mantissa: UInt64 = 0
        var fractionDigits = 0
        var pendingZeros = 0
        var digitsSeen = 0
        var mantissaOverflow = false
        func push(_ digit: UInt64, times power: Int) -> Bool {
            var value = mantissa
            for _ in 0..<power {
                let (m, o) = value.multipliedReportingOverflow(by: 10)
                if o { return false }
                value = m
            }
            let (a, o) = value.addingReportingOverflow(digit)
            if o { return false }
            mantissa = a
            return true
        }
        while index < count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") {
            if !push(UInt64(bytes[index] - UInt8(ascii: "0")), times: 1) { mantissaOverflow = true }
            digitsSeen += 1
            index += 1
        }
        if index < count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            while index < count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") {
                let digit = UInt64(bytes[index] - UInt8(ascii: "0"))
                digitsSeen += 1
                index += 1
                if digit == 0 {
                    pendingZeros += 1
                    continue
                }
                if !push(digit, times: pendingZeros + 1) { mantissaOverflow = true }
                fractionDigits += pendingZeros + 1
                pendingZeros = 0
            }
        }
        guard digitsSeen > 0 else { return .failure(.malformed) }

        var exponent = 0
        if index < count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            var exponentNegative = false
            if index < count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                exponentNegative = bytes[index] == UInt8(ascii: "-")
                index += 1
            }
            var exponentDigits = 0
            while index < count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") {
                if exponent < 100_000 { exponent = exponent * 10 + Int(bytes[index] - UInt8(ascii: "0")) }
                exponentDigits += 1
                index += 1
            }
            guard exponentDigits > 0 else { return .failure(.malformed) }
            if exponentNegative { exponent = -exponent }
        }
        guard index == count else { return .failure(.malformed) }

        if mantissa == 0 && !mantissaOverflow { return .success(0) }
        if negative { return .failure(.negative) }
        if mantissaOverflow { return .failure(.tooLarge) }

        // value = mantissa × 10^(exponent − fractionDigits) %, so units = mantissa × 10^shift.
        let shift = Percent.fractionalDigits + exponent - fractionDigits
        var units = mantissa
        if shift < 0 {
            for _ in 0..<min(-shift, 20) {
                guard units % 10 == 0 else { return .failure(.tooManyFractionalDigits) }
                units /= 10
            }
            if -shift > 20 { return .failure(.tooManyFractionalDigits) }
        } else if shift > 0 {
            guard shift <= 19 else { return .failure(.tooLarge) }
            for _ in 0..<shift {
                let (m, o) = units.multipliedReportingOverflow(by: 10)
                guard !o else { return .failure(.tooLarge) }
                units = m
            }
        }
        guard units <= UInt64(Percent.maximum.units) else { return .failure(.tooLarge) }
        return .success(Int64(units))
    }

    /// Whether the text from `start` spells NaN or Infinity in any of the usual ways.
    private static func isNotANumberWord(_ bytes: UnsafeRawBufferPointer, from start: Int) -> Bool {
        let first = bytes[start] | 0x20  // ASCII lower case
        return first == UInt8(ascii: "n") || first == UInt8(ascii: "i")
    }
}

/// Why a text is not an exact percentage.
public struct PercentError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong with the text.
    public enum Reason: Error, Sendable, Hashable {
        /// Nothing was given.
        case empty
        /// Not a decimal number.
        case malformed
        /// `NaN`, `Infinity` or a spelling of them.
        case notANumber
        /// Below zero.
        case negative
        /// A non-zero digit beyond the tenth fractional digit.
        case tooManyFractionalDigits
        /// Above the largest value accepted.
        case tooLarge
        /// Above 100 where a holding is meant.
        case aboveHundred
    }

    /// What is wrong.
    public let reason: Reason
    /// The offending text, shortened to at most 40 characters.
    public let text: String

    /// An error for `text`.
    public init(_ reason: Reason, text: String) {
        self.reason = reason
        self.text = text.count > 40 ? String(text.prefix(40)) + "…" : text
    }

    /// What was expected, without the offending text (for messages that name it separately).
    public var expectation: String {
        switch reason {
        case .empty: "expected a percentage, got nothing"
        case .malformed: "expected a decimal number such as 1.5"
        case .notANumber: "NaN and Infinity are not percentages"
        case .negative: "a percentage cannot be negative"
        case .tooManyFractionalDigits:
            "at most \(Percent.fractionalDigits) fractional digits are kept exactly; this value would be rounded"
        case .tooLarge: "the value is too large"
        case .aboveHundred: "a holding must be between 0 and 100"
        }
    }

    /// One line: the text and what was expected.
    public var description: String { "'\(displayedInMessage(text))' is not a valid percentage: \(expectation)" }
}
