package import Foundation
import LibPQ
package import Logging

extension HoldingsStore {
    /// The stored holdings the session may see, of one organisation and investor when given, by organisation,
    /// investor and securities code.
    ///
    /// - Parameters:
    ///   - organisationID: only this organisation's.
    ///   - investor: only the investor of this name.
    ///   - logger: for the statement.
    /// - Throws: ``StorageError``.
    package func holdings(organisationID: UUID?, investor: String?, logger: Logger) async throws -> [StoredHolding] {
        do {
            return try await pool.withConnection(logger: logger) { session in
                try await session.query(
                    """
                    SELECT \(unsafeRaw: StoredHolding.columns)
                    FROM holdings h
                    JOIN investors i ON i.id = h.investor_id
                    JOIN organisations o ON o.id = h.organisation_id
                    LEFT JOIN issuers s ON s.published = h.screened_list AND s.securities_code = h.securities_code
                    LEFT JOIN issuer_lists l ON l.published = h.screened_list
                    WHERE (\(organisationID)::uuid IS NULL OR h.organisation_id = \(organisationID))
                        AND (\(investor)::text IS NULL OR i.name = \(investor))
                    ORDER BY o.name, i.name, h.securities_code
                    """, logger: logger
                ).rows.map(StoredHolding.init(row:))
            }
        } catch let error as PQError {
            throw StorageError(error)
        }
    }
}
