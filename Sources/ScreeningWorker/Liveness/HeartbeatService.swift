package import Logging
import ServiceLifecycle

/// Keeps this process alive in the `workers` table and releases the claims of processes that died.
///
/// Every ``interval`` it renews its heartbeat and reaps: a running process whose heartbeat is older than
/// ``deadAfter`` (database clock) is marked dead and its claims are released. If this process finds itself marked
/// dead (its heartbeats did not reach the database in time), it registers again under a new id. On graceful
/// shutdown, which reaches it after the working services have stopped (it is listed before them), it marks itself
/// stopped.
package struct HeartbeatService: Service {
    private let registry: WorkerRegistry
    private let interval: Duration
    private let deadAfter: Duration
    private let metrics: WorkerMetrics
    private let health: WorkerHealth
    private let logger: Logger

    /// Creates the service.
    package init(
        registry: WorkerRegistry, interval: Duration, deadAfter: Duration, metrics: WorkerMetrics,
        health: WorkerHealth, logger: Logger
    ) {
        self.registry = registry
        self.interval = interval
        self.deadAfter = deadAfter
        self.metrics = metrics
        self.health = health
        self.logger = logger
    }

    package func run() async throws {
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            await beat()
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: interval) }
        }
        do {
            try await registry.deregister(logger: logger)
            logger.info("worker stopped", metadata: ["worker.id": "\(registry.identity.id)"])
        } catch {
            logger.warning(
                "could not mark this worker stopped; others will declare it dead after its heartbeat ages",
                metadata: ["worker.id": "\(registry.identity.id)", "error": "\(error)"])
        }
    }

    /// One heartbeat and one reaping.
    package func beat() async {
        do {
            if try await registry.heartbeat(logger: logger) {
                health.heartbeat(workerID: "\(registry.identity.id)")
            } else {
                let old = registry.identity.id
                let new = registry.identity.renew()
                try await registry.register(logger: logger)
                health.heartbeat(workerID: "\(new)")
                logger.notice(
                    "this worker was declared dead (its heartbeats stopped reaching the database); registered again",
                    metadata: ["worker.id": "\(new)", "worker.previous": "\(old)"])
            }
            let reaped = try await registry.reap(deadAfter: deadAfter, logger: logger)
            for worker in reaped.workers {
                logger.notice("declared a worker dead: no heartbeat", metadata: ["worker.dead": "\(worker)"])
            }
            metrics.workersDeclaredDead.increment(by: Int64(reaped.workers.count))
            let released = reaped.notifications + reaped.rescreens
            if released > 0 {
                metrics.claimsReleased.increment(by: Int64(released))
                logger.notice(
                    "released claims of stopped workers",
                    metadata: [
                        "claims.notifications": "\(reaped.notifications)", "claims.rescreens": "\(reaped.rescreens)",
                    ])
            }
        } catch {
            metrics.databaseErrors.increment()
            logger.warning("heartbeat failed; retrying", metadata: ["error": "\(error)"])
        }
    }
}
