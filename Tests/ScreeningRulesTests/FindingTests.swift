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
        #expect(
            object.keys == [
                "outcome", "priorNotification", "exemption", "report", "missingFacts", "findings", "ruleset",
            ])
        let text = d.json(language: .en).serialized()
        #expect(
            text.hasPrefix(
                #"{"outcome":"exempt","priorNotification":null,"exemption":{"basis":"generalDesignated","conditions":["B1","B2","B3"]},"report":{"row":"P3","form":"11-2","dueDate":"2025-10-16"},"missingFacts":[],"findings":["#
            ))
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

/// Every act kind × tier × class × regime: the no-trail and trail paths agree, and every finding is cited.
struct TrailConsistencyTests {
    @Test(arguments: ["2019-06-01", "2020-06-07", "2025-09-01"])
    func determineAndExplainAgreeAndEveryFindingIsCited(date: String) throws {
        for kind in ActKind.allCases {
            for tier in TargetTier.allCases {
                for investorClass in InvestorClass.allCases {
                    for (before, after) in [("0", "0.5"), ("0.5", "1.5"), ("2", "4"), ("8", "11"), ("0", "40")] {
                        var f = TransactionFacts(date: ScreeningRulesTests.date(date))
                        f.investor = InvestorFacts(category: .foreignEntity, investorClass: investorClass)
                        f.target = TargetFacts(listed: kind.requiresListedTarget || kind.isConsent, tier: tier)
                        f.act = ActFacts(
                            kind: kind, holdingBefore: try Percent(parsing: before),
                            holdingAfter: try Percent(parsing: after),
                            proposedByInvestor: true, controlMatters: false, loanThresholdsMet: true
                        )
                        let plain = engine.determine(f)
                        var traced = engine.explain(f)
                        #expect(!traced.findings.isEmpty)
                        #expect(traced.findings.allSatisfy { !$0.citation.isEmpty })
                        traced.findings = []
                        #expect(plain == traced, "\(kind) \(tier) \(investorClass) \(before)->\(after)")
                    }
                }
            }
        }
    }
}
