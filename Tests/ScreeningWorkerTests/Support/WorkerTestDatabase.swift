import DatabaseTestSupport
import Foundation
import LibPQ
import Logging

/// Seeding helpers for the worker's database tests.
enum WorkerTestDatabase {
    /// Inserts an organisation and returns its id.
    static func organisation(_ db: TestDatabase) async throws -> UUID {
        try await db.pool.withConnection(logger: db.logger) { session in
            try await session.query(
                "INSERT INTO organisations (name) VALUES ('Worker test ' || gen_random_uuid()) RETURNING id",
                logger: db.logger
            ).decodeOne(UUID.self)
        }
    }

    /// Inserts `count` waiting prior notifications, each with a pending `waitingPeriodEnd` deadline due
    /// `dueInDays` days from today in Japan (database clock), armed `armedDaysAgo` days ago.
    static func waitingFilings(
        _ db: TestDatabase, organisation: UUID, count: Int, dueInDays: Int, armedDaysAgo: Int = 31
    ) async throws {
        try await db.pool.withConnection(logger: db.logger) { session in
            try await session.execute(
                """
                WITH today AS (SELECT (now() AT TIME ZONE 'Asia/Tokyo')::date AS d),
                filings AS (
                    INSERT INTO filings (organisation_id, kind, state, filed_on, accepted_on, waiting_ends_on)
                    SELECT \(organisation), 'priorNotification', 'waiting', d - 40, d - 31, d + \(dueInDays)::int
                    FROM today, generate_series(1, \(count))
                    RETURNING id, organisation_id, waiting_ends_on)
                INSERT INTO deadlines (filing_id, organisation_id, kind, due, fires_on, basis, armed_at)
                SELECT id, organisation_id, 'waitingPeriodEnd', waiting_ends_on, waiting_ends_on, 'D2: Act 27(2)',
                    now() - make_interval(days => \(armedDaysAgo)::int)
                FROM filings
                """, logger: db.logger)
        }
    }

    /// Inserts a worker row with the given heartbeat age (seconds) and returns its id.
    static func worker(_ db: TestDatabase, heartbeatAge seconds: Double, state: String = "running") async throws -> UUID
    {
        let id = UUID()
        try await db.pool.withConnection(logger: db.logger) { session in
            try await session.execute(
                """
                INSERT INTO workers (id, host, pid, version, state, heartbeat_at, stopped_at)
                VALUES (\(id), 'test-host', 4242, 'test', \(state), now() - make_interval(secs => \(seconds)),
                    CASE WHEN \(state) = 'running' THEN NULL ELSE now() END)
                """, logger: db.logger)
        }
        return id
    }

    /// Inserts a pending notification (kind `deadlineFired` needs a deadline; `obligationChanged` does not).
    static func notification(_ db: TestDatabase, organisation: UUID, claimedBy: UUID? = nil) async throws -> UUID {
        try await db.pool.withConnection(logger: db.logger) { session in
            try await session.query(
                """
                INSERT INTO notifications (organisation_id, kind, payload, claimed_by, claimed_at)
                VALUES (\(organisation), 'obligationChanged', '{"kind": "obligationChanged"}', \(claimedBy),
                    CASE WHEN \(claimedBy) IS NULL THEN NULL ELSE now() END)
                RETURNING id
                """, logger: db.logger
            ).decodeOne(UUID.self)
        }
    }
}
