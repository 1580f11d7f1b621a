/// The text encodings accepted for issuer lists and holdings files (design.md §8): UTF-8 with or without a byte
/// order mark, or Shift_JIS as Windows writes it (CP932, which Excel uses for Japanese CSV).
package enum TextEncoding: String, Sendable, Hashable, CaseIterable {
    /// UTF-8 without a byte order mark.
    case utf8 = "UTF-8"
    /// UTF-8 starting with the byte order mark EF BB BF (Excel's "CSV UTF-8").
    case utf8WithBOM = "UTF-8 (BOM)"
    /// Shift_JIS with Microsoft's extensions (CP932, Windows-31J).
    case shiftJIS = "Shift_JIS (CP932)"

    /// The UTF-8 byte order mark.
    package static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The number of bytes the encoding's signature takes at the start of the text.
    package var signatureLength: Int { self == .utf8WithBOM ? 3 : 0 }

    /// Detects the encoding of `bytes`: a byte order mark means UTF-8; otherwise valid UTF-8 is UTF-8 and anything
    /// else is read as Shift_JIS.
    ///
    /// Japanese text in CP932 is practically never valid UTF-8 (its lead bytes 0x81-0x9F and 0xE0-0xFC are
    /// followed by trail bytes that UTF-8 forbids in those positions), and pure ASCII is the same in both.
    ///
    /// - Parameter bytes: the whole text, or a prefix of it that ends on a line boundary.
    /// - Returns: the encoding.
    package static func detect(_ bytes: UnsafeRawBufferPointer) -> TextEncoding {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { return .utf8WithBOM }
        return UTF8Validation.isValid(bytes) ? .utf8 : .shiftJIS
    }
}

/// UTF-8 validation without decoding (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF).
package enum UTF8Validation {
    /// Whether `bytes` is well-formed UTF-8.
    package static func isValid(_ bytes: UnsafeRawBufferPointer) -> Bool {
        firstInvalidOffset(bytes) == nil
    }

    /// The offset of the first byte that is not part of a well-formed UTF-8 sequence, or `nil` when all are.
    package static func firstInvalidOffset(_ bytes: UnsafeRawBufferPointer) -> Int? {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0:
                length = 3
                low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED:
                length = 3
                high = 0x9F
            case 0xF0:
                length = 4
                low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4:
                length = 4
                high = 0x8F
            default: return index
            }
            guard index + length <= count else { return index }
            let second = bytes[index + 1]
            guard second >= low && second <= high else { return index }
            for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 { return index }
            index += length
        }
        return nil
    }
}
