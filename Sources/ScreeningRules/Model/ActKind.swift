/// The kind of act (fefta-rules.md §3), by the names of the `fefta check` contract (`act.kind`).
public enum ActKind: String, Sendable, Hashable, CaseIterable {
    /// A3: acquisition of shares of a listed company (Act 26(2)(iii)).
    case listedShares
    /// A4: acquisition of voting rights of a listed company (Act 26(2)(iv)).
    case listedVotingRights
    /// A9c: discretionary investment in listed shares (株式への一任運用, Order 2(16)(iii)).
    case discretionaryMandate
    /// A9e: acquiring authority to exercise or direct votes of listed shares owned by others (Order 2(16)(v)).
    case votingAuthority
    /// A1: acquisition of shares or equity of an unlisted company (Act 26(2)(i)); SA when bought from another
    /// foreign investor (`act.fromForeignInvestor`, Act 26(3)).
    case unlistedShares
    /// A5b: consent to the election of the investor or its related persons as director or statutory auditor
    /// (Act 26(2)(v); Order 2(11)(i)).
    case directorElectionConsent
    /// A5c: consent to a business transfer, merger, dissolution or the Ord. 2(2) matters (Order 2(11)(ii)-(v)).
    case businessTransferConsent
    /// A5a: consent to a substantial change of the business purpose (Act 26(2)(v)).
    case purposeChangeConsent
    /// A9g: obtaining other foreign investors' consent to exercise listed voting rights jointly (Order 2(16)(vii)).
    case jointVotingAgreement
    /// A9d: accepting proxies solicited on control matters (議決権代理行使受任, Order 2(16)(iv)).
    case proxySolicitation
    /// A6: establishing a branch, factory or other office in Japan, or substantially changing one (Act 26(2)(vi)).
    case branch
    /// A7: a loan of more than one year to a Japanese entity above the Order 2(14)-(15) thresholds (Act 26(2)(vii)).
    case loan
    /// A8: acquiring a business from a resident company, by transfer, absorption split or merger (Act 26(2)(viii)).
    case businessSuccession
    /// A2: a non-resident individual's transfer, to a foreign investor, of shares or equity of an unlisted company
    /// held since before becoming non-resident (Act 26(2)(ii)).
    case exResidentTransfer
    /// A9a: acquiring privately placed bonds of more than one year above the Ord. 2(5)-(6) thresholds, the loan test
    /// (Order 2(16)(i)).
    case privateBonds
    /// A9b: acquiring investment securities of a corporation established by special law (Order 2(16)(ii)).
    case specialLawSecurities
    /// A9f: a non-resident individual delegating, on control matters, the votes of unlisted shares held since
    /// before becoming non-resident (Order 2(16)(vi)).
    case proxyDelegation

    /// The act identifier of fefta-rules.md §3.
    public var ruleLabel: String {
        switch self {
        case .listedShares: "A3"
        case .listedVotingRights: "A4"
        case .discretionaryMandate: "A9c"
        case .votingAuthority: "A9e"
        case .unlistedShares: "A1"
        case .directorElectionConsent: "A5b"
        case .businessTransferConsent: "A5c"
        case .purposeChangeConsent: "A5a"
        case .jointVotingAgreement: "A9g"
        case .proxySolicitation: "A9d"
        case .branch: "A6"
        case .loan: "A7"
        case .businessSuccession: "A8"
        case .exResidentTransfer: "A2"
        case .privateBonds: "A9a"
        case .specialLawSecurities: "A9b"
        case .proxyDelegation: "A9f"
        }
    }

    /// The four listed-company acts of 別表第三 rows 3-7 and Order 3-2(2)(iii)イ/ロ (A3, A4, A9c, A9e).
    public var isListedAcquisition: Bool {
        switch self {
        case .listedShares, .listedVotingRights, .discretionaryMandate, .votingAuthority: true
        default: false
        }
    }

    /// Whether the act acquires a holding, so that `act.holdingAfter` may not be below `act.holdingBefore`.
    public var isAcquisition: Bool { isListedAcquisition || self == .unlistedShares || self == .jointVotingAgreement }

    /// Whether the act concerns a listed company by its nature (`target.listed` must then be true).
    public var requiresListedTarget: Bool { isListedAcquisition || self == .jointVotingAgreement }

    /// Whether the act concerns a company that is not listed by its nature (`target.listed` must then be false).
    public var requiresUnlistedTarget: Bool {
        self == .unlistedShares || self == .exResidentTransfer || self == .proxyDelegation
    }

    /// Whether only a non-resident individual makes the act (A2: Act 26(2)(ii); A9f: Order 2(16)(vi)).
    public var isByNonResidentIndividualOnly: Bool { self == .exResidentTransfer || self == .proxyDelegation }

    /// Whether the act is a consent at a shareholders' meeting (A5a-A5c).
    public var isConsent: Bool {
        self == .directorElectionConsent || self == .businessTransferConsent || self == .purposeChangeConsent
    }

    /// Whether the decision uses the holding after the act (and, for acquisitions, before it).
    public var usesHoldings: Bool {
        switch self {
        case .branch, .loan, .businessSuccession, .exResidentTransfer, .privateBonds, .specialLawSecurities,
            .proxyDelegation:
            false
        default: true
        }
    }

    /// Whether `target.listed` decides anything for this act beyond what the kind already says.
    public var needsListedFact: Bool {
        switch self {
        case .directorElectionConsent, .businessTransferConsent, .purposeChangeConsent, .proxySolicitation: true
        default: false
        }
    }
}
