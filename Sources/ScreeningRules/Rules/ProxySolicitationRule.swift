/// A9d: accepting proxies solicited on control matters (director election or removal, shorter terms, purpose
/// change, certain class shares, business transfers, dissolution, mergers) is inward direct investment: at a
/// listed company from 10 % of the votes, at an unlisted company in any amount.
///
/// Legal basis: Order 2(16)(iv), 2(18); Ord. 2(7). Proxies on other matters are not FDI.
enum ProxySolicitationRule: ScreeningRule {
    static let id = RuleID.proxySolicitation
    static let citation = "Order 2(16)(iv), 2(18); Ord. 2(7) (A9d)"

    static func evaluate<R: FindingRecorder>(_ f: ResolvedFacts, _ p: RegimeParameters, _ recorder: inout R) -> ActScope
    {
        let threshold = p.listedProxyThreshold
        let reached = !f.listed || f.after.isAtLeast(threshold)
        recorder.record(
            Finding(
                rule: id, question: .proxyQuestion,
                facts: [
                    ResolvedFacts.use("act.controlMatters", f.controlMatters), f.use(.targetListed),
                    f.use(.holdingAfter),
                ],
                answer: !f.controlMatters
                    ? .proxyNotControl : !reached ? .thresholdNotReached(f.after, threshold) : .proxyCaught,
                citation: citation
            )
        )
        return f.controlMatters && reached ? .fdi : .notFDI
    }
}

extension Finding.Message {
    static let proxyQuestion = Self(
        en: "Is accepting the solicited proxies inward direct investment (control matters; listed: 10% of the votes)?",
        ja: "議決権代理行使受任は対内直接投資等か（経営支配に係る議案、上場会社は議決権の10%以上）。"
    )

    static let proxyNotControl = Self(
        en: "No: the proxies do not concern control matters (Ord. 2(7)); nothing is filed.",
        ja: "当たらない。経営に重要な影響を与える事項（命令2条7項）に係る議案ではない。届出・報告は不要。"
    )

    static let proxyCaught = Self(
        en: "Yes: proxies on control matters at or above the threshold.",
        ja: "当たる。閾値以上の、経営に重要な影響を与える事項に係る代理行使受任である。"
    )
}
