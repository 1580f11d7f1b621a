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
    package var description: String { text(.en) }

    /// The line in `language`: `17行目、holding_after: '1.2.3': 1.5 のような10進数が必要` in Japanese.
    package func text(_ language: Language) -> String {
        let quoted = value.isEmpty ? "" : ": '\(value)'"
        guard language == .ja else { return "line \(line), \(column)" + quoted + ": " + expectation }
        return "\(line)行目、\(column)" + quoted + ": " + expectationJa
    }

    /// What was expected, in Japanese.
    var expectationJa: String {
        switch problem {
        case .missingField: "この列より前で行が終わっている"
        case .missingIssuer: "証券コード（またはISIN）が必要"
        case .invalidCode: "証券コードは数字と英大文字の4桁または5桁（例: 7203、130A）"
        case .unknownCode: "この証券コードは発行会社リストにない"
        case .invalidISIN: "ISINは12文字（例: JP3633400001）"
        case .unknownISIN: "このISINは発行会社リストにない"
        case .invalidPercent(let reason):
            switch reason {
            case .empty: "保有割合（%）が空欄"
            case .malformed: "1.5 のような10進数が必要"
            case .notANumber: "NaN や Infinity は割合ではない"
            case .negative: "割合は負にならない"
            case .tooManyFractionalDigits: "小数点以下は\(Percent.fractionalDigits)桁まで（この値は丸められてしまう）"
            case .tooLarge: "値が大きすぎる"
            case .aboveHundred: "保有割合は0から100の間"
            }
        case .beforeAboveAfter(let before, let after):
            "取得後（\(after)）が取得前（\(before)）を下回る: 各行は取得でなければならない"
        case .aggregateAboveHundred(let code, let rows): "\(code) の\(rows)行の合計が100%を超える"
        }
    }
}
