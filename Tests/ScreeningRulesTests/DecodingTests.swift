import ScreeningRules
import Testing

/// Strict decoding of the `fefta check` input: each error names the JSON path.
struct DecodingTests {
    @Test(arguments: [
        (#"{"date":"2025-09-01","extra":1}"#, "extra"),
        (#"{"date":"2025-09-01","investor":{"category":"foreignEntity","nationality":"SG"}}"#, "investor.nationality"),
        (#"{"date":"2025-09-01","act":{"kind":"listedShares","holdingAfter":100.5}}"#, "act.holdingAfter"),
        (
            #"{"date":"2025-09-01","act":{"kind":"listedShares","holdingBefore":5,"holdingAfter":4}}"#,
            "act.holdingAfter"
        ),
        (#"{"date":"2025-09-01","act":{"kind":"listedShares","holdingAfter":-1}}"#, "act.holdingAfter"),
        (#"{"date":"2025-09-01","act":{"kind":"listedShares","holdingAfter":"1.5"}}"#, "act.holdingAfter"),
        (#"{"date":"2025-09-01","act":{"kind":"listedShares","holdingAfter":0.12345678901}}"#, "act.holdingAfter"),
        (#"{"date":"2025-09-01","act":{"kind":"buyShares"}}"#, "act.kind"),
        (#"{"date":"2025-09-01","investor":{"class":"sovereign"}}"#, "investor.class"),
        (#"{"date":"2025-09-01","investor":{"country":"SGP"}}"#, "investor.country"),
        (#"{"date":"2025-09-01","target":{"tier":"critical"}}"#, "target.tier"),
        (#"{"date":"2025-09-01","target":{"industries":["2814","28x"]}}"#, "target.industries[1]"),
        (#"{"date":"2025-09-01","target":{"listed":false},"act":{"kind":"listedShares"}}"#, "target.listed"),
        (#"{"date":"2025-09-01","target":{"securitiesCode":"65-01"}}"#, "target.securitiesCode"),
        (#"{"date":"2025-09-01","reportsAlreadyFiled":["P6"]}"#, "reportsAlreadyFiled[0]"),
        (#"{"date":"2025-09-01","plans":{"boardSeat":"no"}}"#, "plans.boardSeat"),
        (#"{"date":"2025-02-29"}"#, "date"),
        (#"{"date":"2017-09-30"}"#, "date"),
        (#"{"investor":{}}"#, "date"),
        (#"{"date":"2025-09-01","act":{"kind":"listedShares","specifiedRatio":10}}"#, "act.specifiedRatio"),
        (#"[1]"#, "(top level)"),
    ])
    func schemaErrorsNameTheField(json: String, path: String) throws {
        let value = try JSONParser().parse(json)
        #expect {
            _ = try TransactionFacts(json: value)
        } throws: { error in
            (error as? RulesInputError)?.path == path
        }
    }

    @Test func absentAndNullFactsAreLeftUnknown() throws {
        let f = try facts(
            #"{"date":"2025-09-01","investor":{"category":null,"country":"sg"},"act":{"kind":"listedShares"}}"#)
        #expect(f.investor.category == nil)
        #expect(f.investor.country?.description == "SG")
        #expect(f.act.holdingAfter == nil)
        #expect(!f.act.fromForeignInvestor)
        #expect(f.plans.isEmpty)
    }

    @Test func errorDescriptionsAreOneLineAndSayWhatWasExpected() throws {
        let value = try JSONParser().parse(#"{"date":"2025-09-01","act":{"holdingAfter":120}}"#)
        do {
            _ = try TransactionFacts(json: value)
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "act.holdingAfter: 120 is out of range: a percentage from 0 to 100")
            #expect(!error.description.contains("\n"))
        }
    }
}
