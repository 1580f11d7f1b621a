/// A legal rule of the engine: one file under `Rules/`, its legal basis in the doc comment.
///
/// Each rule's own static `evaluate` takes typed facts and returns a typed conclusion; the protocol carries what
/// every rule has: an identifier and a citation.
public protocol ScreeningRule: Sendable {
    /// The rule's identifier in findings.
    static var id: RuleID { get }
    /// The legal basis: instrument, article and the rule ids of fefta-rules.md.
    static var citation: String { get }
}

/// The identifiers of the rules, as findings name them.
public enum RuleID: String, Sendable, Hashable, CaseIterable {
    /// The `ruleset` rule.
    case ruleset
    /// The `investorClassInForce` rule.
    case investorClassInForce
    /// The `foreignInvestor` rule.
    case foreignInvestor
    /// The `actInForce` rule.
    case actInForce
    /// The `specifiedAcquisition` rule.
    case specifiedAcquisition
    /// The `listedThreshold` rule.
    case listedThreshold
    /// The `unlistedFloor` rule.
    case unlistedFloor
    /// The `purposeChangeConsent` rule.
    case purposeChangeConsent
    /// The `directorElectionConsent` rule.
    case directorElectionConsent
    /// The `businessTransferConsent` rule.
    case businessTransferConsent
    /// The `jointVoting` rule.
    case jointVoting
    /// The `proxySolicitation` rule.
    case proxySolicitation
    /// The `branch` rule.
    case branch
    /// The `loan` rule.
    case loan
    /// The `businessSuccession` rule.
    case businessSuccession
    /// The `exResidentTransfer` rule.
    case exResidentTransfer
    /// The `privateBonds` rule.
    case privateBonds
    /// The `specialLawSecurities` rule.
    case specialLawSecurities
    /// The `proxyDelegation` rule.
    case proxyDelegation
    /// The `targetTier` rule.
    case targetTier
    /// The `countryList` rule.
    case countryList
    /// The `sanctions` rule.
    case sanctions
    /// The `priorNotification` rule.
    case priorNotification
    /// The `nonExemptibleAct` rule.
    case nonExemptibleAct
    /// The `excludedInvestor` rule.
    case excludedInvestor
    /// The `exemptionEligibility` rule.
    case exemptionEligibility
    /// The `exemptionConditions` rule.
    case exemptionConditions
    /// The `priorConsentBreach` rule.
    case priorConsentBreach
    /// The `listedReport` rule.
    case listedReport
    /// The `unlistedReport` rule.
    case unlistedReport
    /// The `otherActReport` rule.
    case otherActReport
    /// The `reportDueDate` rule.
    case reportDueDate
    /// The `executionReport` rule.
    case executionReport
    /// The `missingFact` rule.
    case missingFact
}
