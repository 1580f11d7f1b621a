import ScreeningRules

/// Why an issuer list file cannot be imported, with the line and column at fault.
///
/// An import is all or nothing: the first error stops it and nothing is stored.
package struct IssuerListError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong.
    package enum Reason: Sendable, Hashable {
        /// The file holds nothing but blank lines.
        case empty
        /// No row among the first rows names both a securities code column and a category column.
        case noHeader(searchedRows: Int)
        /// A column appears twice in the header.
        case duplicateColumn(firstColumn: Int)
        /// The bytes are not valid in the detected encoding.
        case encoding(TextDecodingError)
        /// The CSV quoting is broken.
        case csv(CSVError)
        /// A row has fewer fields than the header names.
        case missingField
        /// The securities code is not four or five digits and capitals.
        case invalidCode
        /// The securities code appeared on an earlier line.
        case duplicateCode(firstLine: Int)
        /// The ISIN is not 12 characters with a valid check digit.
        case invalidISIN
        /// The ISIN appeared on an earlier line.
        case duplicateISIN(firstLine: Int)
        /// The category is not 1, 2, 3, ①, ② or ③.
        case invalidCategory
        /// 特定コア事業者 is marked for an issuer whose category is not ③.
        case specifiedCoreWithoutCore
        /// A name longer than ``IssuerListParser/maximumNameLength`` characters.
        case nameTooLong
        /// A name holding a control character other than a line break or tab.
        case controlCharacterInName
        /// The header has no data rows under it.
        case noIssuers
    }

    /// What is wrong.
    package let reason: Reason
    /// The line (1-based), when the error is on one.
    package let line: Int?
    /// The column (1-based), when the error is in one.
    package let column: Int?
    /// The column's header text, when known.
    package let columnName: String?
    /// The offending value, shortened to at most 40 characters.
    package let value: String?

    /// An error.
    package init(
        _ reason: Reason, line: Int? = nil, column: Int? = nil, columnName: String? = nil, value: String? = nil
    ) {
        self.reason = reason
        self.line = line
        self.column = column
        self.columnName = columnName.map {
            MessageText.displayed($0.split(whereSeparator: \.isNewline).joined(separator: " "), limit: 60)
        }
        self.value = value.map { MessageText.displayed($0) }
    }

    /// Where the error is: `line 12, column 5 (区分)`.
    package var location: String {
        var parts: [String] = []
        if let line { parts.append("line \(line)") }
        if let column { parts.append("column \(column)" + (columnName.map { " (\($0))" } ?? "")) }
        return parts.joined(separator: ", ")
    }

    /// What was expected.
    package var expectation: String {
        switch reason {
        case .empty: "the file is empty"
        case .noHeader(let rows):
            "no header row in the first \(rows) rows: expected columns securities_code and category "
                + "(or 証券コード and 区分), with name, name_en, isin (会社名, ISINコード, 特定コア事業者) optional"
        case .duplicateColumn(let first): "this column repeats column \(first); each column may appear once"
        case .encoding(let error): error.description
        case .csv(let error): error.description
        case .missingField: "the row ends before this column"
        case .invalidCode: "expected a securities code of 4 or 5 digits and capitals, such as 7203 or 130A"
        case .duplicateCode(let first): "this securities code is already listed on line \(first)"
        case .invalidISIN: "expected a 12-character ISIN with a valid check digit, such as JP3633400001"
        case .duplicateISIN(let first): "this ISIN is already listed on line \(first)"
        case .invalidCategory: "expected a category 1, 2, 3 or ①, ②, ③ (non-designated, designated, core)"
        case .specifiedCoreWithoutCore: "特定コア事業者 is marked but the category is not ③; a 特定コア事業者 is always core"
        case .nameTooLong: "a name may have at most \(IssuerListParser.maximumNameLength) characters"
        case .controlCharacterInName: "a name may not contain control characters"
        case .noIssuers: "the header has no issuer rows under it"
        }
    }

    /// One line for the user: location, value and what was expected.
    package var description: String {
        if case .csv(let error) = reason { return error.description }
        var text = location
        if let value { text += (text.isEmpty ? "" : ": ") + "'\(value)'" }
        return text + (text.isEmpty ? "" : ": ") + expectation
    }
}
