/// A9f: a non-resident individual delegating the exercise of votes of unlisted shares held since before becoming
/// non-resident is inward direct investment in any amount when the proposals concern control matters (director
/// election or removal, shorter terms, purpose change, certain class shares, business transfers, dissolution,
/// mergers). Proxies on other matters are not FDI.
///
/// Legal basis: Order 2(16)(vi); Ord. 2(7). Outside the exemption (Order 3-2(2)(ii)); row 14 (form 17-3) in
/// non-designated sectors.
enum ProxyDelegationRule: ScreeningRule {
    static let id = RuleID.proxyDelegation
    static let citation = "Order 2(16)(vi); Ord. 2(7) (A9f)"

    static func evaluate<R: FindingRecorder>(_ f: ResolvedFacts, _ recorder: inout R) -> ActScope {
        let individual = f.category == .nonResidentIndividual
        recorder.record(
            Finding(
                rule: id, question: .proxyDelegationQuestion,
                facts: [
                    f.use(.actKind), f.use(.investorCategory),
                    ResolvedFacts.use("act.controlMatters", f.controlMatters),
                ],
                answer: !individual
                    ? .individualOnly(f.kind) : f.controlMatters ? .proxyDelegationCaught : .proxyDelegationNotControl,
                citation: citation)
        )
        return individual && f.controlMatters ? .fdi : .notFDI
    }
}

extension Finding.Message {
    static let proxyDelegationQuestion = Self(
        en: "Is the non-resident individual's delegation of votes on control matters inward direct investment?",
        ja: "非居住者である個人による経営支配に係る議案の議決権行使の委任は対内直接投資等か。"
    )

    static let proxyDelegationCaught = Self(
        en: "Yes: a delegation of votes on control matters, in any amount.",
        ja: "当たる。経営に重要な影響を与える事項に係る議決権行使の委任は、規模を問わず当たる。"
    )

    static let proxyDelegationNotControl = Self(
        en: "No: the delegated votes do not concern control matters (Ord. 2(7)); nothing is filed.",
        ja: "当たらない。経営に重要な影響を与える事項（命令2条7項）に係る議案ではない。届出・報告は不要。"
    )
}
