package import JapaneseCalendar
package import ScreeningRules

/// Screens aggregated positions with the `fefta check` engine, unchanged.
///
/// Every row is the determination of one ``TransactionFacts`` — the investor from the investor file, the target
/// listed with the issuer's tier from the issuer list, the act `listedShares` from the aggregated holding before to
/// the aggregated holding after, on the date — so `outcome`, `report_row` and the rest mean exactly what
/// `fefta check` says for the same facts (``facts(for:before:after:)`` gives them).
package struct PortfolioScreener: Sendable {
    /// The engine (the same as `fefta check` uses).
    package let engine: ScreeningEngine
    /// The investor.
    package let investor: InvestorFacts
    /// The date of the acquisitions.
    package let date: LegalDate
    /// The thresholds of the regime in force on the date, ascending (see ``thresholds(on:)``).
    package let thresholds: [Threshold]

    /// A screener.
    package init(investor: InvestorFacts, date: LegalDate, engine: ScreeningEngine = ScreeningEngine()) {
        self.engine = engine
        self.investor = investor
        self.date = date
        thresholds = PortfolioScreener.thresholds(on: date)
    }

    /// The transaction `fefta check` would decide for one position.
    ///
    /// - Parameters:
    ///   - issuer: the issuer (its tier and securities code).
    ///   - before: the aggregated holding before, in percent.
    ///   - after: the aggregated holding after.
    /// - Returns: the facts.
    package func facts(for issuer: Issuer, before: Percent, after: Percent) -> TransactionFacts {
        TransactionFacts(
            date: date, investor: investor,
            target: TargetFacts(listed: true, tier: issuer.tier, securitiesCode: issuer.securitiesCode),
            act: ActFacts(kind: .listedShares, holdingBefore: before, holdingAfter: after)
        )
    }

    /// The row for one position: its determination, its headroom and notes, or why it was not screened.
    package func screen(_ position: IssuerPosition, of issuer: Issuer) -> PortfolioRow {
        if let problem = position.unscreenedBecause {
            return PortfolioRow(
                issuer: issuer, position: position, determination: nil, headroom: nil,
                notes: [.notScreened(problem)])
        }
        let facts = facts(for: issuer, before: position.before, after: position.after)
        let determination = engine.determine(facts)
        let headroom = headroom(from: facts, determination)
        return PortfolioRow(
            issuer: issuer, position: position, determination: determination, headroom: headroom,
            notes: notes(facts, determination, headroom))
    }

    /// One row per issuer with holdings, ordered by securities code.
    package func screen(_ aggregate: HoldingsAggregate, list: IssuerList) -> [PortfolioRow] {
        aggregate.positions
            .map { screen($0, of: list.issuers[$0.issuerIndex]) }
            .sorted { $0.issuer.securitiesCode < $1.issuer.securitiesCode }
    }
}

/// One issuer's line of the portfolio result.
package struct PortfolioRow: Sendable, Hashable {
    /// The issuer.
    package var issuer: Issuer
    /// The aggregated position.
    package var position: IssuerPosition
    /// The determination, or `nil` when the issuer was not screened (one of its rows was rejected).
    package var determination: Determination?
    /// How much more can be acquired before the obligation changes; `nil` when nothing changes up to 100 %.
    package var headroom: Headroom?
    /// Near-threshold warnings, missing facts, or why the issuer was not screened.
    package var notes: [PortfolioNote]

    /// Whether a note warns of a threshold within 0.1 points (what the summary's count counts).
    package var isNearThreshold: Bool { notes.contains(where: \.isNearThreshold) }

    /// The notes in `language`, joined with `; `.
    package func noteText(_ language: Language) -> String {
        notes.map { $0.text(language) }.joined(separator: "; ")
    }
}
