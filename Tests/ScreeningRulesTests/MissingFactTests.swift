import JapaneseCalendar
import ScreeningRules
import Testing

/// `undetermined` with `missingFacts` exactly when a fact without a default changes the answer (design.md §4).
struct MissingFactTests {
    @Test func tierMissingForListedDesignatedCandidateIsNeeded() throws {
        let d = engine.explain(
            try facts(
                #"{"date":"2025-09-01","investor":{"category":"foreignEntity","class":"general"},"target":{"listed":true},"act":{"kind":"listedShares","holdingBefore":0.5,"holdingAfter":1.5}}"#
            ))
        #expect(d.outcome == .undetermined)
        #expect(d.missingFacts.paths == ["target.tier"])
        #expect(d.exemption == nil && d.report == nil)
        #expect(d.findings.contains { $0.rule == .missingFact && $0.answer.en.contains("nonDesignated") })
    }

    @Test func classNotNeededWhereTheTargetIsNonDesignated() throws {
        let d = engine.explain(
            try facts(
                #"{"date":"2025-09-01","investor":{"category":"foreignEntity"},"target":{"listed":true,"tier":"nonDesignated"},"act":{"kind":"listedShares","holdingBefore":0.5,"holdingAfter":1.5}}"#
            ))
        #expect(d.outcome == .noFiling)
        #expect(d.missingFacts.isEmpty)
        #expect(d.findings.contains { $0.rule == .missingFact && $0.facts.first?.path == "investor.class" })
    }

    @Test func everythingButTheDateMissing() throws {
        let d = engine.determine(try facts(#"{"date":"2025-09-01"}"#))
        #expect(d.outcome == .undetermined)
        #expect(d.missingFacts.isSuperset(of: [.investorCategory, .actKind, .targetTier, .holdingAfter]))
    }

    @Test func holdingBeforeNeededOnlyWhenItChangesTheReport() throws {
        let needed = engine.determine(
            try facts(
                #"{"date":"2025-09-01","investor":{"category":"foreignEntity","class":"general"},"target":{"listed":true,"tier":"designated"},"act":{"kind":"listedShares","holdingAfter":1.5}}"#
            ))
        #expect(needed.missingFacts == .holdingBefore)
        let notNeeded = engine.determine(
            try facts(
                #"{"date":"2025-09-01","investor":{"category":"foreignEntity","class":"general"},"target":{"listed":true,"tier":"designated"},"act":{"kind":"listedShares","holdingAfter":0.5}}"#
            ))
        #expect(notNeeded.outcome == .noFiling)
    }

    @Test func categoryMissingIsNeeded() throws {
        let d = engine.determine(
            try facts(
                #"{"date":"2025-09-01","investor":{"class":"general"},"target":{"listed":true,"tier":"core"},"act":{"kind":"listedShares","holdingBefore":0,"holdingAfter":12}}"#
            ))
        #expect(d.missingFacts == .investorCategory)
    }

    @Test func securitiesCodeWithoutAnIssuerListLeavesTheTierMissing() throws {
        let f = try facts(
            #"{"date":"2025-09-01","investor":{"category":"foreignEntity","class":"general"},"target":{"listed":true,"securitiesCode":"6501"},"act":{"kind":"listedShares","holdingBefore":0.5,"holdingAfter":1.5}}"#
        )
        #expect(engine.determine(f).missingFacts == .targetTier)
        let list = InMemoryIssuerList(version: date("2025-07-15"), tiers: ["6501": .designated])
        let resolved = ScreeningEngine(issuerTiers: list).explain(f)
        #expect(resolved.outcome == .exempt)
        #expect(resolved.report?.row == .p3)
        #expect(resolved.findings.contains { $0.rule == .targetTier && ($0.note?.en.contains("LIST-1") ?? false) })
    }

    @Test func issuerListTierIsAFloorForTheInvestorsAssessment() throws {
        let f = try facts(
            #"{"date":"2025-09-01","investor":{"category":"foreignEntity","class":"general"},"target":{"listed":true,"tier":"nonDesignated","securitiesCode":"6501"},"act":{"kind":"listedShares","holdingBefore":8,"holdingAfter":11}}"#
        )
        let list = InMemoryIssuerList(version: date("2025-07-15"), tiers: ["6501": .core])
        #expect(ScreeningEngine(issuerTiers: list).determine(f).outcome == .priorNotification)
    }

    @Test func industriesThatLeaveCoreOpenAreUndeterminedOnlyWhenItMatters() throws {
        // 3311 (electricity): designated, and core for "part of" the group.
        let small = try facts(
            #"{"date":"2025-09-01","investor":{"category":"foreignEntity","class":"general"},"target":{"listed":false,"industries":["3311"],"essentialInfrastructureOperator":false},"act":{"kind":"unlistedShares","holdingBefore":0,"holdingAfter":5}}"#
        )
        #expect(engine.determine(small).missingFacts == .targetTier)
        let financial = try facts(
            #"{"date":"2025-09-01","investor":{"category":"foreignEntity","class":"financialInstitution"},"target":{"listed":true,"groupIndustries":["3311"],"essentialInfrastructureOperator":false},"act":{"kind":"listedShares","holdingBefore":0.5,"holdingAfter":1.5}}"#
        )
        #expect(engine.determine(financial).outcome == .exempt)
    }
}
