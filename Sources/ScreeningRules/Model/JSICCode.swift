/// A code of the Japan Standard Industrial Classification (日本標準産業分類): a division letter (`E`), a major
/// group (`28`), a group (`281`) or an industry (`2814`).
///
/// The designated-industry catalogue and `target.industries` use these codes (Rev.14 unless stated).
public struct JSICCode: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The code as written: one capital A–T, or two to four digits.
    public let code: String

    /// A code from its text, or `nil` when it is neither a division letter A–T nor two to four digits.
    public init?(_ text: some StringProtocol) {
        let bytes = Array(text.utf8)
        if bytes.count == 1, bytes[0] >= UInt8(ascii: "A"), bytes[0] <= UInt8(ascii: "T") {
            code = String(text)
            return
        }
        guard (2...4).contains(bytes.count), bytes.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        code = String(text)
    }

    /// Whether the code is a division letter.
    public var isDivision: Bool { code.utf8.first.map { $0 >= UInt8(ascii: "A") } ?? false }

    /// The division letter the code belongs to (`E` for `2814`), from the JSIC major-group ranges.
    public var division: Character? {
        if isDivision { return code.first }
        guard let major = Int(code.prefix(2)) else { return nil }
        return JSICCode.divisionRanges.first { $0.range.contains(major) }?.division
    }

    /// JSIC divisions by major-group number (Rev.13 and Rev.14 share them).
    static let divisionRanges: [(division: Character, range: ClosedRange<Int>)] = [
        ("A", 1...2), ("B", 3...4), ("C", 5...5), ("D", 6...8), ("E", 9...32), ("F", 33...36), ("G", 37...41),
        ("H", 42...49), ("I", 50...61), ("J", 62...67), ("K", 68...70), ("L", 71...74), ("M", 75...77),
        ("N", 78...80), ("O", 81...82), ("P", 83...85), ("Q", 86...87), ("R", 88...96), ("S", 97...98), ("T", 99...99),
    ]

    /// The code as written.
    public var description: String { code }

    /// Orders codes by their text.
    public static func < (lhs: JSICCode, rhs: JSICCode) -> Bool { lhs.code < rhs.code }
}
