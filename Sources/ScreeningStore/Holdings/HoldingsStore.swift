package import Foundation
import JapaneseCalendar
package import LibPQ
package import Logging
package import PortfolioScreening
import ScreeningRules

/// Monitored holdings (Schema/0003): an investor's aggregated positions with the outcome each was last screened to.
package struct HoldingsStore: Sendable {
    /// The pool used.
    package let pool: DatabasePool

    /// A store on `pool`.
    package init(pool: DatabasePool) {
        self.pool = pool
    }

    /// Stores a screened portfolio as the investor's holdings, replacing what was stored for that investor, in one
    /// transaction. The investor is found (or created) by name within the organisation, which is found (or created)
    /// by name, or is the default organisation (created if there is none yet).
    ///
    /// - Parameters:
    ///   - report: the screened portfolio; every position must have been screened (no rejected rows), and the
    ///     investor must have a name.
    ///   - organisation: the organisation's name, or `nil` for the default organisation.
    ///   - logger: for the statements.
    /// - Returns: what was stored.
    /// - Throws: ``HoldingsStoreError`` for a report that cannot be stored; ``StorageError``.
    package func replaceHoldings(
        _ report: PortfolioReport, organisation: String?, logger: Logger
    ) async throws -> StoredPortfolio {
        guard let name = report.investor.name else { throw HoldingsStoreError.investorWithoutName }
        guard report.holdings.isClean, report.rows.allSatisfy({ $0.determination != nil }) else {
            throw HoldingsStoreError.rejectedRows(report.holdings.rejectedCount)
        }
        let rows = report.rows.compactMap { row in row.determination.map { (row, $0) } }
        let codes = rows.map { $0.0.issuer.securitiesCode }
        let before = rows.map { PostgresNumeric(exactly: $0.0.position.before.description) ?? PostgresNumeric(0) }
        let after = rows.map { PostgresNumeric(exactly: $0.0.position.after.description) ?? PostgresNumeric(0) }
        let sourceRows = rows.map { $0.0.position.rows }
        let tiers = rows.map { $0.0.issuer.tier.rawValue }
        let outcomes = rows.map { $0.1.outcome.rawValue }
        let bases = rows.map { $0.1.exemption?.basis.rawValue ?? "" }
        let conditions = rows.map { ($0.1.exemption?.conditions.labels ?? []).joined(separator: " ") }
        let reportRows = rows.map { $0.1.report?.row.rawValue ?? "" }
        let reportDues = rows.map { $0.1.report?.dueDate.iso8601 ?? "" }
        let facts = report.investor.json
        let date = report.date
        let list = report.listPublished
        let ruleset = report.rulesetVersion
        do {
            return try await pool.withTransaction(logger: logger) { session in
                let organisationID: UUID
                let created: Bool
                if let organisation {
                    (organisationID, created) = try await HoldingsStore.organisation(
                        named: organisation, session, logger)
                } else {
                    let (record, made) = try await OrganisationDirectory.defaultOrganisation(
                        in: session, logger: logger)
                    (organisationID, created) = (record.id, made)
                }
                let investorID = try await session.query(
                    """
                    INSERT INTO investors (organisation_id, name, facts) VALUES (\(organisationID), \(name), \(facts))
                    ON CONFLICT (organisation_id, name) DO UPDATE SET facts = EXCLUDED.facts, updated_at = now()
                    RETURNING id
                    """, logger: logger
                ).decodeOne(UUID.self)
                let replaced = try await session.execute(
                    "DELETE FROM holdings WHERE investor_id = \(investorID)", logger: logger)
                try await session.execute(
                    """
                    INSERT INTO holdings (organisation_id, investor_id, securities_code, holding_before, holding_after,
                        source_rows, screened_on, screened_list, ruleset_version, tier, outcome, exemption_basis,
                        conditions, report_row, report_due)
                    SELECT \(organisationID), \(investorID), u.code, u.before, u.after, u.source_rows, \(date), \(list),
                        \(ruleset), u.tier, u.outcome, NULLIF(u.basis, ''), string_to_array(u.conditions, ' '),
                        NULLIF(u.report_row, ''), NULLIF(u.report_due, '')::date
                    FROM unnest(\(codes)::text[], \(before)::numeric[], \(after)::numeric[], \(sourceRows)::int8[],
                                \(tiers)::text[], \(outcomes)::text[], \(bases)::text[], \(conditions)::text[],
                                \(reportRows)::text[], \(reportDues)::text[])
                        AS u(code, before, after, source_rows, tier, outcome, basis, conditions, report_row, report_due)
                    """, logger: logger)
                return StoredPortfolio(
                    organisationID: organisationID, organisationCreated: created, investorID: investorID,
                    holdings: rows.count, replaced: replaced)
            }
        } catch let error as PQError {
            throw StorageError(error)
        }
    }

    /// The organisation named `name`, created when missing.
    static func organisation(named name: String, _ session: DatabaseSession, _ logger: Logger) async throws -> (
        UUID, created: Bool
    ) {
        if let id = try await session.query("SELECT id FROM organisations WHERE name = \(name)", logger: logger)
            .decodeFirst(UUID.self)
        {
            return (id, false)
        }
        let id = try await session.query(
            """
            INSERT INTO organisations (name) VALUES (\(name))
            ON CONFLICT (name) DO UPDATE SET name = EXCLUDED.name RETURNING id
            """, logger: logger
        ).decodeOne(UUID.self)
        return (id, true)
    }
}

/// What ``HoldingsStore/replaceHoldings(_:organisation:logger:)`` stored.
package struct StoredPortfolio: Sendable, Hashable {
    /// The organisation.
    package var organisationID: UUID
    /// Whether the organisation was created by this import.
    package var organisationCreated: Bool
    /// The investor.
    package var investorID: UUID
    /// The holdings stored (one per issuer).
    package var holdings: Int
    /// The holdings of the investor that were replaced.
    package var replaced: Int
}

/// Why a portfolio cannot be stored.
package enum HoldingsStoreError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The investor file has no `name`, which identifies the investor in storage.
    case investorWithoutName
    /// Rows were rejected: storing the rest would understate the holdings.
    case rejectedRows(Int)

    /// One line for the user.
    package var description: String {
        switch self {
        case .investorWithoutName:
            "the investor file needs a \"name\" to store holdings (it identifies the investor)"
        case .rejectedRows(let count):
            "\(count) rejected; nothing stored (a stored portfolio must be complete)"
        }
    }
}
