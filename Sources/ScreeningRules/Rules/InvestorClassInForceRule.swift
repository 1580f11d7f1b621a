/// Reads the investor's class as the law in force on the date treated it (design.md §4 `investor.class`).
///
/// Legal basis: Order 3-2(1) and Ord. 3-2(4)-(6) as in force. Before 2020-06-07 there was no exemption and no
/// class mattered; before 2025-05-19 `specified` (Order 3-2(1)(iv)) and `quasiSpecified` (Ord. 3-2(4)) did not
/// exist, so such an investor is read as `general` ([D]: unless it was also state-controlled, which the caller
/// must then say with `stateControlled`).
enum InvestorClassInForceRule: ScreeningRule {
    static let id = RuleID.investorClassInForce
    static let citation = "Order 3-2(1); Ord. 3-2(4)-(6) (classes in force, fefta-rules.md §6.1)"

    static func evaluate<R: FindingRecorder>(
        _ f: ResolvedFacts, _ p: RegimeParameters, _ recorder: inout R
    ) -> InvestorClass {
        guard !p.investorClasses.contains(f.investorClass) else { return f.investorClass }
        recorder.record(
            Finding(
                rule: id, question: .classInForceQuestion, facts: [f.use(.investorClass)],
                answer: .classInForceAnswer(f.investorClass, f.regime), citation: citation
            )
        )
        return .general
    }
}

extension Finding.Message {
    static let classInForceQuestion = Self(
        en: "Does the investor's class exist under the rules then in force?",
        ja: "投資家の区分は当時の規則に存在するか。"
    )

    static func classInForceAnswer(_ investorClass: InvestorClass, _ regime: Regime) -> Self {
        .init(
            en:
                "No: '\(investorClass.rawValue)' is not a class under the rules from \(regime.version); the investor is read as general.",
            ja: "いいえ。「\(investorClass.rawValue)」は\(regime.version)からの規則に存在しないため、一般投資家として扱う。"
        )
    }
}
