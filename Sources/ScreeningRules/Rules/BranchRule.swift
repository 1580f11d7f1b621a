/// A6: establishing a branch, factory or other office in Japan, or substantially changing one, by a
/// non-resident individual or a foreign entity, is inward direct investment only where its business is
/// designated.
///
/// Legal basis: Act 26(2)(vi) (only 26(1)(i)-(ii) investors); Order 2(13); Ord. 3(2)(xi)-(xii) (non-designated
/// branch business → excluded). `target.tier` is read as the tier of the branch's business. Branches of banks,
/// insurers and other businesses under their own licensing laws (Order 2(13)) are outside the act; the engine
/// has no fact for them and relies on the caller not to submit them.
enum BranchRule: ScreeningRule {
    static let id = RuleID.branch
    static let citation = "Act 26(2)(vi); Order 2(13); Ord. 3(2)(xi)-(xii) (A6)"

    static func evaluate<R: FindingRecorder>(_ f: ResolvedFacts, _ recorder: inout R) -> ActScope {
        let eligible = f.category == .nonResidentIndividual || f.category == .foreignEntity
        let caught = eligible && f.tier.isDesignated
        recorder.record(
            Finding(
                rule: id, question: .branchQuestion, facts: [f.use(.investorCategory), f.use(.targetTier)],
                answer: !eligible ? .branchWrongInvestor : caught ? .branchCaught : .branchNotDesignated,
                citation: citation
            )
        )
        return caught ? .fdi : .notFDI
    }
}

extension Finding.Message {
    static let branchQuestion = Self(
        en: "Is establishing or changing the branch inward direct investment?", ja: "支店等の設置又は変更は対内直接投資等か。"
    )

    static let branchWrongInvestor = Self(
        en:
            "No: only non-resident individuals and foreign entities can make this act (Act 26(2)(vi)); nothing is filed.",
        ja: "当たらない。非居住者である個人及び外国法人等の行為に限られる（法26条2項6号）。届出・報告は不要。"
    )

    static let branchNotDesignated = Self(
        en: "No: the branch's business is not designated (Ord. 3(2)(xi)-(xii)); nothing is filed.",
        ja: "当たらない。支店等の事業目的は指定業種に該当しない（命令3条2項11号・12号）。届出・報告は不要。"
    )

    static let branchCaught = Self(
        en: "Yes: a branch carrying on a designated business.", ja: "当たる。指定業種の事業を営む支店等である。"
    )
}
