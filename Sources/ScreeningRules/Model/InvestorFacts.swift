/// The facts about the investor (`investor.*`).
public struct InvestorFacts: Sendable, Hashable {
    /// `investor.category`; needed by every decision.
    public var category: InvestorCategory?
    /// `investor.country`: ISO 3166-1 alpha-2; when absent the country-list trigger (Ord. 3(5)) is not applied.
    public var country: CountryCode?
    /// `investor.class`; needed when an exemption or report row depends on it.
    public var investorClass: InvestorClass?
    /// `investor.accredited`: MOF accreditation under the Order 3-2(1) chapeau (default false).
    public var accredited: Bool
    /// `investor.confirmedLowRiskStateOwned`: a 特定国有企業等 of 別表第三 row 3, confirmed by MOF as especially
    /// low-risk (default false); it reports under row 7 instead of rows 3-4.
    public var confirmedLowRiskStateOwned: Bool

    /// Investor facts.
    public init(
        category: InvestorCategory? = nil,
        country: CountryCode? = nil,
        investorClass: InvestorClass? = nil,
        accredited: Bool = false,
        confirmedLowRiskStateOwned: Bool = false
    ) {
        self.category = category
        self.country = country
        self.investorClass = investorClass
        self.accredited = accredited
        self.confirmedLowRiskStateOwned = confirmedLowRiskStateOwned
    }
}
