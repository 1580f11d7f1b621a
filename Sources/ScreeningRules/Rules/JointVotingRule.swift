/// A9g: obtaining other foreign investors' consent to exercise a listed company's votes jointly is inward
/// direct investment only when the votes combined reach 10 %.
///
/// Legal basis: Order 2(16)(vii) (共同議決権行使同意取得, 「百分の十以上」). `act.holdingAfter` is the combined votes.
enum JointVotingRule: ScreeningRule {
    static let id = RuleID.jointVoting
    static let citation = "Order 2(16)(vii) (A9g)"

    static func evaluate<R: FindingRecorder>(_ f: ResolvedFacts, _ p: RegimeParameters, _ recorder: inout R) -> ActScope
    {
        let threshold = p.jointVotingThreshold
        let reached = f.after.isAtLeast(threshold)
        recorder.record(
            Finding(
                rule: id, question: .jointVotingQuestion(threshold), facts: [f.use(.holdingAfter)],
                answer: reached ? .thresholdReached(f.after, threshold) : .thresholdNotReached(f.after, threshold),
                citation: citation
            )
        )
        return reached ? .fdi : .notFDI
    }
}

extension Finding.Message {
    static func jointVotingQuestion(_ threshold: Threshold) -> Self {
        .init(
            en: "Do the votes combined under the joint-voting agreement reach \(threshold)%?",
            ja: "共同議決権行使の同意により合計した議決権は\(threshold)%以上か。"
        )
    }
}
