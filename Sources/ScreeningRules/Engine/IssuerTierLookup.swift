public import JapaneseCalendar

/// Resolves a listed issuer's tier from an imported MOF issuer list (本邦上場会社の外為法における対内直接投資等
/// 事前届出該当性リスト), so the engine stays pure: the caller loads the list and passes a lookup in.
public protocol IssuerTierLookup: Sendable {
    /// The list entry for `securitiesCode` in the list version in force on `date`, or `nil` when not listed.
    func entry(forSecuritiesCode securitiesCode: String, on date: LegalDate) -> IssuerListEntry?
}

/// One issuer's class on a MOF issuer list.
public struct IssuerListEntry: Sendable, Hashable {
    /// ①②③ as a tier (`coreSpecified` where the list's 特定コア事業者 column is marked).
    public var tier: TargetTier
    /// The list's publication date (its version).
    public var listVersion: LegalDate

    /// An entry.
    public init(tier: TargetTier, listVersion: LegalDate) {
        self.tier = tier
        self.listVersion = listVersion
    }
}

/// An issuer list held in memory (one version), for tests, the portfolio command and callers that load a list.
public struct InMemoryIssuerList: IssuerTierLookup {
    /// The list's publication date.
    public let version: LegalDate
    /// Tiers by securities code.
    public let tiers: [String: TargetTier]

    /// A list published on `version`.
    public init(version: LegalDate, tiers: [String: TargetTier]) {
        self.version = version
        self.tiers = tiers
    }

    /// The tier listed for `securitiesCode` (the one version held applies to every date).
    public func entry(forSecuritiesCode securitiesCode: String, on date: LegalDate) -> IssuerListEntry? {
        tiers[securitiesCode].map { IssuerListEntry(tier: $0, listVersion: version) }
    }
}
