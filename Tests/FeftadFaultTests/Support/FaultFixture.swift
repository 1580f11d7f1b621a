import Foundation
import JapaneseCalendar
import LibPQ
import Logging
import ScreeningStore

/// Seeds filings with due deadlines, and checks what the daemons did to them.
enum FaultFixture {
    static let logger = Logger(label: "feftad.fault-tests")

    /// Seeds `count` prior notifications in `waiting` whose waiting period ended yesterday in Japan (database
    /// clock), each with one pending `waitingPeriodEnd` deadline, and returns the organisation's id.
    @discardableResult
    static func seedDueWaitingPeriods(_ count: Int, pool: DatabasePool) async throws -> UUID {
        try await pool.withTransaction(logger: logger) { session in
            let organisation = try await session.query(
                """
                INSERT INTO organisations (name) VALUES ('Fault test ' || gen_random_uuid()) RETURNING id
                """, logger: logger
            ).decodeOne(UUID.self)
            try await session.execute(
                """
                WITH today AS (SELECT (now() AT TIME ZONE 'Asia/Tokyo')::date AS d),
                filings AS (
                    INSERT INTO filings (organisation_id, kind, state, filed_on, accepted_on, waiting_ends_on)
                    SELECT \(organisation), 'priorNotification', 'waiting', d - 40, d - 31, d - 1
                    FROM today, generate_series(1, \(count))
                    RETURNING id, organisation_id, waiting_ends_on)
                INSERT INTO deadlines (filing_id, organisation_id, kind, due, fires_on, basis, armed_at)
                SELECT id, organisation_id, 'waitingPeriodEnd', waiting_ends_on, waiting_ends_on, 'D2: Act 27(2)', now() - interval '31 days'
                FROM filings
                """, logger: logger)
            return organisation
        }
    }

    /// Counts of the firing's effects.
    struct Firings: Equatable, CustomStringConvertible {
        var pending: Int
        var fired: Int
        var events: Int
        var filingsWithOneEvent: Int
        var cleared: Int
        /// `deadlineFired` notifications written by the store (one per fired deadline).
        var announced: Int

        /// Every one of `count` deadlines fired exactly once: its filing cleared with one event, and announced.
        static func allFired(_ count: Int) -> Firings {
            Firings(
                pending: 0, fired: count, events: count, filingsWithOneEvent: count, cleared: count, announced: count)
        }

        var description: String {
            "pending \(pending), fired \(fired), events \(events), filings with exactly one event "
                + "\(filingsWithOneEvent), cleared \(cleared), announced \(announced)"
        }
    }

    /// Reads the deadlines, events and filings of `organisation`.
    static func firings(of organisation: UUID, pool: DatabasePool) async throws -> Firings {
        try await pool.withConnection(logger: logger) { session in
            let (pending, fired, events, one, cleared, announced) = try await session.query(
                """
                SELECT
                    (SELECT count(*) FROM deadlines WHERE organisation_id = \(organisation) AND state = 'pending'),
                    (SELECT count(*) FROM deadlines WHERE organisation_id = \(organisation) AND state = 'fired'),
                    (SELECT count(*) FROM filing_events WHERE organisation_id = \(organisation)
                        AND type = 'waitingPeriodElapsed'),
                    (SELECT count(*) FROM (SELECT filing_id FROM filing_events WHERE organisation_id = \(organisation)
                        AND type = 'waitingPeriodElapsed' GROUP BY filing_id HAVING count(*) = 1) AS once),
                    (SELECT count(*) FROM filings WHERE organisation_id = \(organisation) AND state = 'cleared'),
                    (SELECT count(*) FROM notifications WHERE organisation_id = \(organisation)
                        AND kind = 'deadlineFired')
                """, logger: logger
            ).decodeOne((Int64, Int64, Int64, Int64, Int64, Int64).self)
            return Firings(
                pending: Int(pending), fired: Int(fired), events: Int(events), filingsWithOneEvent: Int(one),
                cleared: Int(cleared), announced: Int(announced))
        }
    }

    /// Whether every filing is consistent: cleared ⇔ its deadline fired ⇔ exactly one `waitingPeriodElapsed` event
    /// (no half-done transition).
    static func inconsistentFilings(of organisation: UUID, pool: DatabasePool) async throws -> Int {
        try await pool.withConnection(logger: logger) { session in
            let count = try await session.query(
                """
                SELECT count(*) FROM filings f
                JOIN deadlines d ON d.filing_id = f.id AND d.kind = 'waitingPeriodEnd'
                WHERE f.organisation_id = \(organisation) AND NOT (
                    (f.state = 'cleared' AND d.state = 'fired'
                        AND (SELECT count(*) FROM filing_events e WHERE e.filing_id = f.id) = 1)
                    OR (f.state = 'waiting' AND d.state = 'pending'
                        AND NOT EXISTS (SELECT 1 FROM filing_events e WHERE e.filing_id = f.id)))
                """, logger: logger
            ).decodeOne(Int64.self)
            return Int(count)
        }
    }

    /// How long a test waits for something that must happen (work done, a process gone): a guard against hangs,
    /// never a speed requirement, so it is sized for a loaded two-core machine. Waits that check that something
    /// does *not* happen keep their own short windows.
    static let patience: Duration = .seconds(600)

    /// Polls `condition` every 50 ms until it holds or `timeout` passes.
    ///
    /// - Returns: whether it held.
    static func waitUntil(
        timeout: Duration, _ condition: () async throws -> Bool
    ) async throws -> Bool {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if try await condition() { return true }
            try await Task.sleep(for: .milliseconds(50))
        }
        return try await condition()
    }
}

extension FaultFixture {
    /// Seeds `count` prior notifications in `waiting` whose waiting period ends on the next working day in Japan
    /// (database clock), armed a month ago: a reminder (the 1-working-day point) is due today for each.
    ///
    /// - Returns: the organisation's id.
    @discardableResult
    static func seedUpcomingWaitingPeriods(_ count: Int, pool: DatabasePool) async throws -> UUID {
        try await pool.withTransaction(logger: logger) { session in
            let today = try await session.query("SELECT (now() AT TIME ZONE 'Asia/Tokyo')::date", logger: logger)
                .decodeOne(LegalDate.self)
            let due = today.adding(workingDays: 1)
            let organisation = try await session.query(
                "INSERT INTO organisations (name) VALUES ('Fault test ' || gen_random_uuid()) RETURNING id",
                logger: logger
            ).decodeOne(UUID.self)
            try await session.execute(
                """
                WITH filings AS (
                    INSERT INTO filings (organisation_id, kind, state, filed_on, accepted_on, waiting_ends_on)
                    SELECT \(organisation), 'priorNotification', 'waiting', \(due) - 40, \(due) - 30, \(due)
                    FROM generate_series(1, \(count))
                    RETURNING id, organisation_id, waiting_ends_on)
                INSERT INTO deadlines (filing_id, organisation_id, kind, due, fires_on, basis, armed_at)
                SELECT id, organisation_id, 'waitingPeriodEnd', waiting_ends_on, waiting_ends_on, 'D2: Act 27(2)', now() - interval '31 days'
                FROM filings
                """, logger: logger)
            return organisation
        }
    }

    /// The reminders of `organisation`: (state, attempts, last error) per notification.
    static func reminders(of organisation: UUID, pool: DatabasePool) async throws -> [(String, Int32, String?)] {
        try await pool.withConnection(logger: logger) { session in
            try await session.query(
                """
                SELECT state, attempts, last_error FROM notifications
                WHERE organisation_id = \(organisation) AND kind = 'reminder' ORDER BY id
                """, logger: logger
            ).decode((String, Int32, String?).self)
        }
    }
}
