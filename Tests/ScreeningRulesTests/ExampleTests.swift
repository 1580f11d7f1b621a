import ScreeningRules
import Testing

/// The worked examples of fefta-rules.md §11.
struct ExampleTests {
    @Test func ex1SingaporeCompanyBuysIntoListedDesignatedTargetExemptWithRowThreeReport() throws {
        let f = try facts(
            """
            {"date": "2025-09-01",
             "investor": {"category": "foreignEntity", "country": "SG", "class": "general", "accredited": false},
             "target": {"listed": true, "tier": "designated", "securitiesCode": "6501"},
             "act": {"kind": "listedShares", "holdingBefore": 0.5, "holdingAfter": 1.5, "fromForeignInvestor": false,
                     "proposedByInvestor": false, "controlMatters": false},
             "plans": {"boardSeat": false, "proposeBusinessTransferOrAbolition": false, "accessNonPublicTechnology": false},
             "reportsAlreadyFiled": []}
            """
        )
        let d = engine.explain(f)
        #expect(d.outcome == .exempt)
        #expect(d.exemption == Exemption(basis: .generalDesignated, conditions: .basic))
        #expect(d.report?.row == .p3)
        #expect(d.report?.form == "11-2")
        #expect(d.report?.dueDate == date("2025-10-16"))
        #expect(d.priorNotification == nil)
        #expect(d.regime?.version == "2025-05-19")
        #expect(!d.findings.isEmpty && d.findings.allSatisfy { !$0.citation.isEmpty })
    }

    @Test func ex2GeneralInvestorCrossesTenPercentOfListedCoreTargetMustNotify() throws {
        let d = engine.explain(try shareFacts(tier: "core", before: "8", after: "11"))
        #expect(d.outcome == .priorNotification)
        #expect(
            d.priorNotification
                == PriorNotificationTerms(waitingDays: 30, filingWindowMonths: 6, executionReportDays: 45))
        #expect(d.report == nil)
        #expect(d.findings.contains { $0.rule == .executionReport })
    }

    @Test func ex3LicensedAssetManagerBuysTwelvePercentOfListedCoreTargetExemptWithRowSixOnly() throws {
        let d = engine.determine(
            try shareFacts(investorClass: "financialInstitution", tier: "core", before: "0", after: "12"))
        #expect(Answer(d) == Answer(.exempt, .financialInstitution, ["B1", "B2", "B3"], row: "P6"))
        // No 1% or 3% reports ever for a licensed financial institution.
        for (before, after) in [("0", "1.5"), ("0.5", "5"), ("2", "9.99")] {
            let small = answer(
                try shareFacts(investorClass: "financialInstitution", tier: "core", before: before, after: after))
            #expect(small == Answer(.exempt, .financialInstitution, ["B1", "B2", "B3"]))
        }
    }

    @Test(arguments: ["general", "financialInstitution", "quasiSpecified", "foreignGovernment"])
    func ex4AnyInvestorBuyingOneShareOfUnlistedCoreCompanyMustNotify(investorClass: String) throws {
        let f = try shareFacts(
            investorClass: investorClass, accredited: true, listed: false, tier: "core", after: "0.0001")
        #expect(answer(f) == Answer(.priorNotification))
    }
}
