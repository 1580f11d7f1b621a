/// A9a: acquiring privately placed bonds of more than one year issued by a Japanese entity is inward direct
/// investment under the same test as a loan: the balance exceeds ¥100m and 50 % of the issuer's liabilities (less
/// existing loans and bonds held by the acquirer's group).
///
/// Legal basis: Order 2(16)(i); Ord. 2(5)-(6). The caller states the outcome of that test as
/// `act.loanThresholdsMet`, the fact a loan uses; without it the determination is undetermined. 別表第三 has no
/// exempt report row for bonds in designated sectors, so the engine keeps notification required there
/// (fefta-rules.md §5 [D]); elsewhere row 12 (form 17) applies.
enum PrivateBondsRule: ScreeningRule {
    static let id = RuleID.privateBonds
    static let citation = "Order 2(16)(i); Ord. 2(5)-(6) (A9a)"

    static func evaluate<R: FindingRecorder>(_ f: ResolvedFacts, _ recorder: inout R) -> ActScope {
        let met = f.loanThresholdsMet
        recorder.record(
            Finding(
                rule: id, question: .bondsQuestion, facts: [f.use(.loanThresholdsMet)],
                answer: met.map { $0 ? .bondsCaught : .bondsNotCaught } ?? .loanMissing, citation: citation)
        )
        guard let met else { return .missing(.loanThresholdsMet) }
        return met ? .fdi : .notFDI
    }
}

extension Finding.Message {
    static let bondsQuestion = Self(
        en: "Do the bonds exceed ¥100m and 50% of the issuer's liabilities (Ord. 2(5)-(6))?",
        ja: "社債の取得は1億円超かつ発行者の負債の50%超か（命令2条5項・6項）。"
    )

    static let bondsCaught = Self(
        en: "Yes: the bonds are inward direct investment.", ja: "該当する。対内直接投資等に当たる。"
    )

    static let bondsNotCaught = Self(
        en: "No: the bonds are not inward direct investment; nothing is filed.",
        ja: "該当しない。対内直接投資等に当たらず、届出・報告は不要。"
    )
}
