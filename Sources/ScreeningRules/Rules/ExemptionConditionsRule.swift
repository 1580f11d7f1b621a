/// An exception to the exemption: an investment made with the purpose of doing what a condition forbids is not
/// covered (B1-B3 for every route; C1-C2 on the core route; Q1-Q2 for quasi-specified investors there).
///
/// Legal basis: Ord. 3-2(7)(i)-(vi) (disqualifying purposes, making the FDI one of Order 3-2(2)(v)); Act 27-2(1)
/// second sentence (the 告示 standards as ongoing obligations). `plans.*` true means the investor plans the
/// conduct; a plan outside the route's conditions does not matter.
enum ExemptionConditionsRule: ScreeningRule {
    static let id = RuleID.exemptionConditions
    static let citation = "Ord. 3-2(7)(i)-(vi); Act 27-2(1) 2nd sentence (B1-B3, C1-C2, Q1-Q2)"

    static func evaluate<R: FindingRecorder>(
        _ f: ResolvedFacts, conditions: ExemptionConditions, _ recorder: inout R
    ) -> Bool {
        let broken = f.plans.brokenConditions.intersection(conditions)
        if R.isRecording {
            let used = PlannedConduct.keyed.map { FactUse("plans." + $0.key, .bool(f.plans.contains($0.conduct))) }
            recorder.record(
                Finding(
                    rule: id, question: .conditionsQuestion(conditions), facts: used,
                    answer: broken.isEmpty ? .conditionsKept(conditions) : .conditionsBroken(broken), citation: citation
                )
            )
        }
        return broken.isEmpty
    }
}

extension Finding.Message {
    static func conditionsQuestion(_ conditions: ExemptionConditions) -> Self {
        let labels = conditions.labels.joined(separator: ", ")
        return .init(
            en: "Does the investor plan anything the conditions \(labels) forbid?",
            ja: "投資家は基準\(labels)が禁じる行為を予定しているか。"
        )
    }

    static func conditionsKept(_ conditions: ExemptionConditions) -> Self {
        let labels = conditions.labels.joined(separator: ", ")
        return .init(
            en: "No: the exemption applies and the investor must keep \(labels).",
            ja: "予定していない。免除が適用され、投資家は\(labels)を遵守しなければならない。"
        )
    }

    static func conditionsBroken(_ broken: ExemptionConditions) -> Self {
        let labels = broken.labels.joined(separator: ", ")
        return .init(
            en: "Yes: the planned conduct breaks \(labels), so the exemption does not apply (Ord. 3-2(7)).",
            ja: "予定している。\(labels)に反するため、免除は適用されない（命令3条の2第7項）。"
        )
    }
}
