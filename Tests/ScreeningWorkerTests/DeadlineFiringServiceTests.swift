import DatabaseTestSupport
import Foundation
import LibPQ
import NIOConcurrencyHelpers
import ScreeningWorker
import ServiceLifecycleTestKit
import Testing

/// The firing loop as a `Service`: graceful shutdown lets the firing in flight commit and stops claiming.
@Suite struct DeadlineFiringServiceTests {
    func counts(_ db: TestDatabase) async throws -> (pending: Int64, fired: Int64, events: Int64) {
        try await db.pool.withConnection(logger: db.logger) { session in
            try await session.query(
                """
                SELECT (SELECT count(*) FROM deadlines WHERE state = 'pending'),
                    (SELECT count(*) FROM deadlines WHERE state = 'fired'), (SELECT count(*) FROM filing_events)
                """, logger: db.logger
            ).decodeOne((Int64, Int64, Int64).self)
        }
    }

    @Test(.hangGuard)
    func gracefulShutdownFinishesTheFiringInFlightAndStopsClaiming() async throws {
        try await withTestDatabase { db in
            let organisation = try await WorkerTestDatabase.organisation(db)
            try await WorkerTestDatabase.waitingFilings(db, organisation: organisation, count: 200, dueInDays: -1)
            let started = NIOLockedValueBox(0)
            let service = DeadlineFiringService(
                pool: db.pool,
                fire: { deadline, session, logger in
                    started.withLockedValue { $0 += 1 }
                    // A slow transition, so shutdown arrives while one is in flight.
                    try await Task.sleep(for: .milliseconds(5))
                    return try await DeadlineFiringService.store(deadline, session, logger)
                },
                batchSize: 10, pollInterval: .seconds(30), signal: WakeSignal(), metrics: WorkerMetrics(),
                logger: db.logger)
            try await testGracefulShutdown { trigger in
                try await withThrowingTaskGroup(of: Void.self) { group in
                    group.addTask { try await service.run() }
                    while started.withLockedValue({ $0 }) < 20 { try await Task.sleep(for: .milliseconds(5)) }
                    trigger.triggerGracefulShutdown()
                    try await group.waitForAll()
                }
            }
            let (pending, fired, events) = try await counts(db)
            // Every firing that started committed whole; nothing after shutdown was claimed.
            #expect(fired == Int64(started.withLockedValue { $0 }))
            #expect(events == fired && pending == 200 - fired && pending > 0)
        }
    }

    @Test(.hangGuard)
    func aRefusedFiringIsParkedAndNotClaimedAgain() async throws {
        try await withTestDatabase { db in
            let organisation = try await WorkerTestDatabase.organisation(db)
            try await WorkerTestDatabase.waitingFilings(db, organisation: organisation, count: 3, dueInDays: -1)
            let metrics = WorkerMetrics()
            let service = DeadlineFiringService(
                pool: db.pool, fire: { _, _, _ in .refused(reason: "does not apply") }, batchSize: 10,
                pollInterval: .seconds(1), signal: WakeSignal(), metrics: metrics, logger: db.logger)
            #expect(try await service.fireAllDue() == 3)
            #expect(try await service.fireAllDue() == 0)
            let parked = try await db.pool.withConnection(logger: db.logger) { session in
                try await session.query(
                    "SELECT count(*) FROM deadlines WHERE state = 'pending' AND parked_reason = 'does not apply'",
                    logger: db.logger
                ).decodeOne(Int64.self)
            }
            #expect(parked == 3)
            #expect(String(decoding: metrics.exposition(), as: UTF8.self).contains("feftad_firings_refused_total 3"))
        }
    }

    @Test(.hangGuard)
    func dueIsJudgedByTheDatabaseClockInJapan() async throws {
        try await withTestDatabase { db in
            let organisation = try await WorkerTestDatabase.organisation(db)
            // Due today in Japan fires; due tomorrow in Japan does not, whatever this process's time zone.
            try await WorkerTestDatabase.waitingFilings(db, organisation: organisation, count: 2, dueInDays: 0)
            try await WorkerTestDatabase.waitingFilings(db, organisation: organisation, count: 3, dueInDays: 1)
            let service = DeadlineFiringService(
                pool: db.pool, fire: DeadlineFiringService.store, batchSize: 10, pollInterval: .seconds(1),
                signal: WakeSignal(), metrics: WorkerMetrics(), logger: db.logger)
            #expect(try await service.fireAllDue() == 2)
            let (pending, fired, _) = try await counts(db)
            #expect(pending == 3 && fired == 2)
        }
    }
}
