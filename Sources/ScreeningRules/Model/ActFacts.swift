/// The facts about the act (`act.*`).
public struct ActFacts: Sendable, Hashable {
    /// `act.kind`.
    public var kind: ActKind?
    /// `act.holdingBefore`: percent of shares or votes (the larger), aggregated with closely related foreign investors.
    public var holdingBefore: Percent?
    /// `act.holdingAfter`: the same after the act (for consents and proxies: the votes held at the meeting).
    public var holdingAfter: Percent?
    /// `act.fromForeignInvestor`: unlisted shares bought from another foreign investor (specified acquisition).
    public var fromForeignInvestor: Bool
    /// `act.proposedByInvestor`: the investor itself (or through others) put the proposal to the meeting.
    public var proposedByInvestor: Bool
    /// `act.controlMatters`: the joint-voting agreement or proxies concern Ord. 3-2(2) / Ord. 2(7) control matters.
    public var controlMatters: Bool
    /// `act.specifiedRatio`: the 特定割合 MOF set for a 特定国有企業等 (別表第三 row 7), below 10.
    public var specifiedRatio: Percent?
    /// `act.loanThresholdsMet`: the loan's balance exceeds ¥100m and 50 % of the borrower's liabilities
    /// (Order 2(14)-(15); Ord. 2(3)-(4)) and the lender is not excluded.
    public var loanThresholdsMet: Bool?
    /// `act.sanctionsCapitalTransaction`: the act may be a capital transaction that sanctions under Act 21(1) subject
    /// to permission (Order 3(2)(iii)); `nil` when not given, and the trigger is then not tested.
    public var sanctionsCapitalTransaction: Bool?

    /// Act facts.
    public init(
        kind: ActKind? = nil,
        holdingBefore: Percent? = nil,
        holdingAfter: Percent? = nil,
        fromForeignInvestor: Bool = false,
        proposedByInvestor: Bool = false,
        controlMatters: Bool = false,
        specifiedRatio: Percent? = nil,
        loanThresholdsMet: Bool? = nil,
        sanctionsCapitalTransaction: Bool? = nil
    ) {
        self.kind = kind
        self.holdingBefore = holdingBefore
        self.holdingAfter = holdingAfter
        self.fromForeignInvestor = fromForeignInvestor
        self.proposedByInvestor = proposedByInvestor
        self.controlMatters = controlMatters
        self.specifiedRatio = specifiedRatio
        self.loanThresholdsMet = loanThresholdsMet
        self.sanctionsCapitalTransaction = sanctionsCapitalTransaction
    }
}
