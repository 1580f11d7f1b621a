import ScreeningRules
import Testing

/// The findings trail and the JSON output contract (design.md §4).
struct FindingTests {
    static let samples: [String] = [
        #"{"date":"2025-09-01","investor":{"category":"foreignEntity","country":"SG","class":"general"},"target":{"listed":true,"tier":"designated"},"act":{"kind":"listedShares","holdingBefore":0.5,"holdingAfter":1.5}}"#,
        #"{"date":"2025-09-01","investor":{"category":"domestic"}}"#,
        #"{"date":"2025-09-01","investor":{"category":"foreignEntity","class":"general","country":"KP"},"target":{"listed":false,"industries":["3511"]},"act":{"kind":"loan","loanThresholdsMet":true}}"#,
        #"{"date":"2019-01-01","investor":{"category":"foreignEntity","class":"violator"},"target":{"listed":true,"tier":"core"},"act":{"kind":"listedShares","holdingBefore":0,"holdingAfter":12}}"#,
        #"{"date":"2025-09-01"}"#,
    ]

    @Test(arguments: samples)
    func everyFindingHasACitationInBothLanguages(json: String) throws {
        let d = engine.explain(try facts(json))
        #expect(!d.findings.isEmpty)
        for finding in d.findings {
            #expect(!finding.citation.isEmpty)
            #expect(!finding.question.en.isEmpty && !finding.question.ja.isEmpty)
            #expect(!finding.answer.en.isEmpty && !finding.answer.ja.isEmpty)
        }
        #expect(engine.determine(try facts(json)).findings.isEmpty)
    }

    @Test func jsonOutputKeepsTheContractsKeyOrder() throws {
        let d = engine.explain(try facts(Self.samples[0]))
        guard case .object(let object) = d.json(language: .en) else {
            Issue.record("not an object")
            return
        }
        #expect(object.keys == ["outcome", "priorNotification", "exemption", "report", "missingFacts", "findings", "ruleset"])
        let text = d.json(language: .en).serialized()
        #expect(text.hasPrefix(#"{"outcome":"exempt","priorNotification":null,"exemption":{"basis":"generalDesignated","conditions":["B1","B2","B3"]},"report":{"row":"P3","form":"11-2","dueDate":"2025-10-16"},"missingFacts":[],"findings":["#))
        #expect(text.hasSuffix(#""ruleset":{"version":"2025-05-19"}}"#))
        #expect(text.contains(#""facts":{"act.kind":"listedShares","act.holdingAfter":1.5}"#))
        #expect(d.json(language: .ja).serialized().contains("外国投資家"))
    }

    @Test func ruleCatalogListsEveryRuleOnce() {
        let ids = RuleCatalog.all.map { $0.id }
        #expect(Set(ids).count == ids.count)
        #expect(Set(ids) == Set(RuleID.allCases))
        #expect(RuleCatalog.all.allSatisfy { !$0.citation.isEmpty })
    }
}
