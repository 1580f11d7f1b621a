import DatabaseTestSupport
import FilingWorkflow
import Foundation
import LibPQ
import ScreeningWorker
import Testing

/// Reminders into the outbox: each (deadline, offset) exactly once, however many passes or daemons.
@Suite struct ReminderServiceTests {
    func service(_ db: TestDatabase) -> ReminderService {
        ReminderService(
            pool: db.pool, planner: ReminderPlanner(schedule: .standard), pollInterval: .seconds(1),
            signal: WakeSignal(), delivery: WakeSignal(), metrics: WorkerMetrics(), logger: db.logger)
    }

    @Test(.hangGuard)
    func eachReminderIsWrittenOnceEvenByConcurrentPasses() async throws {
        try await withTestDatabase(maximumConnections: 6) { db in
            let organisation = try await WorkerTestDatabase.organisation(db)
            // Due in 1 day: some reminder point has come for each (the exact one depends on today's calendar).
            try await WorkerTestDatabase.waitingFilings(db, organisation: organisation, count: 50, dueInDays: 1)
            // Due in 60 days: no reminder yet. Due yesterday: the deadline fires, no reminder.
            try await WorkerTestDatabase.waitingFilings(db, organisation: organisation, count: 5, dueInDays: 60)
            try await WorkerTestDatabase.waitingFilings(db, organisation: organisation, count: 5, dueInDays: -1)
            let written = try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<4 { group.addTask { try await service(db).planDue() } }
                return try await group.reduce(0, +)
            }
            #expect(written == 50)
            #expect(try await service(db).planDue() == 0)
            let (rows, distinct, payloadKinds) = try await db.pool.withConnection(logger: db.logger) { session in
                try await session.query(
                    """
                    SELECT count(*), count(DISTINCT deadline_id), count(*) FILTER (WHERE payload->>'kind' = 'reminder'
                        AND payload->'deadline'->>'id' = deadline_id::text AND (payload->>'workingDaysBefore')::int
                        = reminder_offset)
                    FROM notifications WHERE kind = 'reminder'
                    """, logger: db.logger
                ).decodeOne((Int64, Int64, Int64).self)
            }
            #expect(rows == 50 && distinct == 50 && payloadKinds == 50)
        }
    }

    @Test(.hangGuard)
    func aDeadlineArmedAfterItsReminderPointsGetsNone() async throws {
        try await withTestDatabase { db in
            let organisation = try await WorkerTestDatabase.organisation(db)
            // Armed after every reminder point that has come (tomorrow, in Japan): none of them applies.
            try await WorkerTestDatabase.waitingFilings(
                db, organisation: organisation, count: 3, dueInDays: 1, armedDaysAgo: -1)
            #expect(try await service(db).planDue() == 0)
        }
    }
}
