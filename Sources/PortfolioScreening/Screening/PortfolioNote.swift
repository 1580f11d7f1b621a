package import ScreeningRules

/// A remark on one issuer's row: why it was not screened, what facts are missing, or how close the holding is to a
/// threshold that changes the obligation.
///
/// Kept as data rather than text so that every output (CSV, JSON, the table) says it in the chosen language and the
/// summary counts exactly the rows whose notes warn of a threshold (``isNearThreshold``).
package enum PortfolioNote: Sendable, Hashable {
    /// The issuer was not screened: one of its rows was rejected, or its rows add up to more than 100 %.
    case notScreened(HoldingsRejection)
    /// The engine could not decide: the facts at these paths are missing (none named: undetermined as such).
    case missingFacts([String])
    /// The holding after is `points` (at most 0.1) below `threshold`; reaching it gives `reaching`.
    case belowThreshold(points: Percent, threshold: Threshold, reaching: Obligation)
    /// The holding after is `points` (at most 0.1, possibly 0) at or above `threshold`; stopping below it would give
    /// `stoppingBelow`.
    case aboveThreshold(points: Percent, threshold: Threshold, stoppingBelow: Obligation)

    /// Whether the note warns of a threshold within 0.1 points, below or above: what the summary counts.
    package var isNearThreshold: Bool {
        switch self {
        case .belowThreshold, .aboveThreshold: true
        case .notScreened, .missingFacts: false
        }
    }

    /// The note in `language`, one clause without a final full stop.
    package func text(_ language: Language) -> String {
        let ja = language == .ja
        switch self {
        case .notScreened(let rejection):
            return (ja ? "未審査: " : "not screened: ") + rejection.text(language)
        case .missingFacts(let paths):
            if paths.isEmpty { return ja ? "判断できない" : "undetermined" }
            return (ja ? "不足している事実: " : "missing ") + paths.joined(separator: ", ")
        case .belowThreshold(let points, let threshold, let reaching):
            let level = PortfolioNote.thresholdText(threshold, language)
            return ja
                ? "\(level)まであと\(points)ポイント: 達すると\(reaching.text(language))"
                : "\(points) points below \(level): reaching it gives \(reaching.text(language))"
        case .aboveThreshold(let points, let threshold, let stoppingBelow):
            let level = PortfolioNote.thresholdText(threshold, language)
            if points == .zero {
                return ja
                    ? "ちょうど\(level): 下回っていれば\(stoppingBelow.text(language))"
                    : "at \(level): stopping below it gives \(stoppingBelow.text(language))"
            }
            return ja
                ? "\(level)を\(points)ポイント上回る: 下回っていれば\(stoppingBelow.text(language))"
                : "\(points) points above \(level): stopping below it gives \(stoppingBelow.text(language))"
        }
    }

    /// `10 %` (`10%` in Japanese), or for a third `1/3` (`3分の1`).
    static func thresholdText(_ threshold: Threshold, _ language: Language) -> String {
        if threshold == .oneThird { return language == .ja ? "3分の1" : "1/3" }
        return language == .ja ? "\(threshold)%" : "\(threshold) %"
    }
}

extension Obligation {
    /// The obligation for people: `exempt (B1 B2 B3), report row P3`, `post-investment report (row P5)`; in
    /// Japanese `事前届出免除（B1 B2 B3）、事後報告 P3`, `事後報告（P5）`.
    package func text(_ language: Language) -> String {
        let ja = language == .ja
        var text = outcome.label(language)
        if !conditions.isEmpty {
            let labels = conditions.labels.joined(separator: " ")
            text += ja ? "（\(labels)）" : " (\(labels))"
        }
        guard let row else { return text }
        if outcome == .postInvestmentReport { return text + (ja ? "（\(row.rawValue)）" : " (row \(row.rawValue))") }
        return text + (ja ? "、事後報告 \(row.rawValue)" : ", report row \(row.rawValue)")
    }
}
