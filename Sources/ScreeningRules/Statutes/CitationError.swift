/// Why a text is not a citation: the text, the position and what was expected there.
public struct CitationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The text that was read.
    public var text: String
    /// The offset (in characters) where reading stopped.
    public var offset: Int
    /// What was expected at `offset`.
    public var expected: String

    /// An error.
    public init(text: String, offset: Int, expected: String) {
        self.text = text
        self.offset = offset
        self.expected = expected
    }

    public var description: String {
        let shown = text.count > 80 ? String(text.prefix(80)) + "…" : text
        if offset >= text.count { return "'\(shown)': \(expected) at the end" }
        let rest = String(text.dropFirst(offset).prefix(20))
        return "'\(shown)': \(expected) at character \(offset + 1) ('\(rest)')"
    }

    /// The forms a citation takes, for error messages and help.
    public static let acceptedForms = """
        a citation in the notation findings use, such as "Act 27-2(1)", "Order 3-2(2)(iii)イ-ロ", \
        "Ord. 6-2; Ord. 別表第三 row 3", "Civil Code Art. 140", "Holidays Act Art. 2", \
        "Act Suppl. (Act No. 60 of 2019) 3(1)"; the Japanese form, such as 法27条の2第1項, 令3条2項1号, \
        命令別表第三第3号, 民法140条; or a rule id, such as A3, P6, B1, D11
        """
}
