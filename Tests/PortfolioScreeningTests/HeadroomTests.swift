import JapaneseCalendar
import PortfolioScreening
import ScreeningRules
import Testing

/// Headroom: percentage points to the next threshold whose crossing changes the obligation, on both sides of
/// each threshold, for each tier, under each regime.
struct HeadroomTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var tier: TargetTier
        var before: String
        var after: String
        var date = "2025-09-01"
        var outcome: Outcome
        var headroom: String?
        var level: String?
        var next: String?

        var testDescription: String { "\(tier.rawValue) \(before)→\(after) on \(date)" }
    }

    static func row(_ tier: TargetTier, _ before: String, _ after: String, date: String = "2025-09-01") -> PortfolioRow
    {
        let screener = PortfolioScreener(investor: generalInvestor.facts, date: day(date))
        let issuer = Issuer(securitiesCode: "1001", name: "例示", tier: tier)
        let position = IssuerPosition(
            issuerIndex: 0, before: percent(before), after: percent(after), rows: 1, firstLine: 2)
        return screener.screen(position, of: issuer)
    }

    static let cases: [Case] = [
        // ① non-designated: only 10 % matters (rows 5; acts in [1 %, 10 %) have no report, A.6-6 (i)).
        Case(
            tier: .nonDesignated, before: "0", after: "0.5", outcome: .noFiling, headroom: "9.5", level: "10",
            next: "postInvestmentReport, report P5"),
        Case(
            tier: .nonDesignated, before: "0", after: "9.99", outcome: .noFiling, headroom: "0.01", level: "10",
            next: "postInvestmentReport, report P5"),
        Case(tier: .nonDesignated, before: "0", after: "10", outcome: .postInvestmentReport, headroom: nil),
        // ② designated, general investor: 1 % (exempt, P3), 3 % (P4), 10 % (P6), then nothing changes.
        Case(
            tier: .designated, before: "0", after: "0.99", outcome: .noFiling, headroom: "0.01", level: "1",
            next: "exempt (B1 B2 B3), report P3"),
        Case(
            tier: .designated, before: "0", after: "1", outcome: .exempt, headroom: "2", level: "3",
            next: "exempt (B1 B2 B3), report P4"),
        Case(
            tier: .designated, before: "1", after: "2.99", outcome: .exempt, headroom: "0.01", level: "3",
            next: "exempt (B1 B2 B3), report P4"),
        Case(
            tier: .designated, before: "1", after: "3", outcome: .exempt, headroom: "7", level: "10",
            next: "exempt (B1 B2 B3), report P6"),
        Case(
            tier: .designated, before: "3", after: "9.99", outcome: .exempt, headroom: "0.01", level: "10",
            next: "exempt (B1 B2 B3), report P6"),
        Case(tier: .designated, before: "3", after: "10", outcome: .exempt, headroom: nil),
        // ③ core, general investor: the exemption cap of 10 % (Order 3-2(2)(iii)ロ) ends the exemption.
        Case(
            tier: .core, before: "0", after: "0.99", outcome: .noFiling, headroom: "0.01", level: "1",
            next: "exempt (B1 B2 B3 C1 C2), report P3"),
        Case(
            tier: .core, before: "3", after: "9.9999999999", outcome: .exempt, headroom: "0.0000000001", level: "10",
            next: "priorNotification"),
        Case(tier: .core, before: "3", after: "10", outcome: .priorNotification, headroom: nil),
        // Before 2020-06-07: a 10 % threshold and no exemption, so 1 % and 3 % do not matter.
        Case(
            tier: .designated, before: "0", after: "5", date: "2019-06-01", outcome: .noFiling, headroom: "5",
            level: "10", next: "priorNotification"),
    ]

    @Test(arguments: cases)
    func headroomToTheNextThresholdThatChangesTheObligation(_ test: Case) throws {
        let row = Self.row(test.tier, test.before, test.after, date: test.date)
        #expect(row.determination?.outcome == test.outcome)
        #expect(row.headroom?.points.description == test.headroom)
        if let level = test.level { #expect(row.headroom?.level.description == level) }
        if let next = test.next { #expect(row.headroom.map { Obligation($0.next).description } == next) }
    }

    @Test func levelsAreTheLeastExactPercentagesReachingEachThreshold() {
        #expect(PortfolioScreener.level(Threshold(10)) == Percent(10))
        #expect(PortfolioScreener.level(.oneThird).description == "33.3333333334")
        #expect(PortfolioScreener.thresholds(on: day("2025-09-01")).map(\.description) == ["1", "3", "10", "100/3"])
        #expect(PortfolioScreener.thresholds(on: day("2019-06-01")).map(\.description) == ["1", "3", "10", "100/3"])
    }

    @Test func nearThresholdNotesAreWithinOneTenthOfAPointInclusive() {
        func notes(_ tier: TargetTier, _ before: String, _ after: String) -> [String] {
            Self.row(tier, before, after).notes.map { $0.text(.en) }
        }
        #expect(
            notes(.designated, "0", "0.9") == [
                "0.1 points below 1 %: reaching it gives exempt (B1 B2 B3), report row P3"
            ])
        #expect(notes(.designated, "0", "0.8999999999") == [])
        #expect(notes(.designated, "0.5", "1.05") == ["0.05 points above 1 %: stopping below it gives no filing"])
        #expect(notes(.designated, "0.5", "1") == ["at 1 %: stopping below it gives no filing"])
        #expect(notes(.designated, "0.5", "1.1").count == 1)
        #expect(notes(.designated, "0.5", "1.1000000001") == [])
        #expect(
            notes(.core, "5", "10.05") == ["0.05 points above 10 %: stopping below it gives exempt (B1 B2 B3 C1 C2)"])
        // Starting above the threshold, stopping below it is impossible: no note.
        #expect(notes(.core, "10", "10.05") == [])
        // Non-designated: 1 % changes nothing, so 1.05 % is not "near" anything.
        #expect(notes(.nonDesignated, "0.5", "1.05") == [])
        // In Japanese, with no internal names.
        #expect(
            Self.row(.designated, "0", "0.9").notes.map { $0.text(.ja) } == [
                "1%まであと0.1ポイント: 達すると事前届出免除（B1 B2 B3）、事後報告 P3"
            ])
        #expect(
            Self.row(.designated, "0.5", "1").notes.map { $0.text(.ja) } == ["ちょうど1%: 下回っていれば届出不要"])
    }

    @Test func undeterminedRowsNameTheMissingFactsAndHaveNoHeadroom() {
        let screener = PortfolioScreener(investor: InvestorFacts(category: .foreignEntity), date: day("2025-09-01"))
        let row = screener.screen(
            IssuerPosition(issuerIndex: 0, before: .zero, after: Percent(2), rows: 1, firstLine: 2),
            of: Issuer(securitiesCode: "1001", name: "例示", tier: .designated))
        #expect(row.determination?.outcome == .undetermined)
        #expect(row.headroom == nil)
        #expect(row.notes == [.missingFacts(["investor.class"])])
        #expect(row.noteText(.en) == "missing investor.class")
    }

    @Test func domesticInvestorsHaveNothingToWatch() {
        let screener = PortfolioScreener(
            investor: InvestorFacts(category: .domestic, investorClass: .general), date: day("2025-09-01"))
        let row = screener.screen(
            IssuerPosition(issuerIndex: 0, before: .zero, after: Percent(20), rows: 1, firstLine: 2),
            of: Issuer(securitiesCode: "1001", name: "例示", tier: .core))
        #expect(row.determination?.outcome == .noFiling)
        #expect(row.headroom == nil)
    }
}
