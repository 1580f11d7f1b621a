package import Foundation

/// `Data` is `bytea`. It is sent in binary format (its bytes as they are) and read from the text format in either
/// of PostgreSQL's `bytea_output` styles, `hex` (the default) or `escape`.
extension Data: PostgresEncodable, PostgresDecodable {
    package static var postgresType: PostgresType { .bytea }
    package static var postgresFormat: PostgresFormat { .binary }

    package func encodePostgres() -> [UInt8]? { Array(self) }

    package init(postgresValue value: PostgresValue) throws(PQError) {
        try value.require([.bytea], for: Data.self)
        let bytes = value.bytes
        if bytes.starts(with: [UInt8(ascii: "\\"), UInt8(ascii: "x")]) {
            guard let decoded = Data.decodeHex(bytes.dropFirst(2)) else {
                throw value.invalid(Data.self, expected: "bytea in hex format")
            }
            self = decoded
        } else {
            guard let decoded = Data.decodeEscape(bytes[...]) else {
                throw value.invalid(Data.self, expected: "bytea in escape format")
            }
            self = decoded
        }
    }

    private static func decodeHex(_ digits: ArraySlice<UInt8>) -> Data? {
        func nibble(_ byte: UInt8) -> UInt8? {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
            default: nil
            }
        }
        guard digits.count % 2 == 0 else { return nil }
        var result = [UInt8]()
        result.reserveCapacity(digits.count / 2)
        var index = digits.startIndex
        while index < digits.endIndex {
            guard let high = nibble(digits[index]), let low = nibble(digits[index + 1]) else { return nil }
            result.append(high << 4 | low)
            index += 2
        }
        return Data(result)
    }

    /// `escape` style: printable bytes as themselves, `\\` for a backslash, `\ooo` (octal) for the rest.
    private static func decodeEscape(_ text: ArraySlice<UInt8>) -> Data? {
        var result = [UInt8]()
        var index = text.startIndex
        while index < text.endIndex {
            let byte = text[index]
            guard byte == UInt8(ascii: "\\") else {
                result.append(byte)
                index += 1
                continue
            }
            if index + 1 < text.endIndex, text[index + 1] == UInt8(ascii: "\\") {
                result.append(byte)
                index += 2
                continue
            }
            guard text.endIndex - index >= 4 else { return nil }
            var value = 0
            for offset in 1...3 {
                let digit = text[index + offset]
                guard digit >= UInt8(ascii: "0"), digit <= UInt8(ascii: "7") else { return nil }
                value = value * 8 + Int(digit - UInt8(ascii: "0"))
            }
            guard value <= 255 else { return nil }
            result.append(UInt8(value))
            index += 4
        }
        return Data(result)
    }
}
