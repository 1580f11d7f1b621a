import ScreeningRules
import Testing

/// The runner behind `fefta rules test`, on JSON cases (the CLI converts YAML to the same values).
struct RuleTestCaseTests {
    static let input =
        #"{"date":"2025-09-01","investor":{"category":"foreignEntity","class":"general"},"target":{"listed":true,"tier":"designated"},"act":{"kind":"listedShares","holdingBefore":0.5,"holdingAfter":1.5}}"#

    @Test func passingCaseHasNoMismatch() throws {
        let json = try JSONParser().parse(
            #"{"name":"EX1","input":\#(Self.input),"output":{"outcome":"exempt","conditions":["B1","B2","B3"],"reportRow":"P3","reportForm":"11-2","dueDate":"2025-10-16","priorNotification":false}}"#
        )
        let testCase = try RuleTestCase(json: json, path: "[0]")
        #expect(testCase.name == "EX1")
        #expect(testCase.run(with: ScreeningEngine()).isEmpty)
    }

    @Test func failingCaseListsEachDifference() throws {
        let json = try JSONParser().parse(
            #"{"name":"wrong","input":\#(Self.input),"output":{"outcome":"priorNotification","reportRow":null,"missingFacts":[]}}"#
        )
        let mismatches = try RuleTestCase(json: json, path: "[0]").run(with: ScreeningEngine())
        #expect(
            mismatches.map(\.description) == [
                #"outcome: expected "priorNotification", got "exempt""#, #"reportRow: expected null, got "P3""#,
            ])
    }

    @Test(arguments: [
        (#"{"name":"x","input":{"date":"2025-09-01","act":{"kind":"nope"}},"output":{}}"#, "[2].input.act.kind"),
        (#"{"name":"x","input":{"date":"2025-09-01"},"output":{"report":"P3"}}"#, "[2].output.report"),
        (#"{"input":{"date":"2025-09-01"},"output":{}}"#, "[2].name"),
        (#"{"name":"x","output":{}}"#, "[2].input"),
    ])
    func malformedCasesNameTheMember(json: String, path: String) throws {
        let value = try JSONParser().parse(json)
        #expect {
            _ = try RuleTestCase(json: value, path: "[2]")
        } throws: { error in
            (error as? RulesInputError)?.path == path
        }
    }

    @Test func tierNotYetInForceIsReadAsTheHighestThenAndSaysSo() throws {
        let d = engine.explain(try shareFacts(date: "2020-06-06", tier: "coreSpecified", before: "0", after: "12"))
        #expect(d.outcome == .priorNotification)
        #expect(
            d.findings.contains {
                $0.rule == .targetTier && $0.answer.en.hasPrefix("designated")
                    && ($0.note?.en.contains("not a tier") ?? false)
            })
    }

    @Test func industriesRaiseButNeverLowerTheInvestorsTier() throws {
        let raised = try facts(
            #"{"date":"2025-09-01","investor":{"category":"foreignEntity","class":"general"},"target":{"listed":false,"tier":"nonDesignated","industries":["3511"]},"act":{"kind":"unlistedShares","holdingBefore":0,"holdingAfter":5}}"#
        )
        #expect(answer(raised).basis == .unlistedDesignated)
        let kept = try facts(
            #"{"date":"2025-09-01","investor":{"category":"foreignEntity","class":"general"},"target":{"listed":false,"tier":"core","industries":["5811"]},"act":{"kind":"unlistedShares","holdingBefore":0,"holdingAfter":5}}"#
        )
        #expect(answer(kept) == Answer(.priorNotification))
    }
}
