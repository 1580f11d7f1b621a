package import ScreeningRules

/// A holdings row that was not screened, with its line, column, value and what was expected.
package struct HoldingsRejection: Sendable, Hashable, CustomStringConvertible {
    /// What is wrong with the row.
    package enum Problem: Sendable, Hashable {
        /// The row ends before a required column.
        case missingField
        /// Neither a securities code nor an ISIN is given.
        case missingIssuer
        /// The securities code is not 4 or 5 digits and capitals.
        case invalidCode
        /// The securities code is not on the issuer list.
        case unknownCode
        /// The ISIN is not 12 digits and capitals.
        case invalidISIN
        /// The ISIN is not on the issuer list.
        case unknownISIN
        /// The holding is not an exact percentage.
        case invalidPercent(PercentError.Reason)
        /// The holding after is below the holding before (the row is not an acquisition).
        case beforeAboveAfter(before: Percent, after: Percent)
        /// The rows of one issuer add up to more than 100 %.
        case aggregateAboveHundred(securitiesCode: String, rows: Int)
    }

    /// The line of the row (for an aggregate, the issuer's first row).
    package var line: Int
    /// The header name of the column at fault.
    package var column: String
    /// The value, shortened to at most 40 characters.
    package var value: String
    /// What is wrong.
    package var problem: Problem

    /// A rejection.
    package init(line: Int, column: String, value: String, problem: Problem) {
        self.line = line
        self.column = MessageText.displayed(column, limit: 60)
        self.value = MessageText.displayed(value)
        self.problem = problem
    }

    /// What was expected.
    package var expectation: String {
        switch problem {
        case .missingField: "the row ends before this column"
        case .missingIssuer: "a securities code (or ISIN) is required"
        case .invalidCode: "expected a securities code of 4 or 5 digits and capitals, such as 7203 or 130A"
        case .unknownCode: "this securities code is not on the issuer list"
        case .invalidISIN: "expected a 12-character ISIN such as JP3633400001"
        case .unknownISIN: "this ISIN is not on the issuer list"
        case .invalidPercent(let reason): PercentError(reason, text: value).expectation
        case .beforeAboveAfter(let before, let after):
            "holding_after (\(after)) is below holding_before (\(before)); each row must be an acquisition"
        case .aggregateAboveHundred(let code, let rows):
            "the \(rows) rows of \(code) add up to more than 100 %"
        }
    }

    /// One line: `line 17, holding_after: '1.2.3': expected a decimal number such as 1.5`.
    package var description: String {
        "line \(line), \(column)" + (value.isEmpty ? "" : ": '\(value)'") + ": " + expectation
    }
}
