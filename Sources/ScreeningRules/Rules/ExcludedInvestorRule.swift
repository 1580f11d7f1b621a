/// An exception to the exemption: investors who can never use it (Order 3-2(1)), unless MOF accredited them.
///
/// Legal basis: Order 3-2(1)(i)-(ii) (FEFTA offenders and order recipients: no accreditation), (iii) foreign
/// governments, (iv) specified investors (from 2025-05-19), (v)-(vi) state-controlled entities and their officers;
/// the chapeau lets MOF accredit (iii)-(v). fefta-rules.md §6.1.
enum ExcludedInvestorRule: ScreeningRule {
    static let id = RuleID.excludedInvestor
    static let citation = "Order 3-2(1)(i)-(vi) and chapeau (§6.1)"

    static func evaluate<R: FindingRecorder>(
        _ f: ResolvedFacts, investorClass: InvestorClass, _ recorder: inout R
    ) -> Bool {
        let excluded: Bool
        switch investorClass {
        case .violator: excluded = true
        case .foreignGovernment, .stateControlled, .specified: excluded = !f.accredited
        default: excluded = false
        }
        recorder.record(
            Finding(
                rule: id, question: .excludedQuestion,
                facts: [f.use(.investorClass), ResolvedFacts.use("investor.accredited", f.accredited)],
                answer: excluded
                    ? .excludedYes(investorClass)
                    : .excludedNo(investorClass, accredited: f.accredited && investorClass.isAccreditable),
                citation: citation
            )
        )
        return excluded
    }
}

extension Finding.Message {
    static let excludedQuestion = Self(
        en: "Is the investor barred from the exemption (Order 3-2(1))?", ja: "投資家は免除を受けられない者（令3条の2第1項）か。"
    )

    static func excludedYes(_ investorClass: InvestorClass) -> Self {
        .init(
            en: "Yes: a \(investorClass.rawValue) investor without MOF accreditation cannot use the exemption.",
            ja: "該当する。財務大臣の認定のない\(investorClass.rawValue)の投資家は免除を受けられない。"
        )
    }

    static func excludedNo(_ investorClass: InvestorClass, accredited: Bool) -> Self {
        accredited
            ? .init(
                en:
                    "No: MOF accredited this \(investorClass.rawValue) investor, which is treated like a general investor.",
                ja: "該当しない。財務大臣の認定を受けた\(investorClass.rawValue)の投資家で、一般投資家と同様に扱う。"
            )
            : .init(en: "No: \(investorClass.rawValue).", ja: "該当しない（\(investorClass.rawValue)）。")
    }
}
