public import JapaneseCalendar

/// The facts of one transaction, as the `fefta check` contract gives them (design.md §4).
///
/// Decode it from JSON with ``init(json:)``. A fact the decision needs that is `nil` and has no default makes the
/// determination `undetermined`; it is never silently defaulted.
public struct TransactionFacts: Sendable, Hashable {
    /// The date of the act (a Japan calendar date); it selects the rules in force.
    public var date: LegalDate
    /// Who invests.
    public var investor: InvestorFacts
    /// The company (or business) invested in.
    public var target: TargetFacts
    /// What is done.
    public var act: ActFacts
    /// What the investor plans that an exemption condition forbids (empty: it will comply).
    public var plans: PlannedConduct
    /// Once-per-issuer report rows already filed for this issuer.
    public var reportsAlreadyFiled: FiledReports
    /// X1: the investor gave a consent concerning this issuer without notification, before the waiting period
    /// ended, or with a false notification, or was ordered to change or stop it (Ord. 3-2(7)(vii)-(x)).
    public var priorConsentBreach: Bool

    /// Facts with everything optional left unknown or at its default.
    public init(
        date: LegalDate,
        investor: InvestorFacts = InvestorFacts(),
        target: TargetFacts = TargetFacts(),
        act: ActFacts = ActFacts(),
        plans: PlannedConduct = [],
        reportsAlreadyFiled: FiledReports = [],
        priorConsentBreach: Bool = false
    ) {
        self.date = date
        self.investor = investor
        self.target = target
        self.act = act
        self.plans = plans
        self.reportsAlreadyFiled = reportsAlreadyFiled
        self.priorConsentBreach = priorConsentBreach
    }
}
