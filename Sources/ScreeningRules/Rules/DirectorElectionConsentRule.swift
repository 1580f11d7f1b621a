/// A5b: consent to electing the investor or its related persons as director or statutory auditor is inward
/// direct investment (listed: from 1 % of the votes) only where an Order 3(2) trigger applies (a designated
/// business, an investor from outside Ord. 別表第一, or a possible sanctioned capital transaction).
///
/// Legal basis: Act 26(2)(v); Order 2(11)(i), 2(12)(ii); Ord. 2(1); Ord. 3(2)(viii) (consents not within Order
/// 3(2) are excluded). From 2020-06-07 (Act No. 60 of 2019).
enum DirectorElectionConsentRule: ScreeningRule {
    static let id = RuleID.directorElectionConsent
    static let citation = "Act 26(2)(v); Order 2(11)(i), 2(12)(ii); Ord. 2(1), 3(2)(viii) (A5b)"

    static func evaluate<R: FindingRecorder>(
        _ f: ResolvedFacts, _ p: RegimeParameters, trigger: SectorFreeTrigger, _ recorder: inout R
    ) -> ActScope {
        let threshold = p.listedAcquisitionThreshold
        let reached = !f.listed || f.after.isAtLeast(threshold)
        let triggered = f.tier.isDesignated || trigger.isSet
        recorder.record(
            Finding(
                rule: id, question: .directorQuestion,
                facts: [f.use(.targetListed), f.use(.holdingAfter), f.use(.targetTier)],
                answer: !reached
                    ? .consentBelowThreshold(f.after, threshold) : !triggered ? .directorNotTriggered : .directorCaught,
                citation: citation
            )
        )
        return reached && triggered ? .fdi : .notFDI
    }
}

extension Finding.Message {
    static let directorQuestion = Self(
        en: "Is the consent to electing the investor's people as directors or auditors inward direct investment?",
        ja: "外国投資家の関係者の取締役・監査役選任への同意は対内直接投資等か。"
    )

    static func consentBelowThreshold(_ after: Percent, _ threshold: Threshold) -> Self {
        .init(
            en: "No: a listed company's votes held (\(after)%) are below \(threshold)%; nothing is filed.",
            ja: "当たらない。上場会社の議決権保有割合（\(after)%）が\(threshold)%未満。届出・報告は不要。"
        )
    }

    static let directorNotTriggered = Self(
        en:
            "No: without a designated business or a country-list trigger the consent is excluded (Ord. 3(2)(viii)); nothing is filed.",
        ja: "当たらない。指定業種にも国・地域の要件にも該当しないため除外される（命令3条2項8号）。届出・報告は不要。"
    )

    static let directorCaught = Self(
        en: "Yes: the consent concerns a company within an Order 3(2) trigger.",
        ja: "当たる。令3条2項各号に該当する会社に係る同意である。"
    )
}
