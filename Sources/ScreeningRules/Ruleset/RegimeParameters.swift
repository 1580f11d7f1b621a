/// The ruleset's values for one regime, computed once from ``Ruleset`` so that a determination reads plain
/// stored properties (no dictionary, no allocation).
///
/// Every parameter changes value only on a regime start date (checked by the tests), so one value per regime
/// is exact.
public struct RegimeParameters: Sendable, Hashable {
    /// The regime.
    public let regime: Regime
    /// ``Ruleset/listedAcquisitionThreshold``.
    public let listedAcquisitionThreshold: Threshold
    /// ``Ruleset/purposeChangeConsentThreshold``.
    public let purposeChangeConsentThreshold: Threshold
    /// ``Ruleset/jointVotingThreshold``.
    public let jointVotingThreshold: Threshold
    /// ``Ruleset/listedProxyThreshold``.
    public let listedProxyThreshold: Threshold
    /// ``Ruleset/unlistedFloor``.
    public let unlistedFloor: Threshold
    /// Row 3's lower bound (1 %).
    public let reportBandRow3: Threshold
    /// Row 4's lower bound (3 %).
    public let reportBandRow4: Threshold
    /// Rows 5-6's lower bound (10 %).
    public let reportBandRow5: Threshold
    /// ``Ruleset/exemptionAvailable``.
    public let exemptionAvailable: Bool
    /// ``Ruleset/coreExemptionCap``.
    public let coreExemptionCap: Threshold?
    /// ``Ruleset/investorClasses``.
    public let investorClasses: Set<InvestorClass>
    /// ``Ruleset/tiers``.
    public let tiers: Set<TargetTier>
    /// ``Ruleset/acts`` as a bit mask of `ActKind` positions.
    let actMask: UInt32
    /// ``Ruleset/reportRows`` as a bit mask of `ReportRow` positions.
    let reportRowMask: UInt32
    /// ``Ruleset/waitingDays``.
    public let waitingDays: Int
    /// ``Ruleset/filingWindowMonths``.
    public let filingWindowMonths: Int
    /// ``Ruleset/reportDays``.
    public let reportDays: Int
    /// ``Ruleset/executionReportDays``.
    public let executionReportDays: Int

    /// Whether `kind` is an FDI act in this regime.
    public func isInForce(_ kind: ActKind) -> Bool { actMask & (1 << kind.bitIndex) != 0 }

    /// Whether report row `row` is in use in this regime.
    public func isInForce(_ row: ReportRow) -> Bool { reportRowMask & (1 << row.bitIndex) != 0 }

    /// The parameters of `regime`.
    public static func of(_ regime: Regime) -> RegimeParameters { table[regime.rawValue] }

    static let table: [RegimeParameters] = Regime.allCases.map(RegimeParameters.init(computing:))

    init(computing regime: Regime) {
        let date = regime.startDate
        func value<V>(_ parameter: Parameter<V>) -> V {
            guard let value = parameter.value(on: date) else {
                preconditionFailure("Ruleset parameter \(parameter.name) has no value on \(date)")
            }
            return value
        }
        self.regime = regime
        listedAcquisitionThreshold = value(Ruleset.listedAcquisitionThreshold)
        purposeChangeConsentThreshold = value(Ruleset.purposeChangeConsentThreshold)
        jointVotingThreshold = value(Ruleset.jointVotingThreshold)
        listedProxyThreshold = value(Ruleset.listedProxyThreshold)
        unlistedFloor = value(Ruleset.unlistedFloor)
        let bands = value(Ruleset.reportBands)
        reportBandRow3 = bands[0]
        reportBandRow4 = bands[1]
        reportBandRow5 = bands[2]
        exemptionAvailable = value(Ruleset.exemptionAvailable)
        coreExemptionCap = value(Ruleset.coreExemptionCap)
        investorClasses = value(Ruleset.investorClasses)
        tiers = value(Ruleset.tiers)
        actMask = value(Ruleset.acts).reduce(0) { $0 | 1 << $1.bitIndex }
        reportRowMask = value(Ruleset.reportRows).reduce(0) { $0 | 1 << $1.bitIndex }
        waitingDays = value(Ruleset.waitingDays)
        filingWindowMonths = value(Ruleset.filingWindowMonths)
        reportDays = value(Ruleset.reportDays)
        executionReportDays = value(Ruleset.executionReportDays)
    }
}

extension ActKind {
    var bitIndex: UInt32 {
        switch self {
        case .listedShares: 0
        case .listedVotingRights: 1
        case .discretionaryMandate: 2
        case .votingAuthority: 3
        case .unlistedShares: 4
        case .directorElectionConsent: 5
        case .businessTransferConsent: 6
        case .purposeChangeConsent: 7
        case .jointVotingAgreement: 8
        case .proxySolicitation: 9
        case .branch: 10
        case .loan: 11
        case .businessSuccession: 12
        case .exResidentTransfer: 13
        case .privateBonds: 14
        case .specialLawSecurities: 15
        case .proxyDelegation: 16
        }
    }
}

extension ReportRow {
    var bitIndex: UInt32 { UInt32(tableRow - 1) }
}
