package import LibPQ
package import Logging
import ServiceLifecycle

/// Fires due deadlines, each in its own transaction through the filing store (the same code the CLI uses).
///
/// One firing is one transaction: claim the earliest due pending deadline with `FOR UPDATE SKIP LOCKED`, then apply
/// `deadlineReached(kind, on: today)` to its filing through ``FireDeadline`` (event + filing update + deadline
/// `fired`, all or nothing), commit. The row lock is the claim: another daemon skips the row while it is held, and
/// a daemon killed mid-firing loses its connection, so PostgreSQL rolls the transaction back and drops the lock at
/// once: nothing to rescue, nothing half-done, and no lease that could expire under a slow but live process.
///
/// A loop fires up to `batchSize` deadlines, then measures the queue and either continues (more due) or sleeps
/// until woken by NOTIFY, the poll interval, or the next midnight in Japan (database clock), whichever is first.
/// Graceful shutdown is checked between firings, so the firing in flight always commits or rolls back whole.
package struct DeadlineFiringService: Service {
    /// Applies the firing inside the open claim transaction; throws to roll it back.
    package typealias FireDeadline = @Sendable (ClaimedDeadline, DatabaseSession, Logger) async throws -> FiringOutcome

    private let pool: DatabasePool
    private let fire: FireDeadline
    private let batchSize: Int
    private let pollInterval: Duration
    private let signal: WakeSignal
    private let metrics: WorkerMetrics
    private let logger: Logger

    /// Creates the service.
    ///
    /// - Parameters:
    ///   - pool: the database.
    ///   - fire: the store's transition, run inside the claim transaction.
    ///   - batchSize: firings per loop before the queue is measured again.
    ///   - pollInterval: the longest sleep when idle.
    ///   - signal: woken on NOTIFY.
    ///   - metrics: counters and histograms.
    ///   - logger: for firings (ids only) and errors.
    package init(
        pool: DatabasePool, fire: @escaping FireDeadline, batchSize: Int, pollInterval: Duration,
        signal: WakeSignal, metrics: WorkerMetrics, logger: Logger
    ) {
        self.pool = pool
        self.fire = fire
        self.batchSize = batchSize
        self.pollInterval = pollInterval
        self.signal = signal
        self.metrics = metrics
        self.logger = logger
    }

    package func run() async throws {
        await runServiceLoop(failure: "deadline firing failed", signal: signal, metrics: metrics, logger: logger) {
            let fired = try await fireBatch()
            if fired == batchSize { return .none }
            let depth = try await pool.withConnection(logger: logger) { session in
                try await DeadlineQueue.depth(session, logger: logger)
            }
            metrics.deadlinesDue.set(Double(depth.due))
            metrics.deadlinesPending.set(Double(depth.pending))
            if depth.due > 0 && fired > 0 { return .none }
            // Wake at the next midnight in Japan too, when new deadlines fall due.
            return .wait(timeout: min(pollInterval, depth.untilNextDay + .milliseconds(50)))
        }
    }

    /// Fires everything due now (for `--once`), stopping early only on graceful shutdown.
    ///
    /// - Returns: how many deadlines were handled (fired, or refused and parked).
    /// - Throws: ``PQError`` or what the store throws.
    package func fireAllDue() async throws -> Int {
        var total = 0
        while !Task.isShuttingDownGracefully {
            let fired = try await fireBatch()
            total += fired
            if fired < batchSize { break }
        }
        return total
    }

    /// Fires up to `batchSize` due deadlines, one transaction each, then signals `fefta_wakeup` once for them all
    /// (the firings themselves do not: ``StoreFiring``), so the daemons' loops deliver their notifications and fire
    /// what they armed. Should the process die before the signal, polling finds the work instead.
    ///
    /// - Returns: how many were handled (fired, or refused and parked).
    private func fireBatch() async throws -> Int {
        var handled = 0
        var fired = 0
        do {
            while handled < batchSize && !Task.isShuttingDownGracefully {
                guard let outcome = try await fireNext() else { break }
                handled += 1
                if case .fired = outcome { fired += 1 }
            }
        } catch {
            await signalFirings(fired)
            throw error
        }
        await signalFirings(fired)
        return handled
    }

    /// Signals `fefta_wakeup` once for `count` committed firings (nothing when none). A failure is logged, not
    /// thrown: the firings are committed, and the loops' polling finds their notifications anyway.
    private func signalFirings(_ count: Int) async {
        guard count > 0 else { return }
        do {
            try await pool.withConnection(logger: logger) { session in
                try await session.notify(
                    channel: WakeupListenerService.channel, payload: #"{"change":"deadlinesFired","count":\#(count)}"#,
                    logger: logger)
            }
        } catch {
            logger.warning(
                "could not signal fefta_wakeup after firing deadlines; polling will find their work",
                metadata: ["error": "\(error)"])
        }
    }

    /// Claims and fires one due deadline in one transaction.
    ///
    /// - Returns: the outcome, or `nil` when nothing is due.
    package func fireNext() async throws -> FiringOutcome? {
        let fire = self.fire
        let metrics = self.metrics
        let logger = self.logger
        return try await pool.withConnection(logger: logger) { session in
            try await session.fireNextDeadline(fire: fire, metrics: metrics, logger: logger)
        }
    }
}

extension DatabaseSession {
    /// Claims and fires one due deadline in one transaction, isolated to this session, so the transaction's own
    /// statements (BEGIN, the claim, parking, COMMIT) run on the session's thread without a hop each.
    fileprivate func fireNextDeadline(
        fire: DeadlineFiringService.FireDeadline, metrics: WorkerMetrics, logger: Logger
    ) async throws -> FiringOutcome? {
        try await withTransaction(logger: logger) { session -> FiringOutcome? in
            let start = ContinuousClock.now
            guard let deadline = try await DeadlineQueue.claimNext(session, logger: logger) else { return nil }
            metrics.claimLatency.record(ContinuousClock.now - start)
            var logger = logger
            logger[metadataKey: "deadline.id"] = "\(deadline.id)"
            logger[metadataKey: "filing.id"] = "\(deadline.filingID)"
            logger[metadataKey: "deadline.kind"] = "\(deadline.kind.rawValue)"
            let outcome = try await fire(deadline, session, logger)
            switch outcome {
            case .fired(let eventType):
                metrics.deadlinesFired.increment()
                metrics.dueToFiredLag.record(deadline.lag)
                logger.info(
                    "deadline fired", metadata: ["event.type": "\(eventType)", "deadline.due": "\(deadline.due)"])
            case .refused(let reason):
                try await DeadlineQueue.park(deadline.id, reason: reason, session, logger: logger)
                metrics.firingsRefused.increment()
                logger.error("the workflow refused a due deadline; parked it", metadata: ["reason": "\(reason)"])
            }
            return outcome
        }
    }

}
