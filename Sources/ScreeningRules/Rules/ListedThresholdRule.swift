/// A3, A4, A9c, A9e: listed shares, votes, discretionary mandates and voting authority are inward direct
/// investment only from 1 % (10 % before 2020-06-07) of the issued shares or votes, aggregated with closely
/// related foreign investors.
///
/// Legal basis: Act 26(2)(iii)-(iv) (「百分の一以上」); Order 2(8)-(10), 2(16)(iii),(v); Order 3(1)(ix) (below 1 %
/// on the 実質株式 basis is excluded). Below the threshold: not FDI, nothing filed.
enum ListedThresholdRule: ScreeningRule {
    static let id = RuleID.listedThreshold
    static let citation = "Act 26(2)(iii)-(iv); Order 2(8)-(10), 2(16)(iii),(v); Order 3(1)(ix) (A3, A4, A9c, A9e)"

    static func evaluate<R: FindingRecorder>(_ f: ResolvedFacts, _ p: RegimeParameters, _ recorder: inout R) -> ActScope
    {
        let threshold = p.listedAcquisitionThreshold
        let reached = f.after.isAtLeast(threshold)
        recorder.record(
            Finding(
                rule: id, question: .thresholdQuestion(f.kind, threshold),
                facts: [f.use(.actKind), f.use(.holdingAfter)],
                answer: reached ? .thresholdReached(f.after, threshold) : .thresholdNotReached(f.after, threshold),
                citation: citation
            )
        )
        return reached ? .fdi : .notFDI
    }
}

extension Finding.Message {
    static func thresholdQuestion(_ kind: ActKind, _ threshold: Threshold) -> Self {
        .init(
            en: "Does the holding after the act (\(kind.ruleLabel)) reach \(threshold)%?",
            ja: "行為（\(kind.ruleLabel)）後の保有割合は\(threshold)%以上か。"
        )
    }

    static func thresholdReached(_ after: Percent, _ threshold: Threshold) -> Self {
        .init(
            en: "Yes: \(after)% ≥ \(threshold)%, so the act is inward direct investment.",
            ja: "以上である（\(after)% ≥ \(threshold)%）。対内直接投資等に当たる。"
        )
    }

    static func thresholdNotReached(_ after: Percent, _ threshold: Threshold) -> Self {
        .init(
            en: "No: \(after)% < \(threshold)%, so the act is not inward direct investment; nothing is filed.",
            ja: "未満である（\(after)% < \(threshold)%）。対内直接投資等に当たらず、届出・報告は不要。"
        )
    }
}
