import Foundation
package import LibPQ
package import Logging
import ServiceLifecycle

/// Delivers the notifications outbox through the notify command: retries with backoff and jitter, then the dead
/// letter; never loses one.
///
/// A notification leaves the outbox only as `sent` (the command exited 0) or `dead` (it failed `maximumAttempts`
/// times; `last_error` says why, and an operator can requeue it by setting `state = 'pending'`). A process killed
/// mid-delivery leaves its claim, which liveness releases once its heartbeat stops; the notification is then
/// delivered again (at least once: receivers deduplicate by the notification `id`).
package struct NotificationDeliveryService: Service {
    private let pool: DatabasePool
    private let command: NotifyCommand
    private let retry: RetryPolicy
    private let identity: WorkerIdentity
    private let batchSize: Int
    private let pollInterval: Duration
    private let signal: WakeSignal
    private let metrics: WorkerMetrics
    private let logger: Logger

    /// Creates the service.
    package init(
        pool: DatabasePool, command: NotifyCommand, retry: RetryPolicy, identity: WorkerIdentity, batchSize: Int,
        pollInterval: Duration, signal: WakeSignal, metrics: WorkerMetrics, logger: Logger
    ) {
        self.pool = pool
        self.command = command
        self.retry = retry
        self.identity = identity
        self.batchSize = batchSize
        self.pollInterval = pollInterval
        self.signal = signal
        self.metrics = metrics
        self.logger = logger
    }

    package func run() async throws {
        await runServiceLoop(failure: "notification delivery failed", signal: signal, metrics: metrics, logger: logger) {
            let handled = try await deliverBatch()
            if handled == batchSize { return .none }
            let wait = try await pool.withConnection(logger: logger) { session in
                metrics.notificationsQueued.set(Double(try await NotificationOutbox.depth(session, logger: logger)))
                return try await NotificationOutbox.untilNextAttempt(session, logger: logger)
            }
            return .wait(timeout: min(pollInterval, (wait ?? pollInterval) + .milliseconds(20)))
        }
    }

    /// Delivers everything whose attempt is due now (for `--once`); failures are rescheduled, not retried now.
    ///
    /// - Returns: how many deliveries were attempted.
    /// - Throws: ``PQError``.
    package func deliverAllDue() async throws -> Int {
        var total = 0
        while !Task.isShuttingDownGracefully {
            let handled = try await deliverBatch()
            total += handled
            if handled < batchSize { break }
        }
        return total
    }

    /// Claims up to `batchSize` due notifications and delivers them one by one.
    ///
    /// - Returns: how many were claimed.
    private func deliverBatch() async throws -> Int {
        let worker = identity.id
        let claimed = try await pool.withTransaction(logger: logger) { session in
            try await NotificationOutbox.claim(limit: batchSize, worker: worker, session, logger: logger)
        }
        for (index, notification) in claimed.enumerated() {
            if Task.isShuttingDownGracefully {
                // Hand back what was claimed but not started, so another process takes it at once.
                let rest = claimed[index...].map(\.id)
                try await pool.withConnection(logger: logger) { session in
                    try await session.execute(
                        """
                        UPDATE notifications SET claimed_by = NULL, claimed_at = NULL, attempts = attempts - 1
                        WHERE id = ANY(\(rest)) AND claimed_by = \(worker)
                        """, logger: logger)
                }
                break
            }
            try await deliver(notification, worker: worker)
        }
        return claimed.count
    }

    private func deliver(_ notification: NotificationOutbox.Claimed, worker: UUID) async throws {
        var logger = logger
        logger[metadataKey: "notification.id"] = "\(notification.id)"
        logger[metadataKey: "notification.kind"] = "\(notification.kind)"
        logger[metadataKey: "notification.attempt"] = "\(notification.attempt)"
        let result = await command.deliver(
            json: notification.json,
            environment: [
                "FEFTA_NOTIFICATION_ID": notification.id.uuidString.lowercased(),
                "FEFTA_NOTIFICATION_KIND": notification.kind,
                "FEFTA_NOTIFICATION_ATTEMPT": "\(notification.attempt)",
            ])
        switch result {
        case .delivered:
            let recorded = try await pool.withConnection(logger: logger) { session in
                try await NotificationOutbox.markSent(notification.id, worker: worker, session, logger: logger)
            }
            metrics.notificationsSent.increment()
            if recorded {
                logger.info("notification sent")
            } else {
                logger.warning("notification sent, but its claim had been released; it may be sent again")
            }
        case .failed(let reason):
            metrics.notificationsFailed.increment()
            var generator = SystemRandomNumberGenerator()
            let delay = retry.delay(afterAttempt: notification.attempt, using: &generator)
            let state = try await pool.withConnection(logger: logger) { session in
                try await NotificationOutbox.markFailed(
                    notification.id, worker: worker, error: reason, delay: delay,
                    maximumAttempts: retry.maximumAttempts, session, logger: logger)
            }
            if state == "dead" {
                metrics.notificationsDead.increment()
                logger.error("notification dead-lettered after its last attempt", metadata: ["reason": "\(reason)"])
            } else {
                logger.warning(
                    "notification delivery failed; will retry",
                    metadata: ["reason": "\(reason)", "retry.in": "\(delay)"])
            }
        }
    }
}
