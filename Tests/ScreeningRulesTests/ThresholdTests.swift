import ScreeningRules
import Testing

/// Both sides of every threshold (issue 4, "Tests that must exist").
struct ThresholdTests {
    @Test(arguments: [
        ("0.99", Answer(.noFiling)), ("1.00", Answer(.exempt, .generalDesignated, ["B1", "B2", "B3"], row: "P3")),
        ("0.9999999999", Answer(.noFiling)), ("1", Answer(.exempt, .generalDesignated, ["B1", "B2", "B3"], row: "P3")),
    ])
    func listedSharesAtOnePercent(after: String, expected: Answer) throws {
        #expect(answer(try shareFacts(before: "0", after: after)) == expected)
    }

    @Test(arguments: [
        ("2.99", "P3"), ("3.00", "P4"), ("9.99", "P4"), ("10.00", "P6"),
    ])
    func reportBandsAtThreeAndTenPercent(after: String, row: String) throws {
        #expect(answer(try shareFacts(before: "0.5", after: after)).row == row)
    }

    @Test(arguments: [
        ("9.99", Answer(.exempt, .generalCore, ["B1", "B2", "B3", "C1", "C2"], row: "P4")),
        ("10.00", Answer(.priorNotification)),
    ])
    func coreRouteEndsBelowTenPercent(after: String, expected: Answer) throws {
        #expect(answer(try shareFacts(tier: "core", before: "2", after: after)) == expected)
    }

    @Test(arguments: [("9.99", Answer(.noFiling)), ("10.00", Answer(.postInvestmentReport, row: "P1"))])
    func unlistedNonDesignatedAtTenPercent(after: String, expected: Answer) throws {
        #expect(answer(try shareFacts(listed: false, tier: "nonDesignated", after: after)) == expected)
    }

    @Test(arguments: [("9.99", Answer(.noFiling)), ("10.00", Answer(.postInvestmentReport, row: "P5"))])
    func listedNonDesignatedReportsFromTenPercent(after: String, expected: Answer) throws {
        #expect(answer(try shareFacts(tier: "nonDesignated", before: "5", after: after)) == expected)
    }

    @Test(arguments: [
        ("33.3333333333", Answer(.noFiling)), ("33.3333333334", Answer(.priorNotification)),
        ("33.33", Answer(.noFiling)), ("34", Answer(.priorNotification)),
    ])
    func purposeChangeConsentAtOneThird(after: String, expected: Answer) throws {
        for listed in [true, false] {
            let f = try shareFacts(listed: listed, kind: "purposeChangeConsent", after: after)
            #expect(answer(f) == expected, "listed: \(listed)")
        }
    }

    @Test(arguments: [
        ("designated", "9.99", Answer(.noFiling)),
        ("designated", "10", Answer(.exempt, .generalDesignated, ["B1", "B2", "B3"], row: "P6")),
        ("nonDesignated", "9.99", Answer(.noFiling)),
        ("nonDesignated", "10", Answer(.postInvestmentReport, row: "P15")),
        ("core", "10", Answer(.priorNotification)),
    ])
    func jointVotingAgreementAtTenPercent(tier: String, after: String, expected: Answer) throws {
        #expect(answer(try shareFacts(tier: tier, kind: "jointVotingAgreement", after: after)) == expected)
    }

    @Test(arguments: [
        (true, "9.99", Answer(.noFiling)), (true, "10", Answer(.postInvestmentReport, row: "P13")),
        (false, "0.01", Answer(.postInvestmentReport, row: "P13")),
    ])
    func proxySolicitationAtTenPercentForListedCompanies(listed: Bool, after: String, expected: Answer) throws {
        let f = try shareFacts(
            listed: listed, tier: "nonDesignated", kind: "proxySolicitation", after: after,
            extraAct: #", "controlMatters": true"#)
        #expect(answer(f) == expected)
    }

    @Test(arguments: [("0.99", Answer(.noFiling)), ("1", Answer(.priorNotification))])
    func directorElectionConsentAtOnePercentOfAListedCompany(after: String, expected: Answer) throws {
        #expect(answer(try shareFacts(kind: "directorElectionConsent", after: after)) == expected)
    }

    @Test(arguments: [("9.99", Answer(.noFiling)), ("10", Answer(.priorNotification))])
    func tenPercentThresholdBeforeTwentyTwenty(after: String, expected: Answer) throws {
        #expect(answer(try shareFacts(date: "2020-06-06", before: "0", after: after)) == expected)
    }
}
