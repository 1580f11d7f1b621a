/// Recognises header cells by name, in English or Japanese, however a spreadsheet wrote them.
///
/// A header is compared in a normal form: full-width ASCII (`（`, `Ａ`) as half-width, case folded, and spaces
/// (including U+3000), line breaks, `_` and `-` removed. The MOF list writes bilingual headers such as
/// `証券コード\n(Securities code)`, so the whole header is tried first, then the text outside the parentheses
/// (`証券コード`), then the text inside them (`securitiescode`); the first alias matched decides the column.
package struct ColumnMatcher<Column: Hashable & Sendable>: Sendable {
    private let aliases: [String: Column]

    /// A matcher.
    ///
    /// - Parameter table: each column with its accepted names (in any form; they are normalised here).
    package init(_ table: [(Column, [String])]) {
        var aliases: [String: Column] = [:]
        for (column, names) in table {
            for name in names { aliases[ColumnMatcher.normalised(name)] = column }
        }
        self.aliases = aliases
    }

    /// The column a header cell names, or `nil` when it names none of them.
    package func column(for header: String) -> Column? {
        for key in ColumnMatcher.keys(header) {
            if let column = aliases[key] { return column }
        }
        return nil
    }

    /// The forms tried for a header: whole, outside the parentheses, inside them (empty forms left out).
    static func keys(_ header: String) -> [String] {
        let whole = normalised(header)
        var outside = ""
        var inside = ""
        var depth = 0
        for character in whole {
            switch character {
            case "(": depth += 1
            case ")": depth = max(0, depth - 1)
            default:
                if depth == 0 { outside.append(character) } else { inside.append(character) }
            }
        }
        return [whole, outside, inside].filter { !$0.isEmpty }
    }

    /// The normal form of a header.
    static func normalised(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            var value = scalar.value
            if value >= 0xFF01 && value <= 0xFF5E { value -= 0xFEE0 }  // full-width ASCII
            if value == 0x3000 { value = 0x20 }  // ideographic space
            if value >= 0x41 && value <= 0x5A { value += 0x20 }  // ASCII upper case
            switch value {
            case 0x20, 0x09, 0x0A, 0x0D, 0x5F, 0x2D: continue  // space, tab, line breaks, `_`, `-`
            default: break
            }
            if let normal = Unicode.Scalar(value) { result.append(normal) }
        }
        return String(result)
    }
}
