import ScreeningRules

/// A plain-text table for a terminal: columns padded to the widest cell as a terminal shows it (Japanese characters
/// take two columns), long cells cut with `…`, and control characters escaped so that a name from an external list
/// can neither break the layout nor send the terminal escape sequences.
package struct TextTable: Sendable {
    /// How a column's cells line up.
    package enum Alignment: Sendable {
        /// Text, padded on the right.
        case left
        /// Numbers, padded on the left.
        case right
    }

    /// One column: its heading, alignment and widest allowed cell (in terminal columns).
    package struct Column: Sendable {
        /// The heading.
        package var title: String
        /// How cells line up.
        package var alignment: Alignment
        /// The widest cell shown; longer ones are cut with `…`.
        package var maximumWidth: Int

        /// A column.
        package init(_ title: String, _ alignment: Alignment = .left, maximumWidth: Int = 40) {
            self.title = title
            self.alignment = alignment
            self.maximumWidth = maximumWidth
        }
    }

    /// The columns.
    package var columns: [Column]
    /// The rows, one cell per column.
    package var rows: [[String]] = []

    /// A table with `columns` and no rows.
    package init(columns: [Column]) {
        self.columns = columns
    }

    /// The heading, a rule, and one line per row, each ending with a newline; cells are two spaces apart and no
    /// line ends with spaces.
    package func rendered() -> String {
        let cells = ([columns.map(\.title)] + rows).map { row in
            columns.indices.map { index in
                TextTable.fitted(index < row.count ? row[index] : "", width: columns[index].maximumWidth)
            }
        }
        let widths = columns.indices.map { index in cells.map { TextTable.displayWidth($0[index]) }.max() ?? 0 }
        var lines = cells.map { line in
            var text = ""
            for index in columns.indices {
                let cell = line[index]
                let padding = String(repeating: " ", count: widths[index] - TextTable.displayWidth(cell))
                if index > 0 { text += "  " }
                text += columns[index].alignment == .left ? cell + padding : padding + cell
            }
            return TextTable.trimmingTrailingSpaces(text)
        }
        let ruleWidth = widths.reduce(0, +) + 2 * max(0, widths.count - 1)
        lines.insert(String(repeating: "-", count: ruleWidth), at: 1)
        return lines.map { $0 + "\n" }.joined()
    }

    /// The columns `text` takes on a terminal: two for East Asian wide and fullwidth characters, none for
    /// combining marks and zero-width characters, one otherwise.
    package static func displayWidth(_ text: some StringProtocol) -> Int {
        text.unicodeScalars.reduce(0) { $0 + width(of: $1) }
    }

    /// `text` with control and bidirectional-override characters escaped, cut to `width` terminal columns.
    package static func fitted(_ text: String, width: Int) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            if MessageText.isControl(scalar) || (0x202A...0x202E).contains(scalar.value)
                || (0x2066...0x2069).contains(scalar.value)
            {
                escaped += "\\u{" + String(scalar.value, radix: 16) + "}"
            } else {
                escaped.unicodeScalars.append(scalar)
            }
        }
        guard displayWidth(escaped) > width else { return escaped }
        var cut = ""
        var used = 0
        for scalar in escaped.unicodeScalars {
            let next = self.width(of: scalar)
            if used + next > width - 1 { break }
            cut.unicodeScalars.append(scalar)
            used += next
        }
        return cut + "…"
    }

    private static func width(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        switch value {
        case 0x0300...0x036F, 0x200B...0x200F, 0x3099...0x309A, 0xFE00...0xFE0F: return 0
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
            0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F,
            0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return 2
        default: return 1
        }
    }

    private static func trimmingTrailingSpaces(_ text: String) -> String {
        var text = Substring(text)
        while text.last == " " { text.removeLast() }
        return String(text)
    }
}
