/// The sanctions trigger: inward direct investment that may be a capital transaction which economic sanctions
/// under Act 21(1) subject to permission needs prior notification whatever the sector, and cannot be exempted.
///
/// Legal basis: Order 3(2)(iii); Order 3-2(2)(i) (no exemption). Whether the act is such a case is for the caller
/// to establish against the sanctions designations (`act.sanctionsCapitalTransaction`); without that fact the
/// trigger is not tested and the finding says so, as for the country list (fefta-rules.md §5). It applies under
/// every regime the ruleset covers [D].
enum SanctionsRule: ScreeningRule {
    static let id = RuleID.sanctions
    static let citation = "Order 3(2)(iii); Order 3-2(2)(i); Act 21(1)"

    static func evaluate<R: FindingRecorder>(_ f: ResolvedFacts, _ recorder: inout R) -> Bool {
        let fact = f.sanctionsCapitalTransaction
        recorder.record(
            Finding(
                rule: id, question: .sanctionsQuestion,
                facts: [FactUse("act.sanctionsCapitalTransaction", fact.map { .bool($0) } ?? .null)],
                answer: fact.map { $0 ? .sanctionsCaught : .sanctionsNotCaught } ?? .sanctionsNotGiven,
                citation: citation)
        )
        return fact == true
    }
}

extension Finding.Message {
    static let sanctionsQuestion = Self(
        en: "May the act be a capital transaction that sanctions subject to permission (Order 3(2)(iii))?",
        ja: "当該行為は、経済制裁により許可を要する資本取引に該当するおそれがあるか（令3条2項3号）。"
    )

    static let sanctionsNotGiven = Self(
        en: "Not tested: act.sanctionsCapitalTransaction was not given, so the sanctions trigger is not applied.",
        ja: "判定せず。act.sanctionsCapitalTransactionの指定がないため、制裁に係る事前届出要件は適用していない。"
    )

    static let sanctionsNotCaught = Self(en: "No.", ja: "該当しない。")

    static let sanctionsCaught = Self(
        en: "Yes: prior notification is required whatever the sector, with no exemption.",
        ja: "該当する。業種を問わず事前届出が必要で、免除は受けられない。"
    )
}
