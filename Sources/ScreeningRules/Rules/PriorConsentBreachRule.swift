/// An exception to the exemption (X1): an investor that gave a consent concerning this issuer without notifying,
/// before the waiting period ended or with a false notification, or that was ordered to change or stop it, has no
/// exemption for that issuer.
///
/// Legal basis: Ord. 3-2(7)(vii)-(x) (Ord. 4-3(2)(iv)-(vii) for specified acquisitions).
enum PriorConsentBreachRule: ScreeningRule {
    static let id = RuleID.priorConsentBreach
    static let citation = "Ord. 3-2(7)(vii)-(x), 4-3(2)(iv)-(vii) (X1)"

    static func evaluate<R: FindingRecorder>(_ f: ResolvedFacts, _ recorder: inout R) -> Bool {
        if f.priorConsentBreach {
            recorder.record(
                Finding(
                    rule: id, question: .breachQuestion, facts: [ResolvedFacts.use("priorConsentBreach", true)],
                    answer: .breachYes, citation: citation
                )
            )
        }
        return f.priorConsentBreach
    }
}

extension Finding.Message {
    static let breachQuestion = Self(
        en: "Did the investor breach the consent rules for this issuer before (X1)?",
        ja: "投資家は当該会社について過去に同意に関する違反があるか（X1）。"
    )

    static let breachYes = Self(
        en: "Yes: no exemption for this issuer (Ord. 3-2(7)(vii)-(x)).",
        ja: "ある。当該会社については免除を受けられない（命令3条の2第7項7号〜10号）。"
    )
}
