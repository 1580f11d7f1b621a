package import JapaneseCalendar
package import LibPQ
package import Logging
package import PortfolioScreening
import ScreeningRules

/// The imported versions of the MOF issuer list (Schema/0003): one per publication date, each stored whole.
///
/// Issuer lists are public reference data, shared by every organisation. An import is one transaction: the version
/// row, every issuer, and a `NOTIFY fefta_wakeup` that tells the daemon to re-screen (delivered on commit).
package struct IssuerListStore: Sendable {
    /// The channel that wakes the daemon.
    package static let wakeupChannel = "fefta_wakeup"

    /// The pool used.
    package let pool: DatabasePool

    /// A store on `pool`.
    package init(pool: DatabasePool) {
        self.pool = pool
    }

    /// Stores `list` as the version published on `published`, all or nothing, and wakes the daemon.
    ///
    /// - Parameters:
    ///   - list: the parsed list.
    ///   - published: its publication date (the version).
    ///   - source: the file's name and checksum, for the record.
    ///   - replace: whether an existing version of the same date may be replaced (its revision is incremented).
    ///   - logger: for the statements.
    /// - Returns: the stored version.
    /// - Throws: ``StorageError/conflict(constraint:)`` with `issuer_lists_pkey` when the version exists and
    ///   `replace` is false; other ``StorageError``s.
    package func importList(
        _ list: IssuerList, published: LegalDate, source: IssuerListSource, replace: Bool, logger: Logger
    ) async throws -> IssuerListVersion {
        let issuers = list.issuers
        let codes = issuers.map(\.securitiesCode)
        let isins = issuers.map { $0.isin ?? "" }
        let names = issuers.map(\.name)
        let namesEn = issuers.map(\.nameEn)
        let tiers = issuers.map(\.tier.rawValue)
        let lines = issuers.map { $0.sourceLine ?? 0 }
        let layout = list.layout.rawValue
        let encoding = (list.encoding ?? .utf8).rawValue
        let count = issuers.count
        do {
            return try await pool.withTransaction(logger: logger) { session in
                let existing = try await session.query(
                    "SELECT revision FROM issuer_lists WHERE published = \(published) FOR UPDATE", logger: logger
                ).decodeFirst(Int.self)
                let revision: Int
                if let existing {
                    guard replace else { throw StorageError.conflict(constraint: "issuer_lists_pkey") }
                    revision = existing + 1
                    try await session.execute("DELETE FROM issuers WHERE published = \(published)", logger: logger)
                    try await session.execute(
                        """
                        UPDATE issuer_lists SET layout = \(layout), encoding = \(encoding), source_name = \(source.name),
                            source_sha256 = \(source.sha256), issuer_count = \(count), revision = \(revision),
                            imported_at = now()
                        WHERE published = \(published)
                        """, logger: logger)
                } else {
                    revision = 1
                    try await session.execute(
                        """
                        INSERT INTO issuer_lists (published, layout, encoding, source_name, source_sha256, issuer_count)
                        VALUES (\(published), \(layout), \(encoding), \(source.name), \(source.sha256), \(count))
                        """, logger: logger)
                }
                try await session.execute(
                    """
                    INSERT INTO issuers (published, securities_code, isin, name, name_en, tier, source_line)
                    SELECT \(published), u.code, NULLIF(u.isin, ''), u.name, u.name_en, u.tier, NULLIF(u.line, 0)
                    FROM unnest(\(codes)::text[], \(isins)::text[], \(names)::text[], \(namesEn)::text[],
                                \(tiers)::text[], \(lines)::int8[]) AS u(code, isin, name, name_en, tier, line)
                    """, logger: logger)
                let payload = JSONValue.object(
                    JSONObject([
                        "kind": "issuerList", "published": .string(published.iso8601),
                        "revision": .number(JSONNumber(revision)),
                    ])
                ).serialized()
                try await session.notify(channel: IssuerListStore.wakeupChannel, payload: payload, logger: logger)
                let row = try await session.query(
                    "\(sql: IssuerListVersion.selectColumns) WHERE published = \(published)", logger: logger
                ).decodeOne(IssuerListVersion.Row.self)
                return IssuerListVersion(row)
            }
        } catch let error as PQError {
            throw StorageError(error)
        }
    }

    /// Every stored version, oldest first.
    ///
    /// - Throws: ``StorageError``.
    package func versions(logger: Logger) async throws -> [IssuerListVersion] {
        try await read(logger) { session in
            try await session.query("\(sql: IssuerListVersion.selectColumns) ORDER BY published", logger: logger)
                .decode(IssuerListVersion.Row.self).map(IssuerListVersion.init)
        }
    }

    /// The version published on `published`.
    ///
    /// - Throws: ``StorageError/notFound(_:)`` when there is none.
    package func list(published: LegalDate, logger: Logger) async throws -> IssuerList {
        try await read(logger) { session in try await IssuerListStore.load(published, session, logger) }
    }

    /// The version in force on `date`: the latest published on or before it, or `nil` when none is.
    ///
    /// - Throws: ``StorageError``.
    package func list(inForceOn date: LegalDate, logger: Logger) async throws -> IssuerList? {
        try await read(logger) { session in try await IssuerListStore.loadInForce(on: date, session, logger) }
    }

    /// The version published on `published` (loaded inside the caller's transaction or connection).
    static func load(_ published: LegalDate, _ session: DatabaseSession, _ logger: Logger) async throws
        -> IssuerList
    {
        guard
            let version = try await session.query(
                "SELECT layout, revision, source_sha256 FROM issuer_lists WHERE published = \(published)",
                logger: logger
            ).decodeFirst((String, Int, String).self)
        else { throw StorageError.notFound("issuer list published \(published.iso8601)") }
        let (layoutText, revision, sha256) = version
        let rows = try await session.query(
            """
            SELECT securities_code, isin, name, name_en, tier, source_line FROM issuers
            WHERE published = \(published) ORDER BY source_line, securities_code
            """, logger: logger
        ).decode((String, String?, String, String, String, Int?).self)
        var issuers: [Issuer] = []
        issuers.reserveCapacity(rows.count)
        for (code, isin, name, nameEn, tierText, line) in rows {
            guard let tier = TargetTier(rawValue: tierText) else {
                throw StorageError.database(
                    PQError(.decodingFailed, reason: "issuers.tier holds an unknown tier for \(code)"))
            }
            issuers.append(
                Issuer(securitiesCode: code, isin: isin, name: name, nameEn: nameEn, tier: tier, sourceLine: line))
        }
        var list = IssuerList(
            published: published, layout: IssuerListLayout(rawValue: layoutText) ?? .simple, issuers: issuers)
        list.revision = revision
        list.sourceSHA256 = sha256
        return list
    }

    /// The version in force on `date` (inside the caller's transaction or connection).
    static func loadInForce(on date: LegalDate, _ session: DatabaseSession, _ logger: Logger) async throws
        -> IssuerList?
    {
        let latest: LegalDate?? = try await session.query(
            "SELECT max(published) FROM issuer_lists WHERE published <= \(date)", logger: logger
        ).decodeFirst(LegalDate?.self)
        guard let found = latest, let published = found else { return nil }
        return try await load(published, session, logger)
    }

    /// Runs a read on a pooled connection, mapping client errors to ``StorageError``.
    func read<Result: Sendable>(
        _ logger: Logger, _ body: (DatabaseSession) async throws -> Result
    ) async throws -> Result {
        do {
            return try await pool.withConnection(logger: logger) { session in try await body(session) }
        } catch let error as PQError {
            throw StorageError(error)
        }
    }
}

/// Where an imported list came from: the file's name and the SHA-256 of its bytes.
package struct IssuerListSource: Sendable, Hashable {
    /// The file name (without folders).
    package var name: String
    /// The SHA-256 of the file, in lower-case hex.
    package var sha256: String

    /// A source.
    package init(name: String, sha256: String) {
        self.name = name
        self.sha256 = sha256
    }
}
