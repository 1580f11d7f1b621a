/// The base rule (the Catala "default"): an inward direct investment needs prior notification when the target
/// or its group carries on a designated business, the investor is from outside Ord. 別表第一, or the act may be a
/// sanctioned capital transaction; a specified acquisition needs it when the target is SA-designated.
///
/// Legal basis: Act 27(1) (「…あらかじめ…届け出なければならない」); Order 3(2)(i)-(iii); Act 28(1); Order 4(2).
/// Exceptions to this rule are written elsewhere, each in one place: the exemption (``ExemptionEligibilityRule``,
/// Act 27-2(1) and 28-2(1), 「…の規定にかかわらず」) and its own exceptions (``NonExemptibleActRule``,
/// ``ExcludedInvestorRule``, ``ExemptionConditionsRule``, ``PriorConsentBreachRule``).
enum PriorNotificationRule: ScreeningRule {
    static let id = RuleID.priorNotification
    static let citation = "Act 27(1), 28(1); Order 3(2)(i)-(iii), 4(2) (§5)"

    static func evaluate<R: FindingRecorder>(_ f: ResolvedFacts, trigger: SectorFreeTrigger, _ recorder: inout R)
        -> Bool
    {
        let required = f.tier.isDesignated || trigger.isSet
        let answer: Finding.Message =
            switch trigger {
            case .country: .notificationByCountry
            case .sanctions: .notificationBySanctions
            case .none: required ? .notificationBySector(f.tier) : .notificationNotRequired
            }
        recorder.record(
            Finding(
                rule: id, question: .notificationQuestion, facts: [f.use(.targetTier)], answer: answer,
                citation: citation
            )
        )
        return required
    }
}

extension Finding.Message {
    static let notificationQuestion = Self(
        en: "Does the investment need prior notification, before any exemption (Act 27(1))?",
        ja: "免除を考慮する前に、事前届出（法27条1項）を要するか。"
    )

    static func notificationBySector(_ tier: TargetTier) -> Self {
        .init(
            en: "Yes: the target or its group carries on a designated business (\(tier.rawValue)).",
            ja: "要する。対象会社又はそのグループが指定業種（\(tier.rawValue)）を営む。"
        )
    }

    static let notificationByCountry = Self(
        en: "Yes: the investor is from a country or region outside 別表第一.",
        ja: "要する。投資家は別表第一に掲げる国又は地域以外の外国投資家である。"
    )

    static let notificationBySanctions = Self(
        en: "Yes: the act may be a capital transaction that sanctions subject to permission.",
        ja: "要する。当該行為は、経済制裁により許可を要する資本取引に該当するおそれがある。"
    )

    static let notificationNotRequired = Self(
        en: "No: no designated business, no country-list trigger and no sanctions trigger.",
        ja: "要しない。指定業種にも国・地域の要件にも該当しない。"
    )
}
