import DatabaseTestSupport
import Foundation
import JapaneseCalendar
import LibPQ
import ScreeningStore
import ScreeningWorker
import Testing

/// Re-screening monitored holdings when an issuer list version takes effect: each changed obligation is announced
/// once, even when the process dies half-way.
@Suite struct RescreenServiceTests {
    /// One organisation, one investor (a general foreign company), an issuer list naming 6501 as core, and two
    /// holdings: 6501 from 0 % to 12 % stored as `noFiling` (stale: a core issuer at 10 % or more needs a prior
    /// notification), and 9999 (not on the list) stored as `undetermined` (unchanged by a re-screening).
    static func seed(_ db: TestDatabase) async throws {
        try await db.pool.withTransaction(logger: db.logger) { session in
            try await session.execute(
                """
                WITH o AS (INSERT INTO organisations (name) VALUES ('Example Capital') RETURNING id),
                l AS (INSERT INTO issuer_lists (published, layout, encoding, source_name, source_sha256, issuer_count)
                      VALUES ((now() AT TIME ZONE 'Asia/Tokyo')::date - 30, 'simple', 'UTF-8', 'list.csv',
                              repeat('ab', 32), 1) RETURNING published),
                i AS (INSERT INTO issuers (published, securities_code, name, name_en, tier)
                      SELECT published, '6501', '日立製作所', 'Hitachi', 'core' FROM l RETURNING published),
                v AS (INSERT INTO investors (organisation_id, name, facts)
                      SELECT id, 'Example Fund LP',
                          '{"category": "foreignEntity", "country": "SG", "class": "general"}'::jsonb FROM o
                      RETURNING id, organisation_id)
                INSERT INTO holdings (organisation_id, investor_id, securities_code, holding_before, holding_after,
                    source_rows, screened_on, outcome, imported_at)
                SELECT organisation_id, id, code, 0, after, 1, '2024-01-01', outcome, now() - interval '1 day'
                FROM v, (VALUES ('6501', 12, 'noFiling'), ('9999', 1, 'undetermined')) AS h(code, after, outcome)
                """, logger: db.logger)
        }
    }

    func service(_ db: TestDatabase, identity: WorkerIdentity, rescreen: RescreenService.RescreenHoldings? = nil)
        -> RescreenService
    {
        let pool = db.pool
        let logger = db.logger
        return RescreenService(
            pool: pool,
            rescreen: rescreen ?? { date in
                try await HoldingsStore(pool: pool).rescreenHoldings(on: date, logger: logger).holdingsScreened
            },
            identity: identity, pollInterval: .seconds(1), signal: WakeSignal(), delivery: WakeSignal(),
            metrics: WorkerMetrics(), logger: logger)
    }

    func changes(_ db: TestDatabase) async throws -> [(String, String)] {
        try await db.pool.withConnection(logger: db.logger) { session in
            try await session.query(
                """
                SELECT subject, payload->'previous'->>'outcome' || '→' || (payload->'current'->>'outcome')
                FROM notifications WHERE kind = 'obligationChanged' ORDER BY subject
                """, logger: db.logger
            ).decode((String, String).self)
        }
    }

    @Test(.hangGuard)
    func aNewListVersionIsRescreenedOnceAndEachChangedObligationAnnouncedOnce() async throws {
        try await withTestDatabase { db in
            try await Self.seed(db)
            let me = WorkerIdentity(host: "test", pid: 1, version: "test")
            try await WorkerRegistry(pool: db.pool, identity: me).register(logger: db.logger)
            let outcome = try #require(try await service(db, identity: me).runDue())
            #expect(outcome.holdingsScreened == 2 && outcome.changes == 1)
            let changes = try await changes(db)
            #expect(changes.count == 1)
            #expect(changes.first?.0.hasSuffix(":6501") == true)
            #expect(changes.first?.1 == "noFiling→priorNotification")
            // The same versions are never re-screened again.
            #expect(try await service(db, identity: me).runDue() == nil)
            #expect(try await self.changes(db).count == 1)
            let (state, snapshot) = try await db.pool.withConnection(logger: db.logger) { session in
                try await session.query(
                    "SELECT state, (SELECT count(*) FROM rescreen_holdings) FROM rescreens", logger: db.logger
                ).decodeOne((String, Int64).self)
            }
            #expect(state == "done" && snapshot == 0)
        }
    }

    @Test(.hangGuard)
    func aRescreeningAbandonedAfterTheHoldingsCommittedIsFinishedByTheNextProcess() async throws {
        try await withTestDatabase { db in
            try await Self.seed(db)
            let dying = WorkerIdentity(host: "test", pid: 1, version: "test")
            let registry = WorkerRegistry(pool: db.pool, identity: dying)
            try await registry.register(logger: db.logger)
            struct Died: Error {}
            let pool = db.pool
            let logger = db.logger
            // The holdings store commits the new outcomes, then the process "dies" before writing the outbox.
            await #expect(throws: Died.self) {
                try await service(db, identity: dying) { date in
                    _ = try await HoldingsStore(pool: pool).rescreenHoldings(on: date, logger: logger)
                    throw Died()
                }.runDue()
            }
            #expect(try await changes(db).isEmpty)
            // While its process is registered as running, nobody takes the re-screening over.
            let rescuer = WorkerIdentity(host: "test", pid: 2, version: "test")
            try await WorkerRegistry(pool: db.pool, identity: rescuer).register(logger: db.logger)
            #expect(try await service(db, identity: rescuer).runDue() == nil)
            // Liveness declares it dead and releases the claim; the next process finishes from the snapshot.
            try await db.pool.withConnection(logger: db.logger) { session in
                try await session.execute(
                    "UPDATE workers SET heartbeat_at = now() - interval '1 hour' WHERE id = \(dying.id)",
                    logger: db.logger)
            }
            let reaped = try await WorkerRegistry(pool: db.pool, identity: rescuer).reap(
                deadAfter: .seconds(30), logger: db.logger)
            #expect(reaped.rescreens == 1)
            let outcome = try #require(try await service(db, identity: rescuer).runDue())
            #expect(outcome.changes == 1)
            #expect(try await changes(db).map(\.1) == ["noFiling→priorNotification"])
        }
    }

    @Test(.hangGuard)
    func anOpenFilingWhoseOutcomeChangesIsRedeterminedAndNotifiedOnce() async throws {
        try await withTestDatabase { db in
            try await Self.seed(db)
            // A planned acquisition of 12 % of 6501 (core on the stored list), determined `noFiling` when opened;
            // and a closed filing with the same facts, which is never re-screened.
            let filings = try await db.pool.withConnection(logger: db.logger) { session in
                try await session.query(
                    """
                    INSERT INTO filings (organisation_id, kind, state, facts, determination, filed_on)
                    SELECT id, 'priorNotification', state, jsonb_build_object(
                            'date', to_char((now() AT TIME ZONE 'Asia/Tokyo')::date + 30, 'YYYY-MM-DD'),
                            'investor', '{"category": "foreignEntity", "country": "SG", "class": "general"}'::jsonb,
                            'target', '{"listed": true, "securitiesCode": "6501"}'::jsonb,
                            'act', '{"kind": "listedShares", "holdingBefore": 0, "holdingAfter": 12}'::jsonb),
                        '{"outcome": "noFiling"}', filed
                    FROM organisations, (VALUES ('draft', NULL::date), ('closed', '2025-01-06'::date)) AS s(state, filed)
                    RETURNING id, state
                    """, logger: db.logger
                ).decode((UUID, String).self)
            }
            let open = try #require(filings.first { $0.1 == "draft" }?.0)
            let me = WorkerIdentity(host: "test", pid: 1, version: "test")
            try await WorkerRegistry(pool: db.pool, identity: me).register(logger: db.logger)
            let outcome = try #require(try await service(db, identity: me).runDue())
            #expect(outcome.changes == 2)  // the holding 6501 and the open filing
            let changes = try await changes(db)
            #expect(changes.map(\.0).contains("filing:" + open.uuidString.lowercased()))
            #expect(changes.allSatisfy { $0.1 == "noFiling→priorNotification" })
            let events = try await db.pool.withConnection(logger: db.logger) { session in
                try await session.query(
                    """
                    SELECT e.filing_id, e.actor, e.payload->>'previousOutcome', e.payload->>'outcome',
                        f.determination->>'outcome', f.ruleset_version, f.state
                    FROM filing_events e JOIN filings f ON f.id = e.filing_id WHERE e.type = 'obligationChanged'
                    """,
                    logger: db.logger
                ).decode((UUID, String, String?, String?, String?, String?, String).self)
            }
            #expect(events.count == 1)
            let event = try #require(events.first)
            #expect(event.0 == open && event.1 == "system:feftad")
            #expect(event.2 == "noFiling" && event.3 == "priorNotification")
            #expect(event.4 == "priorNotification", "the stored determination is replaced")
            #expect(event.5 != nil, "the ruleset version is recorded")
            #expect(event.6 == "draft", "the state is left to the case handler")
        }
    }
}
