/// A5c: consent to a business transfer, absorption merger, dissolution or an Ord. 2(2) matter (including the
/// abolition of a business) is inward direct investment (listed: from 1 % of the votes) only where the investor
/// itself, or through other shareholders, proposed it and it concerns a designated business.
///
/// Legal basis: Act 26(2)(v); Order 2(11)(ii)-(v); Ord. 2(2); Ord. 3(2)(ix) (not proposed by the investor →
/// excluded), 3(2)(x) (not a designated business → excluded). From 2020-06-07.
enum BusinessTransferConsentRule: ScreeningRule {
    static let id = RuleID.businessTransferConsent
    static let citation = "Act 26(2)(v); Order 2(11)(ii)-(v); Ord. 2(2), 3(2)(ix)-(x) (A5c)"

    static func evaluate<R: FindingRecorder>(_ f: ResolvedFacts, _ p: RegimeParameters, _ recorder: inout R) -> ActScope
    {
        let threshold = p.listedAcquisitionThreshold
        let reached = !f.listed || f.after.isAtLeast(threshold)
        recorder.record(
            Finding(
                rule: id, question: .transferQuestion,
                facts: [
                    f.use(.targetListed), f.use(.holdingAfter),
                    ResolvedFacts.use("act.proposedByInvestor", f.proposedByInvestor),
                    f.use(.targetTier),
                ],
                answer: !reached
                    ? .consentBelowThreshold(f.after, threshold)
                    : !f.proposedByInvestor
                        ? .transferNotProposed : !f.tier.isDesignated ? .transferNotDesignated : .transferCaught,
                citation: citation
            )
        )
        return reached && f.proposedByInvestor && f.tier.isDesignated ? .fdi : .notFDI
    }
}

extension Finding.Message {
    static let transferQuestion = Self(
        en: "Is the consent to a business transfer, merger, dissolution or abolition inward direct investment?",
        ja: "事業譲渡・合併・解散・事業の廃止等への同意は対内直接投資等か。"
    )

    static let transferNotProposed = Self(
        en: "No: the investor did not propose it itself or through others (Ord. 3(2)(ix)); nothing is filed.",
        ja: "当たらない。外国投資家が自ら又は他の株主を通じて提出した議案ではない（命令3条2項9号）。届出・報告は不要。"
    )

    static let transferNotDesignated = Self(
        en: "No: the proposal does not concern a designated business (Ord. 3(2)(x)); nothing is filed.",
        ja: "当たらない。指定業種に属する事業に係る議案ではない（命令3条2項10号）。届出・報告は不要。"
    )

    static let transferCaught = Self(
        en: "Yes: the investor's own proposal concerning a designated business.",
        ja: "当たる。指定業種に属する事業に係る、外国投資家自らが提出した議案への同意である。"
    )
}
