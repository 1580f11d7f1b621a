package import JapaneseCalendar
package import ScreeningRules

/// The table layout `fefta portfolio check` and `fefta portfolio show` share: issuer, tier, holding before and
/// after, outcome and report, then a column of each command's own; and how those cells read.
package enum PortfolioTable {
    /// The shared columns, in `language`, followed by `last`.
    package static func columns(_ language: Language, last: TextTable.Column) -> [TextTable.Column] {
        let ja = language == .ja
        return [
            .init(ja ? "銘柄" : "issuer", maximumWidth: 34),
            .init(ja ? "区分" : "tier", maximumWidth: 20),
            .init(ja ? "取得前 %" : "before %", .right),
            .init(ja ? "取得後 %" : "after %", .right),
            .init(ja ? "結論" : "outcome", maximumWidth: 32),
            .init(ja ? "事後報告" : "report", maximumWidth: 24),
            last,
        ]
    }

    /// `7203 Example Motor`: the code and the name in `language` (the Japanese name when there is no English one).
    package static func issuer(code: String, name: String?, nameEn: String?, _ language: Language) -> String {
        let english = nameEn.flatMap { $0.isEmpty ? nil : $0 }
        let shown = (language == .ja ? name : english ?? name) ?? ""
        return shown.isEmpty ? code : code + " " + shown
    }

    /// `exempt (B1 B2 B3)`, `事前届出免除（B1 B2 B3）`.
    package static func outcome(_ outcome: Outcome, conditions: ExemptionConditions, _ language: Language) -> String {
        guard !conditions.isEmpty else { return outcome.label(language) }
        let labels = conditions.labels.joined(separator: " ")
        return outcome.label(language) + (language == .ja ? "（\(labels)）" : " (\(labels))")
    }

    /// `P3 2025-10-16`, `P3 2025年10月16日`, or empty without a report.
    package static func report(_ row: ReportRow?, due: LegalDate?, _ language: Language) -> String {
        guard let row else { return "" }
        return row.rawValue + (due.map { " " + day($0, language) } ?? "")
    }

    /// A date in a table cell: ISO 8601 in English, `2025年10月16日` in Japanese.
    package static func day(_ date: LegalDate, _ language: Language) -> String {
        language == .ja ? date.japanese : date.iso8601
    }
}
