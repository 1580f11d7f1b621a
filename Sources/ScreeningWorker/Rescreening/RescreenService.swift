import Foundation
package import JapaneseCalendar
package import LibPQ
package import Logging
import ScreeningRules
import ScreeningStore
import ServiceLifecycle

/// Re-screens monitored holdings and open filings once for each (issuer list version, ruleset version) that takes
/// effect, and turns every changed obligation into an `obligationChanged` notification (and, for a filing, a note in
/// its event log), exactly once.
///
/// Each pass reads what is in force today in Japan (database clock): the latest issuer list published on or before
/// today (with its revision) and the ruleset version in force. A pair not yet in `rescreens` is claimed by inserting
/// its row, and in the same transaction the holdings' current obligations are copied to `rescreen_holdings` (the
/// snapshot). The holdings store then re-screens (one transaction per investor), and the changes are read back as
/// the difference between the snapshot and the holdings, written to the outbox under the unique key
/// (rescreen, holding): so a process killed half-way loses nothing (liveness releases its claim, the next process
/// re-runs the idempotent re-screening and diffs against the same snapshot) and doubles nothing (the key).
/// Holdings re-imported after the snapshot are left out (their change came from the import, not the new version).
package struct RescreenService: Service {
    /// Re-screens every stored holding for the date; returns how many were screened.
    package typealias RescreenHoldings = @Sendable (LegalDate) async throws -> Int

    let pool: DatabasePool
    private let rescreen: RescreenHoldings
    private let identity: WorkerIdentity
    private let pollInterval: Duration
    private let signal: WakeSignal
    private let delivery: WakeSignal
    let metrics: WorkerMetrics
    private let logger: Logger

    /// Creates the service.
    package init(
        pool: DatabasePool, rescreen: @escaping RescreenHoldings, identity: WorkerIdentity, pollInterval: Duration,
        signal: WakeSignal, delivery: WakeSignal, metrics: WorkerMetrics, logger: Logger
    ) {
        self.pool = pool
        self.rescreen = rescreen
        self.identity = identity
        self.pollInterval = pollInterval
        self.signal = signal
        self.delivery = delivery
        self.metrics = metrics
        self.logger = logger
    }

    package func run() async throws {
        await runServiceLoop(failure: "re-screening failed", signal: signal, metrics: metrics, logger: logger) {
            if try await runDue() != nil { delivery.signal() }
            return .wait(settle: .seconds(1), timeout: pollInterval)
        }
    }

    /// What one re-screening did.
    package struct Outcome: Sendable, Hashable {
        /// The `rescreens` row.
        package var id: Int64
        /// Holdings screened.
        package var holdingsScreened: Int
        /// Obligations that changed, of holdings and filings (one notification each).
        package var changes: Int
    }

    /// Runs the re-screening of the versions in force today if it has not run (or was abandoned by a dead
    /// process).
    ///
    /// - Returns: what it did, or `nil` when these versions were already re-screened or are being re-screened by
    ///   a live process.
    /// - Throws: ``PQError`` or what the holdings store throws.
    package func runDue() async throws -> Outcome? {
        let worker = identity.id
        guard let (id, today) = try await claim(worker: worker) else { return nil }
        var logger = logger
        logger[metadataKey: "rescreen.id"] = "\(id)"
        logger.info("re-screening: a new issuer list or ruleset version is in force")
        let screened = try await rescreen(today)
        let (filingsScreened, _) = try await rescreenFilings(rescreen: id, today: today, logger: logger)
        let changes = try await pool.withTransaction(logger: logger) { session in
            let changes = try await session.execute(
                """
                INSERT INTO notifications (organisation_id, kind, payload, rescreen_id, subject)
                SELECT h.organisation_id, 'obligationChanged',
                    jsonb_build_object('kind', 'obligationChanged', 'rescreen', r.id,
                        'organisation', h.organisation_id, 'investor', h.investor_id,
                        'securitiesCode', h.securities_code, 'listPublished', r.list_published,
                        'rulesetVersion', r.ruleset_version, 'effectiveOn', r.effective_on,
                        'previous', jsonb_build_object('outcome', s.outcome, 'exemptionBasis', s.exemption_basis,
                            'conditions', to_jsonb(s.conditions), 'reportRow', s.report_row),
                        'current', jsonb_build_object('outcome', h.outcome, 'exemptionBasis', h.exemption_basis,
                            'conditions', to_jsonb(h.conditions), 'reportRow', h.report_row,
                            'reportDue', h.report_due)),
                    r.id, 'holding:' || h.investor_id || ':' || h.securities_code
                FROM rescreens r
                JOIN rescreen_holdings s ON s.rescreen_id = r.id
                JOIN holdings h ON h.investor_id = s.investor_id AND h.securities_code = s.securities_code
                WHERE r.id = \(id) AND h.imported_at <= r.started_at
                  AND (h.outcome, coalesce(h.exemption_basis, ''), h.conditions, coalesce(h.report_row, ''))
                      IS DISTINCT FROM
                      (s.outcome, coalesce(s.exemption_basis, ''), s.conditions, coalesce(s.report_row, ''))
                ON CONFLICT DO NOTHING
                """, logger: logger)
            let total = try await session.query(
                """
                SELECT count(*) FROM notifications WHERE rescreen_id = \(id)
                """, logger: logger
            ).decodeOne(Int64.self)
            try await session.execute("DELETE FROM rescreen_holdings WHERE rescreen_id = \(id)", logger: logger)
            try await session.execute(
                """
                UPDATE rescreens SET state = 'done', finished_at = now(), claimed_by = NULL,
                    holdings_screened = \(screened), filings_screened = \(filingsScreened), changes = \(Int(total))
                WHERE id = \(id) AND claimed_by = \(worker)
                """, logger: logger)
            metrics.obligationsChanged.increment(by: Int64(changes))
            return Int(total)
        }
        logger.info(
            "re-screening done", metadata: ["rescreen.holdings": "\(screened)", "rescreen.changes": "\(changes)"])
        return Outcome(id: id, holdingsScreened: screened, changes: changes)
    }

    /// Claims the re-screening of today's versions: inserts its row with the snapshot, or takes over one whose
    /// process died (liveness released it).
    private func claim(worker: UUID) async throws -> (Int64, LegalDate)? {
        try await pool.withTransaction(logger: logger) { session -> (Int64, LegalDate)? in
            let today = try await session.query(
                "SELECT (now() AT TIME ZONE 'Asia/Tokyo')::date", logger: logger
            ).decodeOne(LegalDate.self)
            let list = try await session.query(
                """
                SELECT published, revision FROM issuer_lists WHERE published <= \(today)
                ORDER BY published DESC LIMIT 1
                """, logger: logger
            ).decodeFirst((LegalDate, Int32).self)
            let ruleset = Regime.inForce(on: today)?.version ?? "none"
            let inserted = try await session.query(
                """
                INSERT INTO rescreens (list_published, list_revision, ruleset_version, effective_on, claimed_by)
                VALUES (\(list?.0), \(list?.1), \(ruleset), \(today), \(worker))
                ON CONFLICT DO NOTHING
                RETURNING id
                """, logger: logger
            ).decodeFirst(Int64.self)
            if let inserted {
                try await session.execute(
                    """
                    INSERT INTO rescreen_holdings (rescreen_id, investor_id, securities_code, outcome, exemption_basis,
                        conditions, report_row)
                    SELECT \(inserted), investor_id, securities_code, outcome, exemption_basis, conditions, report_row
                    FROM holdings
                    """, logger: logger)
                return (inserted, today)
            }
            let abandoned = try await session.query(
                """
                UPDATE rescreens SET claimed_by = \(worker)
                WHERE state = 'running' AND claimed_by IS NULL
                  AND coalesce(list_published, '-infinity'::date) = coalesce(\(list?.0), '-infinity'::date)
                  AND coalesce(list_revision, 0) = coalesce(\(list?.1), 0) AND ruleset_version = \(ruleset)
                RETURNING id
                """, logger: logger
            ).decodeFirst(Int64.self)
            return abandoned.map { ($0, today) }
        }
    }
}
