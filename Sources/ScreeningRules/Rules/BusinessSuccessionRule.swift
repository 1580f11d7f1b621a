/// A8: acquiring a business from a resident company by transfer, absorption split or merger is inward direct
/// investment in any amount (from 2020-06-07).
///
/// Legal basis: Act 26(2)(viii) (Act No. 60 of 2019). `target.tier` is read as the tier of the business taken over.
enum BusinessSuccessionRule: ScreeningRule {
    static let id = RuleID.businessSuccession
    static let citation = "Act 26(2)(viii) (A8)"

    static func evaluate<R: FindingRecorder>(_ f: ResolvedFacts, _ recorder: inout R) -> ActScope {
        recorder.record(
            Finding(
                rule: id, question: .successionQuestion, facts: [f.use(.actKind)], answer: .successionCaught,
                citation: citation)
        )
        return .fdi
    }
}

extension Finding.Message {
    static let successionQuestion = Self(
        en: "Is taking over the business inward direct investment?", ja: "事業の承継は対内直接投資等か。"
    )

    static let successionCaught = Self(
        en: "Yes: a business succession from a resident company is inward direct investment in any amount.",
        ja: "当たる。居住者からの事業の譲受け等は規模を問わず対内直接投資等に当たる。"
    )
}
