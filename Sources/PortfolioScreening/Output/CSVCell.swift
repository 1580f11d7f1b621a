/// Writing CSV cells safely for spreadsheets.
package enum CSVCell {
    /// `text` as one CSV cell: neutralised against formula injection, then quoted when it needs to be.
    ///
    /// Issuer names come from external lists, and a spreadsheet runs a cell that starts with `=`, `+`, `-`, `@`,
    /// a tab or a carriage return as a formula (CWE-1236, OWASP "CSV Injection"). Such a cell gets a leading
    /// apostrophe, which spreadsheets show as text. A cell holding a comma, quote or line break is quoted, with
    /// quotes doubled (RFC 4180).
    package static func escaped(_ text: String) -> String {
        var cell = text
        if let first = cell.utf8.first,
            first == UInt8(ascii: "=") || first == UInt8(ascii: "+") || first == UInt8(ascii: "-")
                || first == UInt8(ascii: "@") || first == 0x09 || first == 0x0D
        {
            cell = "'" + cell
        }
        let needsQuotes = cell.utf8.contains {
            $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D
        }
        guard needsQuotes else { return cell }
        var quoted = "\""
        for character in cell {
            quoted.append(character)
            if character == "\"" { quoted.append("\"") }
        }
        return quoted + "\""
    }

    /// A CSV line (CRLF-free, ending in LF) of escaped cells.
    package static func line(_ cells: [String]) -> String {
        cells.map(escaped).joined(separator: ",") + "\n"
    }
}
