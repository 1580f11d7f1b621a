import ScreeningRules

/// Why a holdings file cannot be screened at all (as opposed to a bad row, a ``HoldingsRejection``).
package enum HoldingsError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file has no header row.
    case empty
    /// The header lacks required columns.
    case missingColumns([String], line: Int, header: [String])
    /// A column appears twice in the header.
    case duplicateColumn(name: String, line: Int, column: Int, firstColumn: Int)
    /// The header cells are not valid text.
    case headerEncoding(TextDecodingError, line: Int)
    /// The CSV quoting is broken (the rows after it cannot be told apart).
    case csv(CSVError)
    /// One record is longer than the read buffer.
    case recordTooLong(line: Int, limit: Int)
    /// Holdings name issuers by ISIN but the issuer list has no ISINs.
    case listHasNoISINs
    /// Reading failed (the message of the operating system).
    case readFailed(String)

    /// One line for the user.
    package var description: String {
        switch self {
        case .empty:
            "the holdings file is empty: expected a header row with securities_code, holding_before, holding_after"
        case .missingColumns(let missing, let line, let header):
            "line \(line): the header lacks \(missing.joined(separator: ", ")); it has "
                + header.map { "'\(MessageText.displayed($0))'" }.joined(separator: ", ")
                + (HoldingsError.looksSemicolonSeparated(header)
                    ? "; the header looks semicolon-separated: save the file with commas (or tabs) between columns"
                    : "")
        case .duplicateColumn(let name, let line, let column, let first):
            "line \(line), column \(column) ('\(MessageText.displayed(name))'): this column repeats column \(first)"
        case .headerEncoding(let error, let line): "line \(line): the header is not valid text: \(error)"
        case .csv(let error): error.description
        case .recordTooLong(let line, let limit):
            "line \(line): a record longer than \(limit / 1_048_576) MiB; is this a holdings CSV file?"
        case .listHasNoISINs:
            "the holdings name issuers by ISIN, but the issuer list has no ISIN column; add securities_code"
        case .readFailed(let message): "cannot read the holdings: \(message)"
        }
    }

    /// Whether a header that lacks columns would have them split at semicolons (as spreadsheets in locales with a
    /// decimal comma save "CSV").
    static func looksSemicolonSeparated(_ header: [String]) -> Bool {
        let pieces = header.flatMap { $0.split(separator: ";").map { IssuerListParser.trimmed(String($0)) } }
        guard header.contains(where: { $0.contains(";") }), pieces.count > header.count else { return false }
        return (try? HoldingsColumns(names: pieces, line: 1)) != nil
    }
}
