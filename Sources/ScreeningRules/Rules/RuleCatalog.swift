/// Every rule of the engine, listed explicitly (STYLE.md §2.3). A test checks the identifiers are unique and
/// that every ``RuleID`` but the engine's own `missingFact` is listed.
public enum RuleCatalog {
    /// The rules, in the order of the decision procedure.
    public static let all: [any ScreeningRule.Type] = [
        RulesetRule.self, TargetTierRule.self, ForeignInvestorRule.self, ActInForceRule.self, CountryListRule.self,
        SanctionsRule.self,
        ListedThresholdRule.self, UnlistedFloorRule.self, SpecifiedAcquisitionRule.self, PurposeChangeConsentRule.self,
        DirectorElectionConsentRule.self, BusinessTransferConsentRule.self, JointVotingRule.self,
        ProxySolicitationRule.self, BranchRule.self, LoanRule.self, BusinessSuccessionRule.self,
        ExResidentTransferRule.self, PrivateBondsRule.self, SpecialLawSecuritiesRule.self, ProxyDelegationRule.self,
        PriorNotificationRule.self, NonExemptibleActRule.self, InvestorClassInForceRule.self, ExcludedInvestorRule.self,
        ExemptionEligibilityRule.self, ExemptionConditionsRule.self, PriorConsentBreachRule.self, ListedReportRule.self,
        UnlistedReportRule.self, OtherActReportRule.self, ReportDueDateRule.self, ExecutionReportRule.self,
        MissingFactRule.self,
    ]
}
