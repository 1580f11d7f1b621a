/// Whether the kind of act was inward direct investment on the date (fefta-rules.md §1, §3).
///
/// Legal basis: Act 26(2) as in force. Consents to director elections and business transfers (Act 26(2)(v),
/// Order 2(11)) and business succession (Act 26(2)(viii)) were added by Act No. 60 of 2019 and apply from
/// 2020-06-07; before, those acts were not FDI.
enum ActInForceRule: ScreeningRule {
    static let id = RuleID.actInForce
    static let citation = "Act 26(2) (Act No. 60 of 2019 added 26(2)(v) management consents and (viii))"

    static func evaluate<R: FindingRecorder>(_ f: ResolvedFacts, _ p: RegimeParameters, _ recorder: inout R) -> Bool {
        let inForce = p.isInForce(f.kind)
        if !inForce {
            recorder.record(
                Finding(
                    rule: id, question: .actInForceQuestion, facts: [f.use(.actKind)],
                    answer: .actNotInForce(f.kind, f.regime), citation: citation
                )
            )
        }
        return inForce
    }
}

extension Finding.Message {
    static let actInForceQuestion = Self(
        en: "Was this kind of act inward direct investment on the date?", ja: "当該行為は当時、対内直接投資等に当たったか。"
    )

    static func actNotInForce(_ kind: ActKind, _ regime: Regime) -> Self {
        .init(
            en:
                "No: \(kind.rawValue) (\(kind.ruleLabel)) became inward direct investment only from 2020-06-07; under the rules from \(regime.version) nothing is filed.",
            ja:
                "当たらない。\(kind.rawValue)（\(kind.ruleLabel)）は2020-06-07以降に対内直接投資等となったもので、\(regime.version)からの規則では届出・報告は不要。"
        )
    }
}
