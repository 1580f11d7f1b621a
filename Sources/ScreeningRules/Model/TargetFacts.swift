/// The facts about the target company or business (`target.*`).
public struct TargetFacts: Sendable, Hashable {
    /// `target.listed`.
    public var listed: Bool?
    /// `target.tier`: the investor's own assessment, for the target and its group.
    public var tier: TargetTier?
    /// `target.securitiesCode`: resolved through an ``IssuerTierLookup`` when one is given.
    public var securitiesCode: String?
    /// `target.industries`: JSIC codes of the target's own businesses.
    public var industries: [JSICCode]
    /// `target.groupIndustries`: JSIC codes of businesses of its Japanese subsidiaries and of companies in which
    /// it (with its subsidiaries) holds 50 % of the votes (Order 3(2)(i); Ord. 3(4)).
    public var groupIndustries: [JSICCode]
    /// `target.essentialInfrastructureOperator`: whether the target (or a group company) is a 特定社会基盤事業者
    /// under the Economic Security Promotion Act Art. 50(1) (Ord. 3-2(5)); used with `industries`.
    public var essentialInfrastructureOperator: Bool?

    /// Target facts.
    public init(
        listed: Bool? = nil,
        tier: TargetTier? = nil,
        securitiesCode: String? = nil,
        industries: [JSICCode] = [],
        groupIndustries: [JSICCode] = [],
        essentialInfrastructureOperator: Bool? = nil
    ) {
        self.listed = listed
        self.tier = tier
        self.securitiesCode = securitiesCode
        self.industries = industries
        self.groupIndustries = groupIndustries
        self.essentialInfrastructureOperator = essentialInfrastructureOperator
    }
}
