import JapaneseCalendar
import PortfolioScreening
import ScreeningRules
import Testing

/// Property: every row the portfolio path produces is what `fefta check` decides for the same facts, over
/// generated issuer lists, investors, dates across every regime, and holdings files.
struct PortfolioAgreementTests {
    /// A deterministic generator (SplitMix64).
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
        mutating func pick<T>(_ values: [T]) -> T { values[below(values.count)] }
    }

    static let dates = [
        "2019-06-01", "2020-06-06", "2020-06-07", "2023-03-01", "2025-05-18", "2025-05-19", "2025-09-01",
    ]
    /// Row values that land on, just below and just above the thresholds once summed, and plain ones.
    static let amounts = [
        "0", "0.0001", "0.25", "0.3333", "0.3334", "0.4999999999", "0.5", "1", "1.5", "2.9999", "3", "5",
    ]

    struct Scenario {
        var list: IssuerList
        var investor: InvestorProfile
        var date: String
        var holdings: String
    }

    static func scenario(seed: UInt64) -> Scenario {
        var random = Random(state: seed)
        var issuers: [Issuer] = []
        for number in 0..<40 {
            let code = number % 7 == 6 ? "\(200 + number)A" : String(3000 + number)
            issuers.append(Issuer(securitiesCode: code, name: "例示\(number)", tier: random.pick(TargetTier.allCases)))
        }
        let category = random.pick(InvestorCategory.allCases)
        let facts = InvestorFacts(
            category: category, country: random.pick([nil, CountryCode("SG"), CountryCode("US"), CountryCode("JP")]),
            investorClass: random.below(12) == 0 ? nil : random.pick(InvestorClass.allCases),
            accredited: random.below(2) == 0)
        var holdings = "fund,securities_code,holding_before,holding_after\n"
        for _ in 0..<(20 + random.below(200)) {
            let issuer = issuers[random.below(issuers.count)]
            let before = random.pick(amounts)
            let after = (percent(before).adding(percent(random.pick(amounts))) ?? .zero).description
            holdings += "F\(random.below(5)),\(issuer.securitiesCode),\(before),\(after)\n"
        }
        return Scenario(
            list: IssuerList(published: day("2025-07-15"), issuers: issuers),
            investor: InvestorProfile(name: "Generated", facts: facts), date: random.pick(dates), holdings: holdings)
    }

    /// The `fefta check` input for one row, as JSON text (the contract of design.md §4).
    static func checkInput(_ scenario: Scenario, _ row: PortfolioRow, tierGiven: Bool) -> String {
        let target =
            tierGiven
            ? #"{"listed": true, "tier": "\#(row.issuer.tier.rawValue)", "securitiesCode": "\#(row.issuer.securitiesCode)"}"#
            : #"{"listed": true, "securitiesCode": "\#(row.issuer.securitiesCode)"}"#
        return """
            {"date": "\(scenario.date)", "investor": \(scenario.investor.json.serialized(pretty: false)),
             "target": \(target),
             "act": {"kind": "listedShares", "holdingBefore": \(row.position.before), "holdingAfter": \(row.position.after)}}
            """
    }

    /// What must agree: everything a determination says except the findings trail.
    static func contract(_ determination: Determination?) -> String {
        guard let determination else { return "not screened" }
        var json = determination.json(language: .en)
        if case .object(var object) = json {
            object["findings"] = nil
            json = .object(object)
        }
        return json.serialized(pretty: false)
    }

    @Test(arguments: 0..<40)
    func everyRowAgreesWithFeftaCheck(seed: Int) throws {
        let scenario = Self.scenario(seed: UInt64(seed) &* 7919 &+ 1)
        let report = try screen(
            scenario.holdings, list: scenario.list, investor: scenario.investor, date: scenario.date)
        #expect(report.holdings.isClean)
        #expect(!report.rows.isEmpty)
        let withList = ScreeningEngine(issuerTiers: scenario.list)
        for row in report.rows {
            // The tier as fefta check is given it...
            let given = try TransactionFacts(json: JSONParser().parse(Self.checkInput(scenario, row, tierGiven: true)))
            #expect(Self.contract(row.determination) == Self.contract(ScreeningEngine().explain(given)))
            // ...and resolved from the issuer list by securities code (fefta check --issuers FILE).
            let resolved = try TransactionFacts(
                json: JSONParser().parse(Self.checkInput(scenario, row, tierGiven: false)))
            #expect(Self.contract(row.determination) == Self.contract(withList.explain(resolved)))
        }
    }

    /// The agreement above covers every outcome, every report row a listed acquisition can have, and both routes.
    @Test func theGeneratedScenariosReachEveryOutcome() throws {
        var outcomes = Set<Outcome>()
        var rows = Set<ReportRow>()
        var bases = Set<ExemptionBasis>()
        for seed in 0..<40 {
            let scenario = Self.scenario(seed: UInt64(seed) &* 7919 &+ 1)
            let report = try screen(
                scenario.holdings, list: scenario.list, investor: scenario.investor, date: scenario.date)
            for determination in report.rows.compactMap(\.determination) {
                outcomes.insert(determination.outcome)
                if let row = determination.report?.row { rows.insert(row) }
                if let basis = determination.exemption?.basis { bases.insert(basis) }
            }
        }
        #expect(outcomes == Set(Outcome.allCases))
        #expect(rows.isSuperset(of: [.p3, .p4, .p5, .p6]))
        #expect(bases.isSuperset(of: [.generalDesignated, .generalCore]))
    }

    @Test(arguments: 0..<40)
    func aggregatesAreTheExactSumsOfTheRows(seed: Int) throws {
        let scenario = Self.scenario(seed: UInt64(seed) &* 104_729 &+ 3)
        var expected: [String: (Percent, Percent, Int)] = [:]
        for line in scenario.holdings.split(separator: "\n").dropFirst() {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            let sum = expected[cells[1]] ?? (.zero, .zero, 0)
            expected[cells[1]] = (
                sum.0.adding(percent(cells[2])) ?? .zero, sum.1.adding(percent(cells[3])) ?? .zero, sum.2 + 1
            )
        }
        let report = try screen(
            scenario.holdings, list: scenario.list, investor: scenario.investor, date: scenario.date)
        #expect(report.rows.count == expected.count)
        for row in report.rows {
            let sum = try #require(expected[row.issuer.securitiesCode])
            #expect(row.position.before == sum.0)
            #expect(row.position.after == sum.1)
            #expect(row.position.rows == sum.2)
        }
        #expect(report.rows.map(\.issuer.securitiesCode) == report.rows.map(\.issuer.securitiesCode).sorted())
    }

    @Test(arguments: 0..<40)
    func theObligationDoesNotChangeBeforeTheHeadroomIsUsedUp(seed: Int) throws {
        let scenario = Self.scenario(seed: UInt64(seed) &* 15_485_863 &+ 5)
        let report = try screen(
            scenario.holdings, list: scenario.list, investor: scenario.investor, date: scenario.date)
        let engine = ScreeningEngine()
        let screener = PortfolioScreener(investor: scenario.investor.facts, date: day(scenario.date))
        for row in report.rows {
            guard let determination = row.determination, determination.outcome != .undetermined else { continue }
            var further = screener.facts(for: row.issuer, before: row.position.after, after: row.position.after)
            let staying = Obligation(engine.determine(further))
            let limit = row.headroom?.level ?? .hundred
            var probes = [limit.units - 1, (row.position.after.units + limit.units) / 2]
            if row.headroom == nil { probes.append(limit.units) }
            for units in probes where units >= row.position.after.units {
                further.act.holdingAfter = Percent(units: units)
                #expect(Obligation(engine.determine(further)) == staying, "\(row.issuer.securitiesCode) at \(units)")
            }
            if let headroom = row.headroom {
                further.act.holdingAfter = headroom.level
                #expect(Obligation(engine.determine(further)) != staying)
                #expect(headroom.points.units == headroom.level.units - row.position.after.units)
            }
        }
    }
}
