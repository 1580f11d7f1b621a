import JapaneseCalendar

/// The facts with every value the rules branch on resolved (given, derived, or a candidate while the engine
/// checks whether a missing fact matters). Plain scalars only.
struct ResolvedFacts {
    var date: LegalDate
    var regime: Regime
    var category: InvestorCategory
    var investorClass: InvestorClass
    var accredited: Bool
    var lowRiskStateOwned: Bool
    var country: CountryCode?
    var listed: Bool
    var tier: TargetTier
    var kind: ActKind
    var before: Percent
    var after: Percent
    var fromForeignInvestor: Bool
    var proposedByInvestor: Bool
    var controlMatters: Bool
    var specifiedRatio: Percent?
    var loanThresholdsMet: Bool?
    var sanctionsCapitalTransaction: Bool?
    var plans: PlannedConduct
    var filed: FiledReports
    var priorConsentBreach: Bool
    /// Facts not given whose candidate value stands in (they are shown as not given in findings).
    var substituted: FactPaths = []

    /// The fact at `path` as used by a finding: its value, or `null` when it was not given.
    func use(_ fact: FactPaths) -> FactUse {
        let path = FactPaths.pathed.first { $0.fact == fact }?.path ?? ""
        guard !substituted.contains(fact) else { return FactUse(path, .null) }
        switch fact {
        case .investorCategory: return FactUse(path, .string(category.rawValue))
        case .investorClass: return FactUse(path, .string(investorClass.rawValue))
        case .targetListed: return FactUse(path, .bool(listed))
        case .targetTier: return FactUse(path, .string(tier.rawValue))
        case .actKind: return FactUse(path, .string(kind.rawValue))
        case .holdingBefore: return FactUse(path, .number(before.jsonNumber))
        case .holdingAfter: return FactUse(path, .number(after.jsonNumber))
        case .specifiedRatio: return FactUse(path, specifiedRatio.map { .number($0.jsonNumber) } ?? .null)
        case .loanThresholdsMet: return FactUse(path, loanThresholdsMet.map { .bool($0) } ?? .null)
        default: return FactUse(path, .null)
        }
    }

    /// A fact outside ``FactPaths`` (always given, or defaulted by the contract).
    static func use(_ path: String, _ value: Bool) -> FactUse { FactUse(path, .bool(value)) }
}

/// What the decision logic concludes, before dates and findings are attached.
struct Verdict: Hashable {
    var outcome: Outcome
    var exemption: ExemptionBasis?
    var conditions: ExemptionConditions = []
    var report: ReportRow?
    var missing: FactPaths = []

    static let noFiling = Verdict(outcome: .noFiling)
    static let priorNotification = Verdict(outcome: .priorNotification)

    static func undetermined(_ missing: FactPaths) -> Verdict { Verdict(outcome: .undetermined, missing: missing) }
}

/// Readings the engine offers where the texts allow two (ordinance-tables.md §A.6).
public struct Readings: Sendable, Hashable {
    /// 別表第三 rows 5-6 (「百分の十以上となる場合」): `true` (Reading B, recommended) reports every acquisition
    /// ending at 10 % or more; `false` (Reading A) only the one crossing 10 %.
    public var reportEveryAcquisitionAtTenPercent: Bool
    /// E10: `true` (literal, recommended) lets a row-3 report fall due although a row-4 report was filed for the
    /// issuer; `false` treats a past row-4 report as closing row 3 too.
    public var rowThreeAfterRowFour: Bool

    /// The readings the spec recommends.
    public static let recommended = Readings(reportEveryAcquisitionAtTenPercent: true, rowThreeAfterRowFour: true)

    /// Readings.
    public init(reportEveryAcquisitionAtTenPercent: Bool, rowThreeAfterRowFour: Bool) {
        self.reportEveryAcquisitionAtTenPercent = reportEveryAcquisitionAtTenPercent
        self.rowThreeAfterRowFour = rowThreeAfterRowFour
    }
}
