import ScreeningRules
import Testing

/// Post-investment report rows (fefta-rules.md §7.1; ordinance-tables.md §A.4-A.5 examples E1-E14).
struct ReportRowTests {
    @Test(
        arguments: [
            ("E2 0.8 to 1.2", "0.8", "1.2", [String](), "P3"),
            ("E3 within the 1-3 band", "1.2", "2.5", [], nil),
            ("E4 2.5 to 3.0", "2.5", "3.0", [], "P4"),
            ("E5 jump to 5 is row 4 only", "0.5", "5", [], "P4"),
            ("E6 jump to 12 is row 6 only", "0.5", "12", [], "P6"),
            ("E7 9.5 to 10", "9.5", "10", [], "P6"),
            ("E8 12 to 13 again under Reading B", "12", "13", ["P3", "P4"], "P6"),
            ("E9 past row-3 reporter", "0.5", "1.5", ["P3"], nil),
            ("E10 row 3 after a row-4 report (literal)", "0.5", "1.5", ["P4"], "P3"),
            ("E11 past row-4 reporter", "1.5", "4", ["P4"], nil),
            ("Row-3 report does not block row 4", "1.5", "4", ["P3"], "P4"),
        ] as [(String, String, String, [String], String?)])
    func bandMovesOncePerIssuer(name: String, before: String, after: String, filed: [String], row: String?) throws {
        #expect(answer(try shareFacts(before: before, after: after, filed: filed)).row == row, "\(name)")
    }

    @Test func readingAReportsOnlyTheCrossingOfTenPercent() throws {
        let readingA = ScreeningEngine(
            readings: Readings(reportEveryAcquisitionAtTenPercent: false, rowThreeAfterRowFour: true))
        #expect(readingA.determine(try shareFacts(before: "12", after: "13")).report == nil)
        #expect(readingA.determine(try shareFacts(before: "9", after: "13")).report?.row == .p6)
        #expect(readingA.determine(try shareFacts(tier: "nonDesignated", before: "12", after: "13")).report == nil)
    }

    @Test func nonLiteralE10ClosesRowThreeAfterRowFour() throws {
        let reading = ScreeningEngine(
            readings: Readings(reportEveryAcquisitionAtTenPercent: true, rowThreeAfterRowFour: false))
        #expect(reading.determine(try shareFacts(before: "0.5", after: "1.5", filed: ["P4"])).report == nil)
    }

    @Test func e12LicensedFinancialInstitutionReportsOnlyFromTenPercent() throws {
        #expect(answer(try shareFacts(investorClass: "financialInstitution", before: "0.5", after: "5")).row == nil)
        #expect(answer(try shareFacts(investorClass: "financialInstitution", before: "5", after: "10")).row == "P6")
    }

    @Test(
        arguments: [("0.5", "2", "P7"), ("0.5", "1", nil), ("1.5", "3", nil), ("0.5", "12", "P6")]
            as [(String, String, String?)])
    func e13LowRiskStateOwnedEnterpriseReportsWhenCrossingItsRatio(before: String, after: String, row: String?) throws {
        let f = try facts(
            """
            {"date": "2025-09-01",
             "investor": {"category": "foreignEntity", "class": "stateControlled", "accredited": true, "confirmedLowRiskStateOwned": true},
             "target": {"listed": true, "tier": "designated"},
             "act": {"kind": "listedShares", "holdingBefore": \(before), "holdingAfter": \(after), "specifiedRatio": 1.5}}
            """
        )
        let d = engine.determine(f)
        #expect(d.outcome == .exempt)
        #expect(d.report?.row.rawValue == row)
        if row == "P7" { #expect(d.report?.form == "MOF-designated") }
    }

    @Test func lowRiskStateOwnedEnterpriseWithoutItsRatioIsUndetermined() throws {
        let f = try facts(
            """
            {"date": "2025-09-01",
             "investor": {"category": "foreignEntity", "class": "stateControlled", "accredited": true, "confirmedLowRiskStateOwned": true},
             "target": {"listed": true, "tier": "designated"}, "act": {"kind": "listedShares", "holdingBefore": 0.5, "holdingAfter": 2}}
            """
        )
        #expect(engine.determine(f).missingFacts == .specifiedRatio)
    }

    @Test func e14NonDesignatedListedBelowTenPercentHasNoRow() throws {
        let d = engine.explain(try shareFacts(tier: "nonDesignated", before: "0.5", after: "5"))
        #expect(d.outcome == .noFiling)
        #expect(d.findings.contains { $0.rule == .listedReport && $0.note != nil })
    }

    @Test(arguments: [
        ("2025-09-01", "2025-10-16"),  // Thursday: 45 days after the act
        ("2025-06-27", "2025-08-12"),  // EX6: 2025-08-11 is Mountain Day
        ("2025-09-04", "2025-10-20"),  // 2025-10-19 is a Sunday
        ("2025-11-15", "2026-01-05"),  // 2025-12-30 falls in the 29 December - 3 January closure
    ])
    func reportDueDateIsFortyFiveDaysAfterTheActOnAWorkingDay(act: String, due: String) throws {
        let d = engine.explain(try shareFacts(date: act, before: "0", after: "1.5"))
        #expect(d.report?.dueDate == date(due))
        #expect(d.findings.contains { $0.rule == .reportDueDate && $0.answer.en.hasPrefix(due) })
    }

    @Test(arguments: ["B1", "B2", "B3"])
    func plannedConductAgainstABasicConditionLosesTheExemption(condition: String) throws {
        let key = ["B1": "boardSeat", "B2": "proposeBusinessTransferOrAbolition", "B3": "accessNonPublicTechnology"][
            condition]!
        #expect(
            answer(try shareFacts(before: "0", after: "1.5", plans: #"{"\#(key)": true}"#))
                == Answer(.priorNotification))
    }

    @Test(arguments: [
        ("attendCoreBoardMeetings", false), ("writtenProposalsWithDeadline", false),
        ("accessNonPublicInformation", true), ("staffOrSolicitPersonnel", true),
    ])
    func coreAndQuasiConditionsOnlyOnTheirRoute(key: String, quasiOnly: Bool) throws {
        let plans = #"{"\#(key)": true}"#
        // Designated route: C and Q conditions do not apply.
        #expect(answer(try shareFacts(before: "0", after: "1.5", plans: plans)).outcome == .exempt)
        // Core route for a general investor: C conditions apply, Q conditions do not.
        let general = answer(try shareFacts(tier: "core", before: "0", after: "1.5", plans: plans)).outcome
        #expect(general == (quasiOnly ? .exempt : .priorNotification))
        // Core route for a quasi-specified investor: both apply.
        #expect(
            answer(
                try shareFacts(investorClass: "quasiSpecified", tier: "core", before: "0", after: "1.5", plans: plans)
            ).outcome == .priorNotification)
    }

    @Test func x1PriorConsentBreachLosesTheExemptionForThatIssuer() throws {
        var f = try shareFacts(before: "0", after: "1.5")
        f.priorConsentBreach = true
        #expect(answer(f) == Answer(.priorNotification))
    }
}
