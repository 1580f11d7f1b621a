/// A1 and A1x: any acquisition of unlisted shares is inward direct investment, except one that leaves the
/// investor below 10 % where neither the target nor its group carries on a designated business.
///
/// Legal basis: Act 26(2)(i) (any amount); Order 3(1)(iv) (A1x: 百分の十未満 and no designated business →
/// excluded from FDI, so neither notification nor report).
enum UnlistedFloorRule: ScreeningRule {
    static let id = RuleID.unlistedFloor
    static let citation = "Act 26(2)(i); Order 3(1)(iv) (A1, A1x)"

    static func evaluate<R: FindingRecorder>(_ f: ResolvedFacts, _ p: RegimeParameters, _ recorder: inout R) -> ActScope
    {
        let excluded = !f.tier.isDesignated && f.after.isBelow(p.unlistedFloor)
        recorder.record(
            Finding(
                rule: id, question: .unlistedQuestion, facts: [f.use(.targetTier), f.use(.holdingAfter)],
                answer: excluded ? .unlistedExcluded(f.after) : .unlistedIncluded, citation: citation
            )
        )
        return excluded ? .notFDI : .fdi
    }
}

extension Finding.Message {
    static let unlistedQuestion = Self(
        en:
            "Is the acquisition of unlisted shares inward direct investment (A1), or excluded below 10% in a non-designated company (A1x)?",
        ja: "非上場株式の取得は対内直接投資等か（A1）、又は指定業種以外で10%未満のため除外されるか（A1x）。"
    )

    static func unlistedExcluded(_ after: Percent) -> Self {
        .init(
            en:
                "Excluded: the target and its group are non-designated and the holding stays below 10% (\(after)%); nothing is filed.",
            ja: "除外される。対象会社及びそのグループは指定業種以外で、保有割合は10%未満（\(after)%）。届出・報告は不要。"
        )
    }

    static let unlistedIncluded = Self(
        en: "It is inward direct investment: any amount counts for unlisted shares.",
        ja: "対内直接投資等に当たる（非上場株式は1株から対象）。"
    )
}
