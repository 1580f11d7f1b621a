/// A7: a loan of more than one year to a Japanese entity is inward direct investment when the balance exceeds
/// ¥100m and 50 % of the borrower's liabilities (less existing loans and bonds held by the lender's group), unless
/// the lender is an excluded financial institution lending in its business.
///
/// Legal basis: Act 26(2)(vii); Order 2(14)-(15); Ord. 2(3)-(4). The caller states the outcome of those tests
/// as `act.loanThresholdsMet`; without it the determination is undetermined.
enum LoanRule: ScreeningRule {
    static let id = RuleID.loan
    static let citation = "Act 26(2)(vii); Order 2(14)-(15); Ord. 2(3)-(4) (A7)"

    static func evaluate<R: FindingRecorder>(_ f: ResolvedFacts, _ recorder: inout R) -> ActScope {
        guard let met = f.loanThresholdsMet else {
            recorder.record(
                Finding(
                    rule: id, question: .loanQuestion, facts: [f.use(.loanThresholdsMet)], answer: .loanMissing,
                    citation: citation)
            )
            return .missing(.loanThresholdsMet)
        }
        recorder.record(
            Finding(
                rule: id, question: .loanQuestion, facts: [f.use(.loanThresholdsMet)],
                answer: met ? .loanCaught : .loanNotCaught, citation: citation
            )
        )
        return met ? .fdi : .notFDI
    }
}

extension Finding.Message {
    static let loanQuestion = Self(
        en: "Does the loan exceed ¥100m and 50% of the borrower's liabilities (Order 2(14)-(15))?",
        ja: "貸付けは1億円超かつ借入者の負債の50%超か（令2条14項・15項）。"
    )

    static let loanMissing = Self(
        en: "Not given: act.loanThresholdsMet is needed.", ja: "不明。act.loanThresholdsMetが必要。"
    )

    static let loanCaught = Self(en: "Yes: the loan is inward direct investment.", ja: "該当する。対内直接投資等に当たる。")

    static let loanNotCaught = Self(
        en: "No: the loan is not inward direct investment; nothing is filed.",
        ja: "該当しない。対内直接投資等に当たらず、届出・報告は不要。"
    )
}
