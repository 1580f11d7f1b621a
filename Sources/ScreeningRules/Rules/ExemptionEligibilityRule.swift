/// The exception to ``PriorNotificationRule`` (Act 27-2(1): 「第二十七条第一項の規定にかかわらず」): which exemption
/// route covers the act, and with which conditions (the eligibility matrix of fefta-rules.md §6.2).
///
/// Legal basis: Act 27-2(1), 28-2(1); Order 3-2(2)(iii)イ (licensed financial institutions acting in their business:
/// any tier, no cap; Ord. 3-2(6)), ロ (core: only below 10 %, and never for a quasi-specified investor in a
/// 特定コア事業者, Ord. 3-2(4)-(5)); Ord. 3-2(7)(i)-(vi) for the conditions. Unlisted shares and specified
/// acquisitions: designated non-core only (fefta-rules.md §6.2).
///
/// - Important: `act.holdingAfter` is the larger of the share and voting ratios, so "below 10 %" means both ratios
///   below 10 %: the conservative reading (iii) of ambiguity C-0 (ordinance-tables.md §C.0).
enum ExemptionEligibilityRule: ScreeningRule {
    static let id = RuleID.exemptionEligibility
    static let citation = "Act 27-2(1), 28-2(1); Order 3-2(2)(iii)イ-ロ; Ord. 3-2(4)-(7) (§6.2)"

    /// Why no route applies.
    enum Refusal {
        case quasiCoreSpecified, atCap
    }

    static func evaluate<R: FindingRecorder>(
        _ f: ResolvedFacts, investorClass: InvestorClass, _ p: RegimeParameters, _ recorder: inout R
    ) -> Exemption? {
        var result: Exemption?
        var refusal: Refusal?
        switch f.kind {
        case .unlistedShares:
            result = Exemption(
                basis: f.fromForeignInvestor ? .specifiedAcquisition : .unlistedDesignated, conditions: .basic)
        case .jointVotingAgreement:
            result = Exemption(basis: .generalDesignated, conditions: .basic)
        default:
            if investorClass == .financialInstitution {
                result = Exemption(basis: .financialInstitution, conditions: .basic)
            } else if !f.tier.isCore {
                result = Exemption(basis: .generalDesignated, conditions: .basic)
            } else if investorClass == .quasiSpecified && f.tier == .coreSpecified {
                refusal = .quasiCoreSpecified
            } else if let cap = p.coreExemptionCap, f.after.isBelow(cap) {
                var conditions = ExemptionConditions.basic.union(.core)
                if investorClass == .quasiSpecified { conditions.formUnion(.quasi) }
                result = Exemption(basis: .generalCore, conditions: conditions)
            } else {
                refusal = .atCap
            }
        }
        recorder.record(
            Finding(
                rule: id, question: .eligibilityQuestion,
                facts: [f.use(.investorClass), f.use(.targetTier), f.use(.actKind), f.use(.holdingAfter)],
                answer: result.map { .eligible($0.basis) }
                    ?? (refusal == .quasiCoreSpecified
                        ? .quasiCoreSpecified : .coreAtCap(f.after, p.coreExemptionCap ?? Threshold(10))),
                citation: citation,
                note: result?.basis == .generalCore || refusal == .atCap ? .coreRatioReading : nil
            )
        )
        return result
    }
}

extension Finding.Message {
    static let eligibilityQuestion = Self(
        en: "Which exemption route covers the act (Act 27-2(1), notwithstanding Act 27(1))?",
        ja: "いずれの免除の類型が適用されるか（法27条1項にかかわらず、法27条の2第1項）。"
    )

    static func eligible(_ basis: ExemptionBasis) -> Self {
        switch basis {
        case .generalDesignated:
            .init(
                en: "General exemption for a designated, non-core target: no cap, conditions B1-B3.",
                ja: "指定業種（コア以外）に係る一般免除：上限なし、基準B1〜B3。")
        case .generalCore:
            .init(
                en:
                    "Core-sector exemption below 10%: conditions B1-B3 and C1-C2 (and Q1-Q2 for quasi-specified investors).",
                ja: "コア業種に係る10%未満の免除：基準B1〜B3及びC1〜C2（特定外国投資家に準ずる者はQ1〜Q2も）。")
        case .financialInstitution:
            .init(
                en:
                    "Blanket exemption for a licensed financial institution acting in its business: any tier, no cap, conditions B1-B3.",
                ja: "業として行う許認可等金融機関の包括免除：業種・上限を問わず、基準B1〜B3。")
        case .unlistedDesignated:
            .init(
                en: "Exemption for unlisted shares of a designated, non-core company: conditions B1-B3.",
                ja: "指定業種（コア以外）の非上場会社株式に係る免除：基準B1〜B3。")
        case .specifiedAcquisition:
            .init(
                en:
                    "Exemption for a specified acquisition in a designated, non-core company (Act 28-2(1)): conditions B1-B3.",
                ja: "指定業種（コア以外）に係る特定取得の免除（法28条の2第1項）：基準B1〜B3。")
        }
    }

    static let quasiCoreSpecified = Self(
        en: "None: a quasi-specified investor has no exemption for a 特定コア事業者 (Order 3-2(2)(iii); Ord. 3-2(5)).",
        ja: "なし。特定外国投資家に準ずる者は特定コア事業者について免除を受けられない（令3条の2第2項3号、命令3条の2第5項）。"
    )

    static func coreAtCap(_ after: Percent, _ cap: Threshold) -> Self {
        .init(
            en:
                "None: in a core sector the exemption covers only holdings ending below \(cap)%, and this ends at \(after)%.",
            ja: "なし。コア業種の免除は取得後\(cap)%未満に限られ、本件は\(after)%となる。"
        )
    }

    static let coreRatioReading = Self(
        en:
            "Reading: act.holdingAfter is the larger of the share and voting ratios, so both must be below 10% (ambiguity C-0, conservative reading (iii)).",
        ja: "解釈：act.holdingAfterは株式と議決権の割合の大きい方であり、双方が10%未満であることを要する（曖昧点C-0の保守的解釈(iii)）。"
    )
}
