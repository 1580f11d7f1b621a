import ScreeningRules
import Testing

/// The day before and the day of each regime and sector application date (fefta-rules.md §1).
struct RegimeBoundaryTests {
    @Test(arguments: [
        ("2020-06-06", "1.5", Answer(.noFiling), "2017-10-01"),
        ("2020-06-07", "1.5", Answer(.exempt, .generalDesignated, ["B1", "B2", "B3"], row: "P3"), "2020-06-07"),
        ("2020-06-06", "12", Answer(.priorNotification), "2017-10-01"),
        ("2020-06-07", "12", Answer(.exempt, .generalDesignated, ["B1", "B2", "B3"], row: "P6"), "2020-06-07"),
    ])
    func listedThresholdAndExemptionFrom2020(date: String, after: String, expected: Answer, version: String) throws {
        let d = engine.determine(try shareFacts(date: date, before: "0", after: after))
        #expect(Answer(d) == expected)
        #expect(d.regime?.version == version)
    }

    @Test(arguments: [
        (
            "2025-05-18", "quasiSpecified", "coreSpecified",
            Answer(.exempt, .generalCore, ["B1", "B2", "B3", "C1", "C2"], row: "P3")
        ),
        ("2025-05-19", "quasiSpecified", "coreSpecified", Answer(.priorNotification)),
        (
            "2025-05-18", "quasiSpecified", "core",
            Answer(.exempt, .generalCore, ["B1", "B2", "B3", "C1", "C2"], row: "P3")
        ),
        (
            "2025-05-19", "quasiSpecified", "core",
            Answer(.exempt, .generalCore, ["B1", "B2", "B3", "C1", "C2", "Q1", "Q2"], row: "P3")
        ),
        ("2025-05-18", "specified", "designated", Answer(.exempt, .generalDesignated, ["B1", "B2", "B3"], row: "P3")),
        ("2025-05-19", "specified", "designated", Answer(.priorNotification)),
    ])
    func specifiedAndQuasiSpecifiedInvestorsFrom2025(
        date: String, investorClass: String, tier: String, expected: Answer
    ) throws {
        let f = try shareFacts(date: date, investorClass: investorClass, tier: tier, before: "0", after: "1.5")
        #expect(answer(f) == expected)
    }

    @Test(arguments: [
        ("2020-06-06", "directorElectionConsent", Answer(.noFiling)),
        ("2020-06-07", "directorElectionConsent", Answer(.priorNotification)),
        ("2020-06-06", "businessSuccession", Answer(.noFiling)),
        ("2020-06-07", "businessSuccession", Answer(.priorNotification)),
    ])
    func actsAddedIn2020(date: String, kind: String, expected: Answer) throws {
        let f = try shareFacts(
            date: date, listed: kind == "directorElectionConsent", kind: kind, after: "20",
            extraAct: #", "proposedByInvestor": true"#)
        #expect(answer(f) == expected)
    }

    @Test func coreTierReadAsDesignatedBefore2020() throws {
        // Before 2020-06-07 there is no core tier and no exemption: designated rules (notification) apply.
        #expect(
            answer(try shareFacts(date: "2020-06-06", tier: "core", before: "0", after: "12"))
                == Answer(.priorNotification))
    }

    @Test(arguments: [
        ("2019-08-30", "2814", Answer(.noFiling)), ("2019-08-31", "2814", Answer(.priorNotification)),
        ("2021-11-03", "3511", Answer(.exempt, .unlistedDesignated, ["B1", "B2", "B3"], row: "P2")),
    ])
    func sectorApplicationDatesFromIndustries(date: String, code: String, expected: Answer) throws {
        let f = try facts(
            """
            {"date": "\(date)", "investor": {"category": "foreignEntity", "class": "general"},
             "target": {"listed": false, "industries": ["\(code)"]},
             "act": {"kind": "unlistedShares", "holdingBefore": 0, "holdingAfter": 5}}
            """
        )
        #expect(answer(f) == expected)
    }

    @Test(arguments: [
        ("2020-07-14", false), ("2020-07-15", true), ("2021-11-03", false), ("2021-11-04", true),
        ("2023-05-23", false), ("2023-05-24", true), ("2024-09-14", false), ("2024-09-15", true),
    ])
    func catalogueRowsApplyFromTheirDates(date: String, applies: Bool) {
        let day = ScreeningRulesTests.date(date)
        let added = IndustryCatalogue.all.filter { $0.appliesFrom == day || $0.appliesFrom == day.next }
        #expect(!added.isEmpty)
        for entry in added where entry.appliesFrom == day { #expect(entry.isInForce(on: day) == applies) }
        for entry in added where entry.appliesFrom == day.next { #expect(!entry.isInForce(on: day)) }
    }
}
