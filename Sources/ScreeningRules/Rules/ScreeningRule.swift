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
    case ruleset, investorClassInForce, foreignInvestor, actInForce, specifiedAcquisition, listedThreshold
    case unlistedFloor, purposeChangeConsent, directorElectionConsent, businessTransferConsent, jointVoting
    case proxySolicitation, branch, loan, businessSuccession, targetTier, countryList, priorNotification
    case nonExemptibleAct, excludedInvestor, exemptionEligibility, exemptionConditions, priorConsentBreach
    case listedReport, unlistedReport, otherActReport, reportDueDate, executionReport, missingFact
}
