/// An ISO 3166-1 alpha-2 country or region code, such as `SG`, stored in two bytes.
public struct CountryCode: Sendable, Hashable, CustomStringConvertible {
    /// The two ASCII capitals packed as `first << 8 | second`.
    public let packed: UInt16

    /// A code from two letters; lower-case letters are read as capitals. `nil` for anything else.
    public init?(_ text: some StringProtocol) {
        var letters: [UInt8] = []
        for byte in text.utf8 {
            guard letters.count < 2 else { return nil }
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): letters.append(byte)
            case UInt8(ascii: "a")...UInt8(ascii: "z"): letters.append(byte - 32)
            default: return nil
            }
        }
        guard letters.count == 2 else { return nil }
        packed = UInt16(letters[0]) << 8 | UInt16(letters[1])
    }

    /// The index of the code in a 26 × 26 table (0 for `AA`).
    var tableIndex: Int { Int((packed >> 8) - 65) * 26 + Int((packed & 0xFF) - 65) }

    /// The two capitals.
    public var description: String {
        String(decoding: [UInt8(packed >> 8), UInt8(packed & 0xFF)], as: UTF8.self)
    }

    /// Japan, which is not a foreign country or region for Ord. 3(5).
    public static let japan = CountryCode("JP")!
}
