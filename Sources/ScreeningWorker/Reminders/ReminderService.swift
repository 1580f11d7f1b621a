import FilingWorkflow
import Foundation
import JapaneseCalendar
package import LibPQ
package import Logging
import ScreeningRules
import ScreeningStore
import ServiceLifecycle

/// Writes reminders for pending deadlines into the notifications outbox, each (deadline, offset) exactly once.
///
/// Each pass reads the pending deadlines that can have a reminder due today (database clock, in Japan), asks the
/// ``ReminderPlanner`` which point is due, and inserts the new ones in one statement with `ON CONFLICT DO NOTHING`
/// on the outbox's unique (deadline, offset) key, so two daemons planning at once still write each reminder once.
/// Delivery is the ``NotificationDeliveryService``'s job.
package struct ReminderService: Service {
    private let pool: DatabasePool
    private let planner: ReminderPlanner
    private let pollInterval: Duration
    private let signal: WakeSignal
    private let delivery: WakeSignal
    private let metrics: WorkerMetrics
    private let logger: Logger

    /// The shortest pause between passes, so a burst of NOTIFYs does not turn planning into a busy loop.
    private static let minimumGap: Duration = .seconds(1)

    /// Creates the service.
    ///
    /// - Parameters:
    ///   - pool: the database.
    ///   - planner: the reminder schedule.
    ///   - pollInterval: the longest sleep between passes.
    ///   - signal: wakes a pass (NOTIFY).
    ///   - delivery: signalled when reminders were written.
    ///   - metrics: counters.
    ///   - logger: for passes.
    package init(
        pool: DatabasePool, planner: ReminderPlanner, pollInterval: Duration, signal: WakeSignal,
        delivery: WakeSignal, metrics: WorkerMetrics, logger: Logger
    ) {
        self.pool = pool
        self.planner = planner
        self.pollInterval = pollInterval
        self.signal = signal
        self.delivery = delivery
        self.metrics = metrics
        self.logger = logger
    }

    package func run() async throws {
        await runServiceLoop(failure: "reminder planning failed", signal: signal, metrics: metrics, logger: logger) {
            if try await planDue() > 0 { delivery.signal() }
            return .wait(settle: Self.minimumGap, timeout: pollInterval)
        }
    }

    /// One pass: writes every reminder due today that is not in the outbox yet.
    ///
    /// - Returns: how many reminders were written.
    /// - Throws: ``PQError``.
    package func planDue() async throws -> Int {
        try await pool.withTransaction(logger: logger) { session in
            let today = try await session.query(
                "SELECT (now() AT TIME ZONE 'Asia/Tokyo')::date", logger: logger
            ).decodeOne(LegalDate.self)
            let horizon = planner.horizon(today: today)
            let rows = try await session.query(
                """
                SELECT d.id, d.filing_id, d.organisation_id, d.kind, d.due, (d.armed_at AT TIME ZONE 'Asia/Tokyo')::date,
                    coalesce((SELECT array_agg(n.reminder_offset) FROM notifications n
                              WHERE n.deadline_id = d.id AND n.reminder_offset IS NOT NULL), '{}')
                FROM deadlines d
                WHERE d.state = 'pending' AND d.parked_at IS NULL AND d.due > \(today) AND d.due <= \(horizon)
                """, logger: logger
            ).decode((UUID, UUID, UUID, String, LegalDate, LegalDate, [Int32]).self)
            var batch = ReminderBatch()
            for (id, filing, organisation, kind, due, armedOn, sent) in rows {
                guard let point = planner.duePoint(due: due, armedOn: armedOn, today: today),
                    !sent.contains(Int32(point.offset))
                else { continue }
                batch.append(
                    deadline: id, filing: filing, organisation: organisation, kind: kind, due: due, point: point)
            }
            guard !batch.deadlines.isEmpty else { return 0 }
            let written = try await session.execute(
                """
                INSERT INTO notifications (organisation_id, filing_id, deadline_id, kind, reminder_offset, payload)
                SELECT r.organisation_id, r.filing_id, r.deadline_id, 'reminder', r.reminder_offset, r.payload::jsonb
                FROM unnest(\(batch.organisations)::uuid[], \(batch.filings)::uuid[], \(batch.deadlines)::uuid[],
                            \(batch.offsets)::int4[], \(batch.payloads)::text[])
                    AS r(organisation_id, filing_id, deadline_id, reminder_offset, payload)
                ON CONFLICT DO NOTHING
                """, logger: logger)
            metrics.remindersQueued.increment(by: Int64(written))
            if written > 0 { logger.info("reminders queued", metadata: ["reminders.count": "\(written)"]) }
            return written
        }
    }
}

/// Column arrays for one bulk insert of reminders.
struct ReminderBatch {
    var organisations: [UUID] = []
    var filings: [UUID] = []
    var deadlines: [UUID] = []
    var offsets: [Int32] = []
    var payloads: [String] = []

    /// Adds one reminder; its payload names ids, kinds and dates only (no personal data).
    mutating func append(
        deadline: UUID, filing: UUID, organisation: UUID, kind: String, due: LegalDate,
        point: ReminderSchedule.Point
    ) {
        organisations.append(organisation)
        filings.append(filing)
        deadlines.append(deadline)
        offsets.append(Int32(point.offset))
        let payload: JSONValue = [
            "kind": "reminder",
            "organisation": .string(organisation.uuidString.lowercased()),
            "filing": .string(filing.uuidString.lowercased()),
            "deadline": [
                "id": .string(deadline.uuidString.lowercased()),
                "kind": .string(kind),
                "due": .string(due.iso8601),
            ],
            "workingDaysBefore": .number(JSONNumber(point.offset)),
            "remindOn": .string(point.date.iso8601),
        ]
        payloads.append(payload.serialized(pretty: false))
    }
}
