import FilingWorkflow
package import Foundation
import JapaneseCalendar
package import LibPQ
package import Logging
import ScreeningStore

/// The SQL of the `deadlines` queue: claiming one due deadline, parking a refused one, measuring the queue.
///
/// "Due" is judged by the database clock as a legal date in Japan: a deadline is claimed once its `fires_on` (the
/// first day it counts as reached: its due date, or the day after for a deadline to act, whose last day remains
/// available) is on or before `(now() AT TIME ZONE 'Asia/Tokyo')::date`; never the daemon's clock or time zone, so
/// daemons on hosts with skewed clocks or other zones agree.
package enum DeadlineQueue {
    /// The filing's columns in the claim, built once.
    private static let filingColumns = FilingRecord.selectList(qualifiedBy: "f")

    /// Claims the earliest due pending deadline not locked by another transaction, locking its row and its
    /// filing's row until the surrounding transaction ends (filing before deadline, the store's lock order; a filing
    /// a case handler holds is skipped for now rather than waited for), and reads the filing under that lock for
    /// ``FilingStore/apply(_:toLocked:actor:notifying:in:logger:)``.
    ///
    /// - Returns: the deadline, or `nil` when nothing is due (or everything due is being fired by others).
    /// - Throws: ``PQError``.
    package static func claimNext(_ session: DatabaseSession, logger: Logger) async throws -> ClaimedDeadline? {
        let rows = try await session.query(
            """
            SELECT d.id AS deadline_id, d.kind AS deadline_kind, d.due AS deadline_due,
                (now() AT TIME ZONE 'Asia/Tokyo')::date AS today,
                extract(epoch FROM now() - greatest(d.armed_at, d.fires_on::timestamp AT TIME ZONE 'Asia/Tokyo'))::float8
                    AS lag_seconds,
                \(unsafeRaw: filingColumns)
            FROM deadlines d JOIN filings f ON f.id = d.filing_id
            WHERE d.state = 'pending' AND d.parked_at IS NULL
              AND d.fires_on <= (now() AT TIME ZONE 'Asia/Tokyo')::date
            ORDER BY d.fires_on, d.id
            LIMIT 1
            FOR UPDATE OF d, f SKIP LOCKED
            """, logger: logger
        ).rows
        guard let row = rows.first else { return nil }
        let id = try row.decode(UUID.self, column: "deadline_id")
        let kindText = try row.decode(String.self, column: "deadline_kind")
        guard let kind = FilingDeadlineKind(rawValue: kindText) else {
            throw PQError(.decodingFailed, reason: "deadlines.kind of \(id) is not a known deadline kind")
        }
        let lag = try row.decode(Double.self, column: "lag_seconds")
        return ClaimedDeadline(
            id: id, filing: try FilingRecord(row: row), kind: kind,
            due: try row.decode(LegalDate.self, column: "deadline_due"),
            today: try row.decode(LegalDate.self, column: "today"), lag: .milliseconds(Int64(max(0, lag) * 1000)))
    }

    /// Parks a deadline the workflow refused to fire, so it is no longer claimed (inside the claiming transaction).
    ///
    /// - Throws: ``PQError``.
    package static func park(_ id: UUID, reason: String, _ session: DatabaseSession, logger: Logger) async throws {
        try await session.execute(
            """
            UPDATE deadlines SET parked_at = now(), parked_reason = \(String(reason.prefix(500)))
            WHERE id = \(id) AND state = 'pending'
            """, logger: logger)
    }

    /// The queue's depth and the time until the next legal day begins in Japan.
    package struct Depth: Sendable, Hashable {
        /// Pending deadlines due now (not parked).
        package var due: Int
        /// Pending deadlines (not parked).
        package var pending: Int
        /// Until midnight in Japan by the database clock, when more deadlines fall due.
        package var untilNextDay: Duration
    }

    /// Measures the queue.
    ///
    /// - Throws: ``PQError``.
    package static func depth(_ session: DatabaseSession, logger: Logger) async throws -> Depth {
        let (due, pending, seconds) = try await session.query(
            """
            SELECT count(*) FILTER (WHERE fires_on <= (now() AT TIME ZONE 'Asia/Tokyo')::date), count(*),
                extract(epoch FROM date_trunc('day', now() AT TIME ZONE 'Asia/Tokyo') + interval '1 day'
                    - (now() AT TIME ZONE 'Asia/Tokyo'))::float8
            FROM deadlines WHERE state = 'pending' AND parked_at IS NULL
            """, logger: logger
        ).decodeOne((Int64, Int64, Double).self)
        return Depth(due: Int(due), pending: Int(pending), untilNextDay: .milliseconds(Int64(seconds * 1000)))
    }
}
