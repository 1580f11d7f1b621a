import FilingWorkflow
package import Foundation
package import JapaneseCalendar
package import LibPQ
package import Logging

/// One line of a reviewer's work list.
package struct QueueItem: Sendable, Hashable {
    /// The filing.
    package var record: FilingRecord
    /// Its nearest pending deadline, if any.
    package var next: DeadlineRecord?
    /// The last day to act that passed without the act (a report not filed, a reply not given), if any.
    package var missedDue: LegalDate?

    /// Whether the filing is overdue: a report or reply whose last day has passed.
    package var isOverdue: Bool { missedDue != nil }
}

/// A pending deadline with its filing.
package struct DeadlineListing: Sendable, Hashable {
    /// The deadline.
    package var deadline: DeadlineRecord
    /// The filing that armed it.
    package var filing: FilingRecord
    /// The name of the filing's organisation.
    package var organisationName: String
}

extension FilingStore {
    /// The kinds of deadline that are a time limit to act (a reply or a report).
    static let actDeadlineKinds = FilingDeadlineKind.allCases.filter(\.isActDeadline).map(\.rawValue)

    /// Open filings (not closed or withdrawn), overdue ones first, then by their nearest pending deadline.
    ///
    /// A filing is overdue when a pending deadline to act is past its due date on `today` (the daemon has not fired
    /// it yet), or a report or execution report deadline fired while the report is still not filed.
    ///
    /// - Parameters:
    ///   - assignee: only filings assigned to this person (`--mine`).
    ///   - overdueOnly: only overdue filings.
    ///   - organisationID: only this organisation.
    ///   - today: the legal date in Japan.
    ///   - pool: the database.
    ///   - logger: for the queries.
    /// - Throws: ``StorageError``.
    package static func queue(
        assignee: UUID?, overdueOnly: Bool, organisationID: UUID?, today: LegalDate, pool: DatabasePool,
        logger: Logger
    ) async throws -> [QueueItem] {
        try await read(pool: pool, logger: logger) { session in
            var conditions: [SQL] = ["f.state NOT IN ('closed', 'withdrawn')"]
            if let assignee { conditions.append("f.assignee_id = \(assignee)") }
            if let organisationID { conditions.append("f.organisation_id = \(organisationID)") }
            let rows = try await session.query(
                """
                WITH open AS (
                    SELECT f.*,
                        (SELECT d.id FROM deadlines d WHERE d.filing_id = f.id AND d.state = 'pending'
                         ORDER BY d.due, d.kind LIMIT 1) AS next_id,
                        (SELECT max(d.due) FROM deadlines d
                         WHERE d.filing_id = f.id AND d.kind = ANY(\(actDeadlineKinds))
                           AND ((d.state = 'pending' AND d.due < \(today))
                             OR (d.state = 'fired' AND d.kind <> 'recommendationReply'
                                 AND f.state IN ('overdue', 'executed')))) AS missed_due
                    FROM filings f
                    WHERE \(sql: SQL.joined(conditions, separator: " AND "))
                )
                SELECT \(unsafeRaw: FilingRecord.columns), next_id, missed_due FROM open
                WHERE \(!overdueOnly) OR missed_due IS NOT NULL
                ORDER BY missed_due IS NULL, coalesce(missed_due, (SELECT due FROM deadlines WHERE id = next_id))
                    NULLS LAST, created_at, id
                """,
                logger: logger
            ).rows
            var items: [QueueItem] = []
            var nextIDs: [UUID] = []
            for row in rows {
                items.append(
                    QueueItem(
                        record: try FilingRecord(row: row), next: nil,
                        missedDue: try row.decode(LegalDate?.self, column: "missed_due")))
                if let next = try row.decode(UUID?.self, column: "next_id") { nextIDs.append(next) }
            }
            guard !nextIDs.isEmpty else { return items }
            let deadlines = try await session.query(
                "SELECT \(unsafeRaw: DeadlineRecord.columns) FROM deadlines WHERE id = ANY(\(nextIDs))", logger: logger
            ).rows.map(DeadlineRecord.init(row:))
            let byFiling = Dictionary(deadlines.map { ($0.filingID, $0) }, uniquingKeysWith: { first, _ in first })
            for index in items.indices { items[index].next = byFiling[items[index].record.id] }
            return items
        }
    }

    /// Pending deadlines, earliest due first, with their filings.
    ///
    /// - Parameters:
    ///   - dueBy: only deadlines due on or before this date (past ones included), or all when `nil`.
    ///   - organisationID: only this organisation.
    ///   - pool: the database.
    ///   - logger: for the queries.
    /// - Throws: ``StorageError``.
    package static func pendingDeadlines(
        dueBy: LegalDate?, organisationID: UUID?, pool: DatabasePool, logger: Logger
    ) async throws -> [DeadlineListing] {
        try await read(pool: pool, logger: logger) { session in
            var conditions: [SQL] = ["state = 'pending'"]
            if let dueBy { conditions.append("due <= \(dueBy)") }
            if let organisationID { conditions.append("organisation_id = \(organisationID)") }
            let deadlines = try await session.query(
                """
                SELECT \(unsafeRaw: DeadlineRecord.columns) FROM deadlines
                WHERE \(sql: SQL.joined(conditions, separator: " AND ")) ORDER BY due, kind, id
                """,
                logger: logger
            ).rows.map(DeadlineRecord.init(row:))
            guard !deadlines.isEmpty else { return [] }
            let filingIDs = Array(Set(deadlines.map(\.filingID)))
            let filings = try await session.query(
                "SELECT \(unsafeRaw: FilingRecord.columns) FROM filings WHERE id = ANY(\(filingIDs))", logger: logger
            ).rows.map(FilingRecord.init(row:))
            let byID = Dictionary(filings.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            let organisationIDs = Array(Set(filings.map(\.organisationID)))
            let names = Dictionary(
                try await session.query(
                    "SELECT id, name FROM organisations WHERE id = ANY(\(organisationIDs))", logger: logger
                ).decode((UUID, String).self),
                uniquingKeysWith: { first, _ in first })
            return deadlines.compactMap { deadline in
                byID[deadline.filingID].map {
                    DeadlineListing(deadline: deadline, filing: $0, organisationName: names[$0.organisationID] ?? "")
                }
            }
        }
    }
}
