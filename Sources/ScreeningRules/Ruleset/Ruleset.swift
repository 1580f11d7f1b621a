/// The effective-dated ruleset shipped with the module: every number, list and date the law sets that the
/// decision logic reads, each with its validity and citation (design.md §3).
///
/// It is Swift data, not a resource file, so an installed binary needs no source tree. The decision logic
/// reads it only through ``RegimeParameters``, which are computed from these parameters once per ``Regime``.
public enum Ruleset {
    /// 1 % of issued shares or votes for listed acquisitions; 10 % before 2020-06-07.
    public static let listedAcquisitionThreshold = Parameter<Threshold>(
        "threshold.listedAcquisition",
        "Listed shares, votes, mandates or voting authority: FDI from this holding (A3, A4, A9c, A9e)",
        [
            .init(
                from: "2017-10-01", to: "2020-06-06", Threshold(10),
                "Act 26(2)(iii) before Act No. 60 of 2019 (百分の十以上); Order 2 as amended by Cabinet Order No. 111 of 2019 [D]"
            ),
            .init(
                from: "2020-06-07", Threshold(1), "Act 26(2)(iii)-(iv); Order 2(8)-(10), 2(16)(iii),(v); Order 3(1)(ix)"
            ),
        ]
    )

    /// One third of the votes for consents to a change of business purpose.
    public static let purposeChangeConsentThreshold = Parameter<Threshold>(
        "threshold.purposeChangeConsent",
        "Consent to a substantial change of business purpose: FDI from this holding (A5a)",
        [.init(from: "2017-10-01", .oneThird, "Act 26(2)(v) (三分の一以上); Ord. 3(2)(vi)")]
    )

    /// 10 % of the votes combined for joint-voting agreements.
    public static let jointVotingThreshold = Parameter<Threshold>(
        "threshold.jointVoting", "Joint-voting agreement: FDI when combined votes reach this (A9g)",
        [.init(from: "2017-10-01", Threshold(10), "Order 2(16)(vii) (百分の十以上)")]
    )

    /// 10 % of the votes for proxy solicitation at a listed company.
    public static let listedProxyThreshold = Parameter<Threshold>(
        "threshold.listedProxySolicitation", "Proxies solicited at a listed company: FDI from this holding (A9d)",
        [.init(from: "2017-10-01", Threshold(10), "Order 2(16)(iv), 2(18)")]
    )

    /// 10 %: below it, unlisted acquisitions in non-designated companies are not FDI (A1x).
    public static let unlistedFloor = Parameter<Threshold>(
        "threshold.unlistedNonDesignated",
        "Unlisted shares of a non-designated company and group: not FDI below this (A1x)",
        [.init(from: "2017-10-01", Threshold(10), "Order 3(1)(iv)")]
    )

    /// 1 %, 3 % and 10 %: the bands of 別表第三 rows 3-6.
    public static let reportBands = Parameter<[Threshold]>(
        "threshold.reportBands", "Post-investment report bands for listed acts: rows 3 (1 %), 4 (3 %), 5-6 (10 %)",
        [.init(from: "2017-10-01", [Threshold(1), Threshold(3), Threshold(10)], "Ord. 別表第三 rows 3-6")]
    )

    /// Whether the prior-notification exemption exists.
    public static let exemptionAvailable = Parameter<Bool>(
        "exemption.available", "Prior-notification exemption (事前届出免除)",
        [
            .init(from: "2017-10-01", to: "2020-06-06", false, "Act 27 before Act No. 60 of 2019: no exemption"),
            .init(from: "2020-06-07", true, "Act 27-2(1), 28-2(1) (Act No. 60 of 2019)"),
        ]
    )

    /// 10 %: the cap of the core route for general investors; none before the exemption existed.
    public static let coreExemptionCap = Parameter<Threshold?>(
        "exemption.coreCap", "Core targets: the exemption covers listed acts ending below this (general investors)",
        [
            .init(from: "2017-10-01", to: "2020-06-06", nil, "No exemption before 2020-06-07"),
            .init(from: "2020-06-07", Threshold(10), "Order 3-2(2)(iii)ロ (百分の十未満)"),
        ]
    )

    /// The investor classes the law distinguishes.
    public static let investorClasses = Parameter<Set<InvestorClass>>(
        "investor.classes", "Investor classes in force for the exemption (§6.1)",
        [
            .init(
                from: "2017-10-01", to: "2020-06-06", [.general], "No exemption, hence no classes, before 2020-06-07"),
            .init(
                from: "2020-06-07", to: "2025-05-18",
                [.general, .financialInstitution, .foreignGovernment, .stateControlled, .violator],
                "Order 3-2(1)(i)-(iii),(v)-(vi); Ord. 3-2(6)"
            ),
            .init(
                from: "2025-05-19", Set(InvestorClass.allCases),
                "Order 3-2(1)(iv) (specified); Ord. 3-2(4) (quasi-specified) (Cabinet Order No. 172 of 2025)"
            ),
        ]
    )

    /// The target tiers the law distinguishes.
    public static let tiers = Parameter<Set<TargetTier>>(
        "target.tiers", "Target tiers in force (§4.1)",
        [
            .init(from: "2017-10-01", to: "2020-06-06", [.nonDesignated, .designated], "Order 3(2)(i); Ord. 3(3)"),
            .init(from: "2020-06-07", to: "2025-05-18", [.nonDesignated, .designated, .core], "Ord. 3-2(3) (core)"),
            .init(from: "2025-05-19", Set(TargetTier.allCases), "Ord. 3-2(5) (特定コア事業者)"),
        ]
    )

    /// The acts that are FDI.
    public static let acts = Parameter<Set<ActKind>>(
        "act.kinds", "Acts that are inward direct investment (§3)",
        [
            .init(
                from: "2017-10-01", to: "2020-06-06",
                Set(ActKind.allCases).subtracting([
                    .directorElectionConsent, .businessTransferConsent, .businessSuccession,
                ]),
                "Act 26(2)(i)-(iv), (vi)-(vii) before Act No. 60 of 2019; Order 2(16) (Cabinet Order No. 111 of 2019) [D]"
            ),
            .init(
                from: "2020-06-07", Set(ActKind.allCases),
                "Act 26(2)(v) (management consents), (viii) (business succession) (Act No. 60 of 2019)"
            ),
        ]
    )

    /// The post-investment report rows in use.
    public static let reportRows = Parameter<Set<ReportRow>>(
        "report.rows", "Post-investment report rows of Ord. 別表第三 in use (§7.1)",
        [
            .init(
                from: "2017-10-01", to: "2020-06-06", [.p1, .p5, .p8, .p9, .p10, .p12, .p13, .p14, .p15],
                "Ord. 6-2; 別表第三 non-designated rows, applied by analogy before the exemption reports existed [D]"
            ),
            .init(from: "2020-06-07", Set(ReportRow.allCases), "Ord. 6-2; 別表第三 rows 1-16"),
        ]
    )

    /// 30 days: the waiting period after acceptance of a prior notification.
    public static let waitingDays = Parameter<Int>(
        "period.waitingDays", "Waiting period after acceptance of a prior notification (days, D2)",
        [.init(from: "2017-10-01", 30, "Act 27(2) (受理した日から起算して三十日)")]
    )

    /// 6 months: a prior notification must be filed within six months before the act.
    public static let filingWindowMonths = Parameter<Int>(
        "period.filingWindowMonths", "Prior notification filed within this many months before the act (D1)",
        [.init(from: "2017-10-01", 6, "Order 3(3) (行おうとする日前六月以内)")]
    )

    /// 45 days: post-investment reports.
    public static let reportDays = Parameter<Int>(
        "period.reportDays", "Post-investment report due this many days after the act, next working day (D11, D12)",
        [.init(from: "2017-10-01", 45, "Ord. 6-2 (行つた日から四十五日以内); 行政機関の休日に関する法律 Art. 2")]
    )

    /// 45 days: execution reports after a prior notification.
    public static let executionReportDays = Parameter<Int>(
        "period.executionReportDays", "Execution report after a notified act (days, §7.2)",
        [.init(from: "2017-10-01", 45, "Ord. 7(1) (当該行為を行つた日から四十五日以内)")]
    )

    /// Every parameter, as text, in the order `fefta rules show` lists them.
    public static let all: [ParameterDescription] = [
        listedAcquisitionThreshold.described(\.description),
        purposeChangeConsentThreshold.described(\.description),
        jointVotingThreshold.described(\.description),
        listedProxyThreshold.described(\.description),
        unlistedFloor.described(\.description),
        reportBands.described { $0.map(\.description).joined(separator: ", ") },
        exemptionAvailable.described { $0 ? "yes" : "no" },
        coreExemptionCap.described { $0?.description ?? "not in force" },
        investorClasses.described {
            InvestorClass.allCases.filter($0.contains).map(\.rawValue).joined(separator: ", ")
        },
        tiers.described { TargetTier.allCases.filter($0.contains).map(\.rawValue).joined(separator: ", ") },
        acts.described { ActKind.allCases.filter($0.contains).map(\.rawValue).joined(separator: ", ") },
        reportRows.described { rows in
            ReportRow.allCases.filter(rows.contains).map { "\($0.rawValue) (form \($0.form))" }.joined(separator: ", ")
        },
        waitingDays.described { "\($0) days" },
        filingWindowMonths.described { "\($0) months" },
        reportDays.described { "\($0) days" },
        executionReportDays.described { "\($0) days" },
    ]
}
