import DatabaseTestSupport
import FilingWorkflow
import Foundation
import JapaneseCalendar
import LibPQ
import Logging
import ScreeningRules
import ScreeningStore
import Testing

/// A firing of a claimed deadline sends the filing's update and the event in one round trip with its commit
/// (`FilingStore.apply(_:toLocked:claimed:…)`): it records exactly what the statement-by-statement path records, and
/// when the update changes nothing it writes nothing.
@Suite struct StoreFiringTests {
    /// Locks and reads the filing of the earliest pending deadline, with the deadline, in the open transaction.
    func claim(_ session: DatabaseSession, logger: Logger) async throws -> (FilingRecord, DeadlineReference, LegalDate)
    {
        let row = try await session.query(
            """
            SELECT d.id AS deadline_id, d.due AS deadline_due, (now() AT TIME ZONE 'Asia/Tokyo')::date AS today,
                \(unsafeRaw: FilingRecord.selectList(qualifiedBy: "f"))
            FROM deadlines d JOIN filings f ON f.id = d.filing_id
            WHERE d.state = 'pending' ORDER BY d.fires_on, d.id LIMIT 1 FOR UPDATE OF d, f
            """, logger: logger
        ).rows[0]
        return (
            try FilingRecord(row: row),
            DeadlineReference(
                id: try row.decode(UUID.self, column: "deadline_id"),
                due: try row.decode(LegalDate.self, column: "deadline_due")),
            try row.decode(LegalDate.self, column: "today")
        )
    }

    @Test(.hangGuard)
    func aClaimedFiringRecordsWhatTheStatementByStatementPathRecords() async throws {
        try await withTestDatabase { db in
            let organisation = try await WorkerTestDatabase.organisation(db)
            try await WorkerTestDatabase.waitingFilings(db, organisation: organisation, count: 2, dueInDays: -1)
            var applied: [AppliedTransition] = []
            // The first with its claim (one round trip for update, event and commit), the second without.
            for claimed in [true, false] {
                applied.append(
                    try await db.pool.withTransaction(logger: db.logger) { tx in
                        let (filing, deadline, today) = try await claim(tx, logger: db.logger)
                        return try await FilingStore.apply(
                            .deadlineReached(.waitingPeriodEnd, on: today), toLocked: filing,
                            claimed: claimed ? deadline : nil, actor: .daemon, notifying: false, committing: true,
                            in: tx, logger: db.logger)
                    })
            }
            let (pipelined, separate) = (applied[0], applied[1])
            #expect(pipelined.filing.filing.state == .cleared && separate.filing.filing.state == .cleared)
            #expect(pipelined.filing.version == 2 && pipelined.event.filingVersion == 2)
            #expect(pipelined.fired?.state == .fired && pipelined.fired?.id == pipelined.event.payloadDeadlineID)
            #expect(pipelined.event.type == separate.event.type)
            // The same payload but for the deadline's id.
            #expect(pipelined.event.payloadWithoutDeadlineID == separate.event.payloadWithoutDeadlineID)
            #expect(separate.event.prevHash == pipelined.event.hash)
            let (events, notifications) = try await db.pool.withConnection(logger: db.logger) { session in
                try await session.query(
                    """
                    SELECT (SELECT count(*) FROM filing_events),
                        (SELECT count(*) FROM notifications WHERE kind = 'deadlineFired')
                    """, logger: db.logger
                ).decodeOne((Int64, Int64).self)
            }
            #expect(events == 2 && notifications == 2)
        }
    }

    @Test(.hangGuard)
    func aClaimedFiringWhoseDeadlineIsNoLongerPendingWritesNothing() async throws {
        try await withTestDatabase { db in
            let organisation = try await WorkerTestDatabase.organisation(db)
            try await WorkerTestDatabase.waitingFilings(db, organisation: organisation, count: 1, dueInDays: -1)
            let error = await #expect(throws: StorageError.self) {
                try await db.pool.withTransaction(logger: db.logger) { tx in
                    let (filing, deadline, today) = try await claim(tx, logger: db.logger)
                    // Cancelled under the caller's lock: the update fires nothing, so the event must not be written.
                    try await tx.execute(
                        "UPDATE deadlines SET state = 'cancelled', cancelled_at = now() WHERE id = \(deadline.id)",
                        logger: db.logger)
                    _ = try await FilingStore.apply(
                        .deadlineReached(.waitingPeriodEnd, on: today), toLocked: filing, claimed: deadline,
                        actor: .daemon, notifying: false, committing: true, in: tx, logger: db.logger)
                }
            }
            #expect("\(error.map { "\($0)" } ?? "")".contains("no longer pending; nothing was written"))
            let (version, state, events, notifications) = try await db.pool.withConnection(logger: db.logger) {
                session in
                try await session.query(
                    """
                    SELECT (SELECT version FROM filings), (SELECT state FROM filings),
                        (SELECT count(*) FROM filing_events), (SELECT count(*) FROM notifications)
                    """, logger: db.logger
                ).decodeOne((Int32, String, Int64, Int64).self)
            }
            #expect(version == 1 && state == "waiting" && events == 0 && notifications == 0)
        }
    }
}

extension FilingEventRecord {
    fileprivate var payloadDeadlineID: UUID? {
        guard case .object(let object) = payload, case .string(let id)? = object["deadlineId"] else { return nil }
        return UUID(uuidString: id)
    }

    fileprivate var payloadWithoutDeadlineID: JSONValue {
        guard case .object(var object) = payload else { return payload }
        object["deadlineId"] = nil
        return .object(object)
    }
}
