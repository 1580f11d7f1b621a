package import JapaneseCalendar
package import Logging
package import PortfolioScreening
import ScreeningRules

/// One version's entry for an issuer in `fefta issuers show CODE`.
package struct IssuerHistoryEntry: Sendable, Hashable {
    /// The version.
    package var published: LegalDate
    /// The issuer as listed in that version, or `nil` when that version does not list it.
    package var issuer: Issuer?

    /// An entry.
    package init(published: LegalDate, issuer: Issuer?) {
        self.published = published
        self.issuer = issuer
    }
}

extension IssuerListStore {
    /// An issuer's category in every stored version, oldest first (`nil` issuer where a version does not list it).
    ///
    /// - Throws: ``StorageError``.
    package func history(securitiesCode: String, logger: Logger) async throws -> [IssuerHistoryEntry] {
        try await read(logger) { session in
            let rows = try await session.query(
                """
                SELECT l.published, i.isin, i.name, i.name_en, i.tier, i.source_line
                FROM issuer_lists l
                LEFT JOIN issuers i ON i.published = l.published AND i.securities_code = \(securitiesCode)
                ORDER BY l.published
                """, logger: logger
            ).decode((LegalDate, String?, String?, String?, String?, Int?).self)
            return rows.map { published, isin, name, nameEn, tierText, line in
                let issuer = tierText.flatMap(TargetTier.init(rawValue:)).map { tier in
                    Issuer(
                        securitiesCode: securitiesCode, isin: isin, name: name ?? "", nameEn: nameEn ?? "", tier: tier,
                        sourceLine: line)
                }
                return IssuerHistoryEntry(published: published, issuer: issuer)
            }
        }
    }

    /// The changes between two versions: by default the two latest; with one date given, that version and the one
    /// before or after it.
    ///
    /// - Parameters:
    ///   - from: the older version.
    ///   - to: the newer version.
    ///   - logger: for the statements.
    /// - Returns: the two versions compared and their differences.
    /// - Throws: ``StorageError/notFound(_:)`` when a version is missing or fewer than two are stored.
    package func diff(from: LegalDate?, to: LegalDate?, logger: Logger) async throws -> (
        from: LegalDate, to: LegalDate, diff: IssuerListDiff
    ) {
        try await read(logger) { session in
            let dates = try await session.query("SELECT published FROM issuer_lists ORDER BY published", logger: logger)
                .decode(LegalDate.self)
            let newer: LegalDate
            let older: LegalDate
            switch (from, to) {
            case (let from?, let to?):
                older = from
                newer = to
            case (let from?, nil):
                older = from
                guard let next = dates.first(where: { $0 > from }) else {
                    throw StorageError.notFound("an issuer list published after \(from.iso8601)")
                }
                newer = next
            case (nil, let to?):
                newer = to
                guard let previous = dates.last(where: { $0 < to }) else {
                    throw StorageError.notFound("an issuer list published before \(to.iso8601)")
                }
                older = previous
            case (nil, nil):
                guard dates.count >= 2 else {
                    throw StorageError.notFound("two issuer lists to compare (\(dates.count) imported)")
                }
                older = dates[dates.count - 2]
                newer = dates[dates.count - 1]
            }
            let old = try await IssuerListStore.load(older, session, logger)
            let new = try await IssuerListStore.load(newer, session, logger)
            return (older, newer, IssuerListDiff(from: old, to: new))
        }
    }
}
