import ScreeningRules
import Testing

/// The sanctions trigger (fefta-rules.md §5; Order 3(2)(iii)): an act that may be a capital transaction under
/// sanctions needs prior notification whatever the sector, and cannot be exempted (Order 3-2(2)(i)), like the
/// country-list trigger of Order 3(2)(ii).
struct SanctionsTriggerTests {
    static let sanctioned = #", "sanctionsCapitalTransaction": true"#
    static let cleared = #", "sanctionsCapitalTransaction": false"#

    @Test(arguments: ["2019-06-01", "2020-06-06", "2020-06-07", "2025-05-18", "2025-05-19", "2025-09-01"])
    func aSanctionsCaseNeedsNotificationInANonDesignatedSectorUnderEveryRegime(date: String) throws {
        let caught = try shareFacts(
            date: date, tier: "nonDesignated", before: "0", after: "12", extraAct: Self.sanctioned)
        #expect(answer(caught) == Answer(.priorNotification))
        for extra in ["", Self.cleared] {
            let plain = try shareFacts(date: date, tier: "nonDesignated", before: "0", after: "12", extraAct: extra)
            #expect(answer(plain) == Answer(.postInvestmentReport, row: "P5"))
        }
    }

    @Test func aSanctionsCaseIsNeverExempt() throws {
        let exempt = try shareFacts(tier: "designated", before: "0.5", after: "1.5", extraAct: Self.cleared)
        #expect(answer(exempt) == Answer(.exempt, .generalDesignated, ["B1", "B2", "B3"], row: "P3"))
        let d = engine.explain(
            try shareFacts(
                investorClass: "financialInstitution", tier: "designated", before: "0.5", after: "1.5",
                extraAct: Self.sanctioned))
        #expect(Answer(d) == Answer(.priorNotification))
        let bar = try #require(d.findings.first { $0.rule == .nonExemptibleAct })
        #expect(bar.answer.en.contains("Order 3-2(2)(i)") && bar.answer.en.contains("sanction"), "\(bar.answer.en)")
        let trigger = try #require(d.findings.first { $0.rule == .sanctions })
        #expect(trigger.answer.en.hasPrefix("Yes"))
        #expect(trigger.citation.contains("Order 3(2)(iii)"))
    }

    @Test func withoutTheFactTheTriggerIsNotTestedAndTheTrailSaysSo() throws {
        let d = engine.explain(try shareFacts(tier: "nonDesignated", before: "0", after: "12"))
        #expect(d.outcome == .postInvestmentReport)
        #expect(d.missingFacts.paths.isEmpty)
        let trigger = try #require(d.findings.first { $0.rule == .sanctions })
        #expect(trigger.answer.en.hasPrefix("Not tested"))
    }

    /// Like the country-list trigger, it brings a director-election consent in a non-designated company within
    /// Order 3(2) (Ord. 3(2)(viii)), but does not make an act that is not FDI at all into one.
    @Test func consentsAndActsOutsideFDI() throws {
        let consent = try shareFacts(
            tier: "nonDesignated", kind: "directorElectionConsent", after: "5", extraAct: Self.sanctioned)
        #expect(answer(consent) == Answer(.priorNotification))
        let small = try shareFacts(
            listed: false, tier: "nonDesignated", before: "0", after: "5", extraAct: Self.sanctioned)
        #expect(answer(small) == Answer(.noFiling))
        let belowOnePercent = try shareFacts(
            tier: "nonDesignated", before: "0", after: "0.99", extraAct: Self.sanctioned)
        #expect(answer(belowOnePercent) == Answer(.noFiling))
    }

    @Test func theFactMustBeABoolean() throws {
        do {
            _ = try shareFacts(tier: "nonDesignated", after: "12", extraAct: #", "sanctionsCapitalTransaction": "yes""#)
            Issue.record("a string was accepted")
        } catch let error as RulesInputError {
            #expect(error.path == "act.sanctionsCapitalTransaction")
        }
    }
}
