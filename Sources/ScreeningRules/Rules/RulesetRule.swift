/// Selects the rules in force on the date of the act (design.md §3; fefta-rules.md §1).
///
/// Legal basis: each regime's commencement provisions (see ``Regime/citation``). Concludes the regime whose
/// start date is the latest on or before the act; that start date is `ruleset.version`.
enum RulesetRule: ScreeningRule {
    static let id = RuleID.ruleset
    static let citation = "fefta-rules.md §1 (T2017, T2020b, T2025)"

    static func evaluate<R: FindingRecorder>(_ f: ResolvedFacts, _ recorder: inout R) {
        recorder.record(
            Finding(
                rule: id, question: .rulesetQuestion(f.date.iso8601), facts: [FactUse("date", .string(f.date.iso8601))],
                answer: .rulesetAnswer(f.regime), citation: f.regime.citation
            )
        )
    }
}

extension Finding.Message {
    static func rulesetQuestion(_ date: String) -> Self {
        .init(en: "Which rules apply to an act on \(date)?", ja: "\(date)の行為に適用される規則は何か。")
    }

    static func rulesetAnswer(_ regime: Regime) -> Self {
        switch regime {
        case .from2017:
            .init(
                en: "The rules from \(regime.version): listed threshold 10%, no exemption regime.",
                ja: "\(regime.version)からの規則（上場会社の閾値10%、事前届出免除制度なし）。"
            )
        case .from2020:
            .init(
                en:
                    "The rules from \(regime.version): listed threshold 1%, exemptions, management consents, core sectors.",
                ja: "\(regime.version)からの規則（上場会社の閾値1%、事前届出免除制度、役員選任等への同意、コア業種）。"
            )
        case .from2025:
            .init(
                en: "The rules from \(regime.version): specified and quasi-specified investors, 特定コア事業者.",
                ja: "\(regime.version)からの規則（特定外国投資家・特定外国投資家に準ずる者、特定コア事業者）。"
            )
        }
    }
}
