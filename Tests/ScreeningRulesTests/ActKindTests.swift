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

    @Test func loanWithoutThresholdFactIsUndetermined() throws {
        let d = engine.explain(try shareFacts(listed: false, tier: "designated", kind: "loan", after: "0"))
        #expect(d.outcome == .undetermined)
        #expect(d.missingFacts.paths == ["act.loanThresholdsMet"])
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
