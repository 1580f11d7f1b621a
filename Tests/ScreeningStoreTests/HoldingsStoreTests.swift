import DatabaseTestSupport
import Foundation
import JapaneseCalendar
import LibPQ
import PortfolioScreening
import ScreeningRules
import Testing

@testable import ScreeningStore

/// `HoldingsStore` against real PostgreSQL: stored portfolios, and re-screening when a new issuer list applies.
@Suite struct HoldingsStoreTests {
    typealias Lists = IssuerListStoreTests

    static let investor = InvestorProfile(
        name: "Example Fund LP",
        facts: InvestorFacts(category: .foreignEntity, country: CountryCode("SG"), investorClass: .general))

    static let holdings = """
        account,securities_code,holding_before,holding_after
        A,6501,0.5,1
        B,6501,0,0.5
        A,1301,0,12
        A,4502,2,5
        A,9501,0,0.5
        """

    /// Screens `text` against the stored list in force on `date`, as `fefta portfolio import` does.
    static func report(
        _ text: String, investor: InvestorProfile = investor, date: String = "2025-09-01", _ db: TestDatabase
    ) async throws -> PortfolioReport {
        let list = try #require(
            try await IssuerListStore(pool: db.pool).list(inForceOn: Lists.day(date), logger: db.logger))
        var offset = 0
        let bytes = Array(text.utf8)
        let aggregate = try bytes.withUnsafeBytes { source in
            try HoldingsReader(index: IssuerIndex(list)).read {
                (buffer: UnsafeMutableRawBufferPointer) throws(HoldingsError) in
                let count = min(buffer.count, source.count - offset)
                buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: source[offset..<offset + count]))
                offset += count
                return count
            }
        }
        return PortfolioReport(
            screening: aggregate, index: IssuerIndex(list), investor: investor, date: Lists.day(date))
    }

    static func stored(_ db: TestDatabase) async throws -> [String: String] {
        let rows = try await db.pool.withConnection(logger: db.logger) { session in
            try await session.query(
                """
                SELECT securities_code, holding_before::text, holding_after::text, coalesce(tier, '-'), outcome,
                    array_to_string(conditions, ' '), coalesce(report_row, '-'), coalesce(screened_list::text, '-')
                FROM holdings ORDER BY securities_code
                """, logger: db.logger
            ).decode((String, String, String, String, String, String, String, String).self)
        }
        var result: [String: String] = [:]
        for (code, before, after, tier, outcome, conditions, row, list) in rows {
            result[code] = "\(before)→\(after) \(tier) \(outcome) [\(conditions)] \(row) \(list)"
        }
        return result
    }

    @Test(.hangGuard)
    func storesTheScreenedPortfolioWithExactAggregates() async throws {
        try await withTestDatabase { db in
            _ = try await Lists.importList(Lists.v2024, "2024-09-13", db)
            let store = HoldingsStore(pool: db.pool)
            let stored = try await store.replaceHoldings(
                try await Self.report(Self.holdings, db), organisation: "Example Capital", logger: db.logger)
            #expect(stored.organisationCreated)
            #expect(stored.holdings == 4)
            #expect(stored.replaced == 0)
            #expect(
                try await Self.stored(db) == [
                    "1301": "0→12 nonDesignated postInvestmentReport [] P5 2024-09-13",
                    "4502": "2→5 core exempt [B1 B2 B3 C1 C2] P4 2024-09-13",
                    "6501": "0.5→1.5 designated exempt [B1 B2 B3] P3 2024-09-13",
                    "9501": "0→0.5 core noFiling [] - 2024-09-13",
                ])
            // Importing again replaces the investor's holdings; the organisation and investor are reused.
            let again = try await store.replaceHoldings(
                try await Self.report("securities_code,holding_before,holding_after\n6501,0,0.25\n", db),
                organisation: "Example Capital", logger: db.logger)
            #expect(!again.organisationCreated)
            #expect(again.investorID == stored.investorID)
            #expect(again.replaced == 4)
            #expect(try await Self.stored(db) == ["6501": "0→0.25 designated noFiling [] - 2024-09-13"])
        }
    }

    @Test(.hangGuard)
    func incompletePortfoliosAndNamelessInvestorsAreRefused() async throws {
        try await withTestDatabase { db in
            _ = try await Lists.importList(Lists.v2024, "2024-09-13", db)
            let store = HoldingsStore(pool: db.pool)
            let rejected = try await Self.report(Self.holdings + "\nA,6501,x,1\n", db)
            await #expect(throws: HoldingsStoreError.rejectedRows(1)) {
                _ = try await store.replaceHoldings(rejected, organisation: "Example Capital", logger: db.logger)
            }
            let nameless = try await Self.report(
                Self.holdings, investor: InvestorProfile(facts: Self.investor.facts), db)
            await #expect(throws: HoldingsStoreError.investorWithoutName) {
                _ = try await store.replaceHoldings(nameless, organisation: "Example Capital", logger: db.logger)
            }
            #expect(try await Self.stored(db).isEmpty)
        }
    }

    @Test(.hangGuard)
    func rescreeningReportsExactlyTheObligationsANewListChanges() async throws {
        try await withTestDatabase { db in
            _ = try await Lists.importList(Lists.v2024, "2024-09-13", db)
            let store = HoldingsStore(pool: db.pool)
            let fund = try await store.replaceHoldings(
                try await Self.report(Self.holdings, db), organisation: "Example Capital", logger: db.logger)
            let other = InvestorProfile(
                name: "Other Fund", facts: InvestorFacts(category: .foreignEntity, investorClass: .general))
            let second = try await store.replaceHoldings(
                try await Self.report("securities_code,holding_before,holding_after\n6501,0,2\n", investor: other, db),
                organisation: "Second Manager", logger: db.logger)

            let sameList = try await store.rescreenHoldings(on: Lists.day("2025-09-01"), logger: db.logger)
            #expect(sameList.changes.isEmpty)
            #expect(sameList.holdingsScreened == 5)
            #expect(sameList.listPublished == Lists.day("2024-09-13"))

            // 2025-07-15: 6501 becomes core, 1301 is no longer listed, 9501 becomes 特定コア (its 0.5 % stays noFiling).
            _ = try await Lists.importList(Lists.v2025, "2025-07-15", db)
            let rescreen = try await store.rescreenHoldings(on: Lists.day("2025-09-01"), logger: db.logger)
            #expect(rescreen.listPublished == Lists.day("2025-07-15"))
            #expect(rescreen.rulesetVersion == "2025-05-19")
            let changes = rescreen.changes.map {
                "\($0.investorName) \($0.securitiesCode): \(Obligation($0.previous)) → \(Obligation($0.current))"
            }
            #expect(
                Set(changes) == [
                    "Example Fund LP 1301: postInvestmentReport, report P5 → undetermined",
                    "Example Fund LP 6501: exempt (B1 B2 B3), report P3 → exempt (B1 B2 B3 C1 C2), report P3",
                    "Other Fund 6501: exempt (B1 B2 B3), report P3 → exempt (B1 B2 B3 C1 C2), report P3",
                ])
            let byInvestor = Dictionary(grouping: rescreen.changes, by: \.investorID)
            #expect(byInvestor[fund.investorID]?.allSatisfy { $0.organisationID == fund.organisationID } == true)
            #expect(byInvestor[second.investorID]?.first?.organisationID == second.organisationID)
            #expect(byInvestor[fund.investorID]?.first { $0.securitiesCode == "6501" }?.current.tier == .core)

            // The stored outcomes now say what fefta check --published 2025-07-15 says.
            let stored = try await Self.stored(db)
            #expect(stored["1301"] == "0→12 - undetermined [] - 2025-07-15")
            #expect(stored["9501"] == "0→0.5 coreSpecified noFiling [] - 2025-07-15")
            let list = try await IssuerListStore(pool: db.pool).list(
                published: Lists.day("2025-07-15"), logger: db.logger)
            let facts = TransactionFacts(
                date: Lists.day("2025-09-01"), investor: Self.investor.facts,
                target: TargetFacts(listed: true, securitiesCode: "4502"),
                act: ActFacts(kind: .listedShares, holdingBefore: Percent(2), holdingAfter: Percent(5)))
            let expected = ScreeningEngine(issuerTiers: list).determine(facts)
            #expect(stored["4502"] == "2→5 core \(expected.outcome.rawValue) [B1 B2 B3 C1 C2] P4 2025-07-15")

            // Nothing new: nothing reported again.
            let again = try await store.rescreenHoldings(on: Lists.day("2025-09-01"), logger: db.logger)
            #expect(again.changes.isEmpty)
        }
    }

    @Test(.hangGuard)
    func rescreeningForADateUnderOlderRulesUsesThem() async throws {
        try await withTestDatabase { db in
            _ = try await Lists.importList(Lists.v2024, "2018-01-01", db)
            let store = HoldingsStore(pool: db.pool)
            _ = try await store.replaceHoldings(
                try await Self.report(Self.holdings, db), organisation: "Example Capital", logger: db.logger)
            // Before 2020-06-07 a listed acquisition below 10 % is not an FDI and there is no exemption.
            let old = try await store.rescreenHoldings(on: Lists.day("2019-06-01"), logger: db.logger)
            #expect(old.rulesetVersion == "2017-10-01")
            let outcomes = Dictionary(uniqueKeysWithValues: old.changes.map { ($0.securitiesCode, $0.current.outcome) })
            #expect(outcomes["6501"] == .noFiling)
            #expect(outcomes["4502"] == .noFiling)
            #expect(outcomes["1301"] == nil)  // 0 → 12 % of a non-designated issuer: a P5 report then as now
        }
    }
}

extension Obligation {
    /// The obligation of a stored outcome.
    init(_ outcome: ScreenedOutcome) {
        self.init(
            Determination(
                outcome: outcome.outcome,
                exemption: outcome.exemptionBasis.map { Exemption(basis: $0, conditions: outcome.conditions) },
                report: outcome.reportRow.map { ReportObligation(row: $0, dueDate: outcome.reportDue ?? .earliest) },
                regime: nil))
    }
}
