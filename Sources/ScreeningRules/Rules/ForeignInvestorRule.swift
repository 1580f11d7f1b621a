/// Whether the investor is a foreign investor (外国投資家), fefta-rules.md §2.1 (FI1-FI5).
///
/// Legal basis: Act 26(1)(i)-(v); Order 2(1)-(3). A domestic person's acts are not inward direct investment,
/// so nothing is filed.
enum ForeignInvestorRule: ScreeningRule {
    static let id = RuleID.foreignInvestor
    static let citation = "Act 26(1)(i)-(v); Order 2(1)-(3) (FI1-FI5)"

    static func evaluate<R: FindingRecorder>(_ f: ResolvedFacts, _ recorder: inout R) -> Bool {
        let foreign = f.category.isForeignInvestor
        recorder.record(
            Finding(
                rule: id, question: .foreignInvestorQuestion, facts: [f.use(.investorCategory)],
                answer: foreign ? .foreignInvestorYes(f.category) : .foreignInvestorNo, citation: citation
            )
        )
        return foreign
    }
}

extension Finding.Message {
    static let foreignInvestorQuestion = Self(
        en: "Is the investor a foreign investor (Act 26(1))?", ja: "投資家は外国投資家（法26条1項）に該当するか。"
    )

    static func foreignInvestorYes(_ category: InvestorCategory) -> Self {
        .init(
            en: "Yes: \(category.rawValue) (\(category.ruleLabel)).",
            ja: "該当する（\(category.rawValue)、\(category.ruleLabel)）。"
        )
    }

    static let foreignInvestorNo = Self(
        en: "No: a domestic investor's acts are not inward direct investment; nothing is filed.",
        ja: "該当しない。居住者の行為は対内直接投資等に当たらず、届出・報告は不要。"
    )
}
