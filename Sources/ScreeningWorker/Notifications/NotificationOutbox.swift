package import Foundation
package import LibPQ
package import Logging

/// The SQL of delivering the `notifications` outbox: claim, record the result, measure.
///
/// A claim sets `claimed_by` to this process and counts the attempt, in a short transaction of its own; the notify
/// command then runs outside any transaction (it may take seconds, and a long transaction would pin the vacuum
/// horizon); the result is recorded only if the claim is still this process's. A claim is released only by
/// liveness (``WorkerRegistry/reap(deadAfter:logger:)``), when its process stopped heartbeating, never by age.
package enum NotificationOutbox {
    /// A notification claimed for delivery.
    package struct Claimed: Sendable, Hashable {
        /// The notification's id.
        package var id: UUID
        /// Its kind (`reminder`, …).
        package var kind: String
        /// This attempt's number (1 for the first).
        package var attempt: Int
        /// What the notify command receives on standard input.
        package var json: String
    }

    /// Claims up to `limit` notifications whose next attempt is due, for `worker` (only while it is running).
    ///
    /// - Throws: ``PQError``.
    package static func claim(
        limit: Int, worker: UUID, _ session: DatabaseSession, logger: Logger
    ) async throws -> [Claimed] {
        try await session.query(
            """
            UPDATE notifications n SET claimed_by = \(worker), claimed_at = now(), attempts = n.attempts + 1
            WHERE n.id IN (
                SELECT id FROM notifications
                WHERE state IN ('pending', 'failed') AND claimed_by IS NULL AND next_attempt_at <= now()
                ORDER BY next_attempt_at, id
                LIMIT \(limit)
                FOR UPDATE SKIP LOCKED)
              AND EXISTS (SELECT 1 FROM workers w WHERE w.id = \(worker) AND w.state = 'running')
            RETURNING n.id, n.kind, n.attempts,
                jsonb_build_object('id', n.id, 'kind', n.kind, 'attempt', n.attempts, 'createdAt', n.created_at,
                    'notification', n.payload)::text
            """, logger: logger
        ).decode((UUID, String, Int32, String).self).map { id, kind, attempts, json in
            Claimed(id: id, kind: kind, attempt: Int(attempts), json: json)
        }
    }

    /// Records a delivery.
    ///
    /// - Returns: `false` when the claim was no longer this process's (it was declared dead meanwhile; another
    ///   process may deliver the notification again, which is why receivers deduplicate by id).
    /// - Throws: ``PQError``.
    package static func markSent(
        _ id: UUID, worker: UUID, _ session: DatabaseSession, logger: Logger
    ) async throws -> Bool {
        try await session.execute(
            """
            UPDATE notifications SET state = 'sent', sent_at = now(), last_error = NULL, claimed_by = NULL,
                claimed_at = NULL
            WHERE id = \(id) AND claimed_by = \(worker)
            """, logger: logger) == 1
    }

    /// Records a failed attempt: `failed` with the next attempt after `delay`, or `dead` once attempts reach
    /// `maximumAttempts`.
    ///
    /// - Returns: the new state (`failed` or `dead`), or `nil` when the claim was no longer this process's.
    /// - Throws: ``PQError``.
    package static func markFailed(
        _ id: UUID, worker: UUID, error: String, delay: Duration, maximumAttempts: Int, _ session: DatabaseSession,
        logger: Logger
    ) async throws -> String? {
        let seconds = Double(delay.components.seconds) + Double(delay.components.attoseconds) / 1e18
        return try await session.query(
            """
            UPDATE notifications SET
                state = CASE WHEN attempts >= \(maximumAttempts) THEN 'dead' ELSE 'failed' END,
                next_attempt_at = now() + make_interval(secs => \(seconds)),
                last_error = \(String(error.prefix(500))), claimed_by = NULL, claimed_at = NULL
            WHERE id = \(id) AND claimed_by = \(worker)
            RETURNING state
            """, logger: logger
        ).decodeFirst(String.self)
    }

    /// Notifications waiting for delivery (pending or failed, claimed or not; not sent, not dead).
    ///
    /// - Throws: ``PQError``.
    package static func depth(_ session: DatabaseSession, logger: Logger) async throws -> Int {
        let count = try await session.query(
            "SELECT count(*) FROM notifications WHERE state IN ('pending', 'failed')", logger: logger
        ).decodeOne(Int64.self)
        return Int(count)
    }

    /// How long until the earliest unclaimed notification's next attempt is due (zero if one is due now).
    ///
    /// - Returns: the wait, or `nil` when nothing waits.
    /// - Throws: ``PQError``.
    package static func untilNextAttempt(_ session: DatabaseSession, logger: Logger) async throws -> Duration? {
        let seconds: Double? = try await session.query(
            """
            SELECT greatest(0, extract(epoch FROM min(next_attempt_at) - now()))::float8 FROM notifications
            WHERE state IN ('pending', 'failed') AND claimed_by IS NULL
            """, logger: logger
        ).decodeOne(Double?.self)
        guard let seconds else { return nil }
        return .milliseconds(Int64(seconds * 1000))
    }
}
