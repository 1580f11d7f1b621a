import ScreeningRules
import Testing

/// Every act kind, in a designated and a non-designated target (fefta-rules.md §3, §5, §7.1).
struct ActKindTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var kind: String
        var listed: Bool
        var after: String
        var extra: String
        var designated: Answer
        var nonDesignated: Answer
        var testDescription: String { name }
    }

    static let basic = ["B1", "B2", "B3"]

    static let cases: [Case] = [
        Case(
            name: "A3 listed shares", kind: "listedShares", listed: true, after: "1.5", extra: "",
            designated: Answer(.exempt, .generalDesignated, basic, row: "P3"), nonDesignated: Answer(.noFiling)),
        Case(
            name: "A4 listed voting rights", kind: "listedVotingRights", listed: true, after: "12", extra: "",
            designated: Answer(.exempt, .generalDesignated, basic, row: "P6"),
            nonDesignated: Answer(.postInvestmentReport, row: "P5")),
        Case(
            name: "A9c discretionary mandate", kind: "discretionaryMandate", listed: true, after: "4", extra: "",
            designated: Answer(.exempt, .generalDesignated, basic, row: "P4"), nonDesignated: Answer(.noFiling)),
        Case(
            name: "A9e voting authority", kind: "votingAuthority", listed: true, after: "1", extra: "",
            designated: Answer(.exempt, .generalDesignated, basic, row: "P3"), nonDesignated: Answer(.noFiling)),
        Case(
            name: "A1 unlisted shares", kind: "unlistedShares", listed: false, after: "15", extra: "",
            designated: Answer(.exempt, .unlistedDesignated, basic, row: "P2"),
            nonDesignated: Answer(.postInvestmentReport, row: "P1")),
        Case(
            name: "A5b director election consent", kind: "directorElectionConsent", listed: true, after: "5", extra: "",
            designated: Answer(.priorNotification), nonDesignated: Answer(.noFiling)),
        Case(
            name: "A5c business transfer consent proposed by the investor", kind: "businessTransferConsent",
            listed: true,
            after: "5", extra: #", "proposedByInvestor": true"#, designated: Answer(.priorNotification),
            nonDesignated: Answer(.noFiling)),
        Case(
            name: "A5c business transfer consent proposed by management", kind: "businessTransferConsent", listed: true,
            after: "5", extra: "", designated: Answer(.noFiling), nonDesignated: Answer(.noFiling)),
        Case(
            name: "A5a purpose change consent", kind: "purposeChangeConsent", listed: false, after: "40", extra: "",
            designated: Answer(.priorNotification), nonDesignated: Answer(.noFiling)),
        Case(
            name: "A9g joint voting on control matters", kind: "jointVotingAgreement", listed: true, after: "15",
            extra: #", "controlMatters": true"#, designated: Answer(.priorNotification),
            nonDesignated: Answer(.postInvestmentReport, row: "P15")),
        Case(
            name: "A9d proxy solicitation on control matters", kind: "proxySolicitation", listed: true, after: "15",
            extra: #", "controlMatters": true"#, designated: Answer(.priorNotification),
            nonDesignated: Answer(.postInvestmentReport, row: "P13")),
        Case(
            name: "A9d proxy solicitation on other matters", kind: "proxySolicitation", listed: true, after: "15",
            extra: "",
            designated: Answer(.noFiling), nonDesignated: Answer(.noFiling)),
        Case(
            name: "A6 branch", kind: "branch", listed: false, after: "0", extra: "",
            designated: Answer(.priorNotification), nonDesignated: Answer(.noFiling)),
        Case(
            name: "A7 loan above the thresholds", kind: "loan", listed: false, after: "0",
            extra: #", "loanThresholdsMet": true"#,
            designated: Answer(.priorNotification), nonDesignated: Answer(.postInvestmentReport, row: "P10")),
        Case(
            name: "A7 loan below the thresholds", kind: "loan", listed: false, after: "0",
            extra: #", "loanThresholdsMet": false"#,
            designated: Answer(.noFiling), nonDesignated: Answer(.noFiling)),
        Case(
            name: "A8 business succession", kind: "businessSuccession", listed: false, after: "0", extra: "",
            designated: Answer(.priorNotification), nonDesignated: Answer(.postInvestmentReport, row: "P11")),
        Case(
            name: "A9a private bonds above the thresholds", kind: "privateBonds", listed: false, after: "0",
            extra: #", "loanThresholdsMet": true"#,
            designated: Answer(.priorNotification), nonDesignated: Answer(.postInvestmentReport, row: "P12")),
        Case(
            name: "A9a private bonds below the thresholds", kind: "privateBonds", listed: false, after: "0",
            extra: #", "loanThresholdsMet": false"#,
            designated: Answer(.noFiling), nonDesignated: Answer(.noFiling)),
        Case(
            name: "A9b special-law securities", kind: "specialLawSecurities", listed: false, after: "0", extra: "",
            designated: Answer(.priorNotification), nonDesignated: Answer(.postInvestmentReport, row: "P8")),
    ]

    /// The two acts only a non-resident individual makes (A2, A9f), for the individual and for anyone else.
    static let individualCases: [Case] = [
        Case(
            name: "A2 ex-resident's share transfer", kind: "exResidentTransfer", listed: false, after: "0", extra: "",
            designated: Answer(.priorNotification), nonDesignated: Answer(.postInvestmentReport, row: "P9")),
        Case(
            name: "A9f proxy delegation on control matters", kind: "proxyDelegation", listed: false, after: "0",
            extra: #", "controlMatters": true"#,
            designated: Answer(.priorNotification), nonDesignated: Answer(.postInvestmentReport, row: "P14")),
        Case(
            name: "A9f proxy delegation on other matters", kind: "proxyDelegation", listed: false, after: "0",
            extra: "", designated: Answer(.noFiling), nonDesignated: Answer(.noFiling)),
    ]

    @Test(arguments: cases)
    func everyActKindInDesignatedAndNonDesignatedTargets(c: Case) throws {
        let designated = try shareFacts(
            listed: c.listed, tier: "designated", kind: c.kind, before: "0", after: c.after, extraAct: c.extra)
        #expect(answer(designated) == c.designated)
        let plain = try shareFacts(
            listed: c.listed, tier: "nonDesignated", kind: c.kind, before: "0", after: c.after, extraAct: c.extra)
        #expect(answer(plain) == c.nonDesignated)
    }

    @Test(arguments: individualCases)
    func actsOfNonResidentIndividualsInDesignatedAndNonDesignatedTargets(c: Case) throws {
        for (tier, expected) in [("designated", c.designated), ("nonDesignated", c.nonDesignated)] {
            let individual = try shareFacts(
                category: "nonResidentIndividual", listed: c.listed, tier: tier, kind: c.kind, after: c.after,
                extraAct: c.extra)
            #expect(answer(individual) == expected, "\(tier)")
            // Act 26(2)(ii), Order 2(16)(vi): made by a non-resident individual; by anyone else it is not this act.
            let entity = try shareFacts(
                category: "foreignEntity", listed: c.listed, tier: tier, kind: c.kind, after: c.after,
                extraAct: c.extra)
            #expect(answer(entity) == Answer(.noFiling), "\(tier), foreign entity")
        }
    }

    /// A2 and A9f concern shares of a company that is not listed (Act 26(2)(ii); Order 2(16)(vi)).
    @Test(arguments: ["exResidentTransfer", "proxyDelegation", "unlistedShares"])
    func actsOnUnlistedCompaniesRefuseAListedTarget(kind: String) throws {
        do {
            _ = try shareFacts(category: "nonResidentIndividual", listed: true, kind: kind, after: "0")
            Issue.record("a listed target was accepted for \(kind)")
        } catch let error as RulesInputError {
            #expect(error.path == "target.listed")
            #expect(error.description.contains(kind))
        }
    }

    @Test(arguments: ["loan", "privateBonds"])
    func loansAndBondsWithoutTheThresholdFactAreUndetermined(kind: String) throws {
        let d = engine.explain(try shareFacts(listed: false, tier: "designated", kind: kind, after: "0"))
        #expect(d.outcome == .undetermined)
        #expect(d.missingFacts.paths == ["act.loanThresholdsMet"])
    }

    /// The four acts added to the contract need no holdings and no listing fact.
    @Test(arguments: [
        ("exResidentTransfer", "nonResidentIndividual", "", "P9"),
        ("privateBonds", "foreignEntity", #", "loanThresholdsMet": true"#, "P12"),
        ("specialLawSecurities", "foreignEntity", "", "P8"),
        ("proxyDelegation", "nonResidentIndividual", #", "controlMatters": true"#, "P14"),
    ])
    func otherActsNeedNoHoldingsOrListing(kind: String, category: String, extra: String, row: String) throws {
        let f = try facts(
            """
            {"date": "2025-09-01", "investor": {"category": "\(category)", "class": "general"},
             "target": {"tier": "nonDesignated"}, "act": {"kind": "\(kind)"\(extra)}}
            """)
        #expect(answer(f) == Answer(.postInvestmentReport, row: row))
    }

    /// Special-law securities and proxy delegation are outside the exemption by Order 3-2(2)(ii); an ex-resident's
    /// transfer and bonds have no exempt report row in 別表第三, so notification stays required (fefta-rules.md §5
    /// [D]). Also in core sectors and for an investor from outside 別表第一 in a non-designated sector.
    @Test(arguments: [
        ("exResidentTransfer", ""), ("privateBonds", #", "loanThresholdsMet": true"#), ("specialLawSecurities", ""),
        ("proxyDelegation", #", "controlMatters": true"#),
    ])
    func theOtherActsAreNeverExempt(kind: String, extra: String) throws {
        for investorClass in ["general", "financialInstitution"] {
            for tier in ["designated", "core", "coreSpecified"] {
                let f = try shareFacts(
                    category: "nonResidentIndividual", investorClass: investorClass, accredited: true, listed: false,
                    tier: tier, kind: kind, after: "0", extraAct: extra)
                #expect(answer(f) == Answer(.priorNotification), "\(investorClass), \(tier)")
            }
        }
        let outsideAnnex = try shareFacts(
            category: "nonResidentIndividual", country: "KP", listed: false, tier: "nonDesignated", kind: kind,
            after: "0", extraAct: extra)
        #expect(answer(outsideAnnex) == Answer(.priorNotification))
        let d = engine.explain(
            try shareFacts(
                category: "nonResidentIndividual", investorClass: "financialInstitution", listed: false,
                tier: "designated", kind: kind, after: "0", extraAct: extra))
        let bar = try #require(d.findings.first { $0.rule == .nonExemptibleAct })
        #expect(bar.answer.en.hasPrefix("No"), "\(bar.answer.en)")
    }

    /// Unlike the management consents and business succession, these acts were FDI before 2020-06-07 too, with the
    /// same report rows (Act 26(2)(ii); Order 2(16) as in force).
    @Test(arguments: ["2020-06-06", "2020-06-07"])
    func theOtherActsOnBothSidesOfThe2020Amendment(date: String) throws {
        for (kind, extra, row) in [
            ("exResidentTransfer", "", "P9"), ("privateBonds", #", "loanThresholdsMet": true"#, "P12"),
            ("specialLawSecurities", "", "P8"), ("proxyDelegation", #", "controlMatters": true"#, "P14"),
        ] {
            let designated = try shareFacts(
                date: date, category: "nonResidentIndividual", listed: false, tier: "designated", kind: kind,
                after: "0", extraAct: extra)
            #expect(answer(designated) == Answer(.priorNotification), "\(kind)")
            let plain = try shareFacts(
                date: date, category: "nonResidentIndividual", listed: false, tier: "nonDesignated", kind: kind,
                after: "0", extraAct: extra)
            #expect(answer(plain) == Answer(.postInvestmentReport, row: row), "\(kind)")
        }
    }

    @Test func branchOnlyForNonResidentIndividualsAndForeignEntities() throws {
        let company = try shareFacts(
            category: "foreignControlledCompany", listed: false, tier: "core", kind: "branch", after: "0")
        #expect(answer(company) == Answer(.noFiling))
        let individual = try shareFacts(
            category: "nonResidentIndividual", listed: false, tier: "core", kind: "branch", after: "0")
        #expect(answer(individual) == Answer(.priorNotification))
    }

    @Test func directorElectionConsentInNonDesignatedCompanyByInvestorFromOutsideTheAnnex() throws {
        #expect(
            answer(try shareFacts(country: "KP", tier: "nonDesignated", kind: "directorElectionConsent", after: "5"))
                == Answer(.priorNotification))
    }

    @Test(arguments: ["directorElectionConsent", "businessTransferConsent", "purposeChangeConsent"])
    func consentsAreNeverExempt(kind: String) throws {
        let f = try shareFacts(
            investorClass: "financialInstitution", tier: "designated", kind: kind, after: "40",
            extraAct: #", "proposedByInvestor": true"#)
        #expect(answer(f) == Answer(.priorNotification))
    }
}
