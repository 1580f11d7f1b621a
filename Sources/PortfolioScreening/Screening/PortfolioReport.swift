package import JapaneseCalendar
package import ScreeningRules

/// The result of screening one holdings file: a row per issuer, the rows rejected, and a summary.
package struct PortfolioReport: Sendable {
    /// The date of the acquisitions.
    package var date: LegalDate
    /// The investor.
    package var investor: InvestorProfile
    /// The issuer list's publication date, when known.
    package var listPublished: LegalDate?
    /// The stored issuer list version's revision, when it came from the database.
    package var listRevision: Int?
    /// The SHA-256 of the issuer list file, when known.
    package var listSHA256: String?
    /// The number of issuers on the list.
    package var listSize: Int
    /// One row per issuer with holdings, by securities code.
    package var rows: [PortfolioRow]
    /// What reading the holdings found (rows read, rejections).
    package var holdings: HoldingsAggregate

    /// A report.
    package init(
        date: LegalDate, investor: InvestorProfile, listPublished: LegalDate?, listSize: Int, rows: [PortfolioRow],
        holdings: HoldingsAggregate
    ) {
        self.date = date
        self.investor = investor
        self.listPublished = listPublished
        self.listSize = listSize
        self.rows = rows
        self.holdings = holdings
    }

    /// Screens `holdings` against `index` for `investor` on `date` (the whole pure pipeline after reading).
    package init(
        screening holdings: HoldingsAggregate, index: IssuerIndex, investor: InvestorProfile, date: LegalDate,
        engine: ScreeningEngine = ScreeningEngine()
    ) {
        let screener = PortfolioScreener(investor: investor.facts, date: date, engine: engine)
        self.init(
            date: date, investor: investor, listPublished: index.list.published, listSize: index.list.issuers.count,
            rows: screener.screen(holdings, list: index.list), holdings: holdings)
        listRevision = index.list.revision
        listSHA256 = index.list.sourceSHA256
    }

    /// The ruleset version applied (the regime in force on the date).
    package var rulesetVersion: String? { Regime.inForce(on: date)?.version }

    /// The counts for the summary.
    package var summary: PortfolioSummary { PortfolioSummary(self) }
}
