/// A5a: consent to a substantial change of the business purpose is inward direct investment only where the
/// investor holds at least one third of the votes (listed and unlisted) and the new purpose is a designated
/// business.
///
/// Legal basis: Act 26(2)(v) (「三分の一以上」); Ord. 3(2)(v) (new purpose not designated → excluded); Ord.
/// 3(2)(vi) (unlisted: both ratios below one third → excluded). `target.tier` is read as the tier of the
/// business under the new purpose. The one third is compared exactly (``Threshold/oneThird``).
enum PurposeChangeConsentRule: ScreeningRule {
    static let id = RuleID.purposeChangeConsent
    static let citation = "Act 26(2)(v); Ord. 3(2)(v)-(vi) (A5a)"

    static func evaluate<R: FindingRecorder>(_ f: ResolvedFacts, _ p: RegimeParameters, _ recorder: inout R) -> ActScope
    {
        let threshold = p.purposeChangeConsentThreshold
        let reached = f.after.isAtLeast(threshold)
        let designated = f.tier.isDesignated
        recorder.record(
            Finding(
                rule: id, question: .purposeQuestion, facts: [f.use(.holdingAfter), f.use(.targetTier)],
                answer: !reached ? .purposeBelowThird(f.after) : !designated ? .purposeNotDesignated : .purposeCaught,
                citation: citation
            )
        )
        return reached && designated ? .fdi : .notFDI
    }
}

extension Finding.Message {
    static let purposeQuestion = Self(
        en:
            "Is the consent to a change of business purpose inward direct investment (one third of the votes, new purpose designated)?",
        ja: "事業目的の実質的な変更への同意は対内直接投資等か（議決権の三分の一以上、変更後の事業目的が指定業種）。"
    )

    static func purposeBelowThird(_ after: Percent) -> Self {
        .init(
            en: "No: \(after)% is below one third of the votes; nothing is filed.",
            ja: "当たらない。議決権の三分の一未満（\(after)%）。届出・報告は不要。"
        )
    }

    static let purposeNotDesignated = Self(
        en: "No: the new purpose is not a designated business (Ord. 3(2)(v)); nothing is filed.",
        ja: "当たらない。変更後の事業目的は指定業種に該当しない（命令3条2項5号）。届出・報告は不要。"
    )

    static let purposeCaught = Self(
        en: "Yes: at least one third of the votes, and the new purpose is a designated business.",
        ja: "当たる。議決権の三分の一以上を保有し、変更後の事業目的は指定業種である。"
    )
}
