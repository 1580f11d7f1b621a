/// SA: unlisted shares bought from another foreign investor are a specified acquisition (特定取得), caught only
/// where the target or its group carries on an SA-designated business.
///
/// Legal basis: Act 26(3), 28(1) (from 2017-10-01, T2017); Order 4(2); Ord. 4(2). The SA lists "generally
/// mirror" the FDI lists (fefta-rules.md §4.1, [R]); the engine applies `target.tier` to them and says so.
enum SpecifiedAcquisitionRule: ScreeningRule {
    static let id = RuleID.specifiedAcquisition
    static let citation = "Act 26(3), 28(1); Order 4(2); Ord. 4(2), 4-3(1) (SA)"

    static func evaluate<R: FindingRecorder>(_ f: ResolvedFacts, _ p: RegimeParameters, _ recorder: inout R) -> ActScope
    {
        let caught = f.tier.isDesignated
        recorder.record(
            Finding(
                rule: id, question: .specifiedAcquisitionQuestion,
                facts: [ResolvedFacts.use("act.fromForeignInvestor", true), f.use(.targetTier)],
                answer: caught ? .specifiedAcquisitionCaught : .specifiedAcquisitionNotCaught, citation: citation,
                note: .specifiedAcquisitionNote
            )
        )
        return caught ? .fdi : .notFDI
    }
}

extension Finding.Message {
    static let specifiedAcquisitionQuestion = Self(
        en:
            "Is the purchase of unlisted shares from another foreign investor a specified acquisition that must be notified?",
        ja: "他の外国投資家からの非上場株式の取得は、届出を要する特定取得に当たるか。"
    )

    static let specifiedAcquisitionCaught = Self(
        en: "Yes: a specified acquisition (SA) of a company in a designated sector.",
        ja: "当たる。指定業種を営む会社の株式の特定取得である。"
    )

    static let specifiedAcquisitionNotCaught = Self(
        en:
            "No: a specified acquisition is caught only in SA-designated sectors, and no report row covers it otherwise; nothing is filed.",
        ja: "当たらない。特定取得は特定取得に係る指定業種に限り対象で、それ以外の報告の項もない。届出・報告は不要。"
    )

    static let specifiedAcquisitionNote = Self(
        en:
            "The SA sector lists (告示 H29 No.3, R2 No.5) are read as mirroring the FDI lists, so target.tier is applied to them [R].",
        ja: "特定取得に係る業種告示は対内直接投資等の業種告示と同様と解し、target.tierを適用する［R］。"
    )
}
