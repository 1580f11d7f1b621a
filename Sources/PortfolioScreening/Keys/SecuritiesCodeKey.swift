/// Securities codes and ISINs packed into one `UInt64`, so holdings rows are matched to issuers without making a
/// `String` per row.
///
/// A securities code (4 or 5 ASCII digits and capitals: `7203`, `130A`) packs its bytes big-endian; an ISIN (12
/// digits and capitals) packs as a base-36 number, which fits below 2⁶³. Lower-case letters are read as capitals.
/// Zero is never a valid key.
package enum SecuritiesCodeKey {
    /// The key of a securities code, or 0 when the bytes are not 4 or 5 digits and letters.
    package static func code(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        let count = bytes.count
        guard count == 4 || count == 5 else { return 0 }
        var key: UInt64 = 0
        for index in 0..<count {
            guard let digit = alphanumeric(bytes[index]) else { return 0 }
            key = key << 8 | UInt64(digit)
        }
        return key
    }

    /// The key of the 4-character code a 5-character one stands for, or `nil`.
    ///
    /// JPX and its data services (J-Quants among them) write codes with a fifth character naming the class of
    /// shares, `0` for the common stock: `72030` is the common stock of `7203`, `130A0` of `130A`. The MOF list names
    /// issuers by their 4-character code, so a 5-character code ending in `0` that the list does not hold is read as
    /// its first four characters. Any other fifth character (a preferred class, such as `25935`) is not: it stays
    /// unknown, since a holding of another class is not a holding of the common stock.
    package static func commonStock(ofCode key: UInt64) -> UInt64? {
        key >> 32 != 0 && key & 0xff == UInt64(UInt8(ascii: "0")) ? key >> 8 : nil
    }

    /// The 4-character code a 5-character one stands for, as text (see ``commonStock(ofCode:)``), or `nil`.
    package static func commonStock(of code: String) -> String? {
        code.utf8.count == 5 && code.utf8.last == UInt8(ascii: "0") ? String(code.dropLast()) : nil
    }

    /// The key of a securities code given as text (see ``code(_:)-(UnsafeRawBufferPointer)``).
    package static func code(_ text: String) -> UInt64 {
        var copy = text
        return copy.withUTF8 { code(UnsafeRawBufferPointer($0)) }
    }

    /// The key of an ISIN, or 0 when the bytes are not 12 digits and letters (the check digit is not verified here;
    /// issuer lists are validated with ``ISIN/isValid(_:)`` when read).
    package static func isin(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        guard bytes.count == 12 else { return 0 }
        var key: UInt64 = 0
        for index in 0..<12 {
            guard let character = alphanumeric(bytes[index]) else { return 0 }
            let value =
                character <= UInt8(ascii: "9") ? character - UInt8(ascii: "0") : character - UInt8(ascii: "A") + 10
            key = key &* 36 &+ UInt64(value)
        }
        return key == 0 ? 0 : key
    }

    /// The key of an ISIN given as text.
    package static func isin(_ text: String) -> UInt64 {
        var copy = text
        return copy.withUTF8 { isin(UnsafeRawBufferPointer($0)) }
    }

    /// An ASCII digit or capital (lower case folded), or `nil`.
    static func alphanumeric(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "A")...UInt8(ascii: "Z"): byte
        case UInt8(ascii: "a")...UInt8(ascii: "z"): byte - 0x20
        default: nil
        }
    }
}

/// International Securities Identification Numbers (ISO 6166).
package enum ISIN {
    /// Whether `text` is 12 capitals and digits: a country code of two letters, nine alphanumerics and a check digit
    /// that the Luhn algorithm over the letters-as-numbers string confirms.
    package static func isValid(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 12, bytes[0...1].allSatisfy({ $0 >= 65 && $0 <= 90 }),
            bytes.allSatisfy({ ($0 >= 48 && $0 <= 57) || ($0 >= 65 && $0 <= 90) }), bytes[11] >= 48, bytes[11] <= 57
        else { return false }
        var digits: [Int] = []
        for byte in bytes {
            if byte <= 57 {
                digits.append(Int(byte - 48))
            } else {
                let value = Int(byte - 65) + 10
                digits.append(value / 10)
                digits.append(value % 10)
            }
        }
        var sum = 0
        for (position, digit) in digits.reversed().enumerated() {
            if position % 2 == 1 {
                let doubled = digit * 2
                sum += doubled > 9 ? doubled - 9 : doubled
            } else {
                sum += digit
            }
        }
        return sum % 10 == 0
    }
}
