package import JapaneseCalendar
package import ScreeningRules

/// One version of the MOF issuer list: its issuers with their tiers, and its publication date when known.
///
/// It is also the engine's ``IssuerTierLookup`` for `fefta check --issuers FILE`: a list read from a file without
/// a publication date is taken to be the list in force on the date of the act.
package struct IssuerList: Sendable, Hashable {
    /// The publication date (the version), when known.
    package var published: LegalDate?
    /// The layout it was read from.
    package var layout: IssuerListLayout
    /// The encoding it was read from (`nil` when it was loaded from the database).
    package var encoding: TextEncoding?
    /// The stored version's revision (1, or more after `--replace`), when loaded from the database.
    package var revision: Int?
    /// The SHA-256 of the file it was read from (hexadecimal), when known.
    package var sourceSHA256: String?
    /// The issuers, in the order of the file.
    package let issuers: [Issuer]
    private let indexByCode: [String: Int]
    private let indexByISIN: [String: Int]

    /// A list; where a code appears twice the first entry wins (the parser rejects such files).
    package init(
        published: LegalDate?, layout: IssuerListLayout = .simple, encoding: TextEncoding? = nil, issuers: [Issuer]
    ) {
        self.published = published
        self.layout = layout
        self.encoding = encoding
        self.issuers = issuers
        var byCode: [String: Int] = [:]
        var byISIN: [String: Int] = [:]
        byCode.reserveCapacity(issuers.count)
        for (index, issuer) in issuers.enumerated() {
            if byCode[issuer.securitiesCode] == nil { byCode[issuer.securitiesCode] = index }
            if let isin = issuer.isin, byISIN[isin] == nil { byISIN[isin] = index }
        }
        indexByCode = byCode
        indexByISIN = byISIN
    }

    /// The issuer with `securitiesCode`, if listed: as written, or for a 5-character code ending in `0` that the
    /// list does not hold, its 4-character common-stock code (``SecuritiesCodeKey/commonStock(ofCode:)``).
    package func issuer(securitiesCode: String) -> Issuer? {
        if let index = indexByCode[securitiesCode] { return issuers[index] }
        return SecuritiesCodeKey.commonStock(of: securitiesCode).flatMap { indexByCode[$0] }.map { issuers[$0] }
    }

    /// The issuer with `isin`, if listed with one.
    package func issuer(isin: String) -> Issuer? {
        indexByISIN[isin].map { issuers[$0] }
    }

    /// Whether any issuer has an ISIN.
    package var hasISINs: Bool { !indexByISIN.isEmpty }

    /// The number of issuers in each tier.
    package var countsByTier: [TargetTier: Int] {
        issuers.reduce(into: [:]) { $0[$1.tier, default: 0] += 1 }
    }
}

extension IssuerList: IssuerTierLookup {
    /// The list's class for `securitiesCode`; the version is the publication date, or `date` when it is unknown.
    package func entry(forSecuritiesCode securitiesCode: String, on date: LegalDate) -> IssuerListEntry? {
        issuer(securitiesCode: securitiesCode).map { IssuerListEntry(tier: $0.tier, listVersion: published ?? date) }
    }
}
