/// A9b: acquiring investment securities (出資証券) of a corporation established by special law is inward direct
/// investment in any amount.
///
/// Legal basis: Order 2(16)(ii). Outside the exemption (Order 3-2(2)(ii)); row 8 (form 11) in non-designated
/// sectors. `target.tier` is read as the tier of the issuing corporation.
enum SpecialLawSecuritiesRule: ScreeningRule {
    static let id = RuleID.specialLawSecurities
    static let citation = "Order 2(16)(ii) (A9b)"

    static func evaluate<R: FindingRecorder>(_ f: ResolvedFacts, _ recorder: inout R) -> ActScope {
        recorder.record(
            Finding(
                rule: id, question: .specialLawSecuritiesQuestion, facts: [f.use(.actKind)],
                answer: .specialLawSecuritiesCaught, citation: citation)
        )
        return .fdi
    }
}

extension Finding.Message {
    static let specialLawSecuritiesQuestion = Self(
        en: "Is acquiring investment securities of a special-law corporation inward direct investment?",
        ja: "特別の法律により設立された法人の発行する出資証券の取得は対内直接投資等か。"
    )

    static let specialLawSecuritiesCaught = Self(
        en: "Yes: in any amount (Order 2(16)(ii)).", ja: "当たる。規模を問わず当たる（令2条16項2号）。"
    )
}
