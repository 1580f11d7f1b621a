import FilingWorkflow
package import LibPQ
package import Logging
import ScreeningStore
package import ServiceLifecycle

/// One `feftad` process: its pool, identity, metrics and services, built from a ``WorkerConfiguration``.
///
/// ``prepare()`` checks the schema and registers the process; ``services()`` lists the services for a
/// `ServiceGroup` in start order (the group shuts them down in reverse, so the working loops stop first, then the
/// listener, then the heartbeat marks the process stopped, and the pool closes last); ``runOnce()`` is `--once`.
package struct Worker: Sendable {
    /// The configuration.
    package let configuration: WorkerConfiguration
    /// The database pool (a `Service`).
    package let pool: DatabasePool
    /// This process's registration.
    package let identity: WorkerIdentity
    /// The metrics served on `/metrics`.
    package let metrics: WorkerMetrics
    /// What `/healthz` reports.
    package let health: WorkerHealth
    /// The loops' wake-ups.
    package let hub: WakeHub
    /// The deadline transition (the filing store's).
    package let fire: DeadlineFiringService.FireDeadline
    /// The root logger (ids only, never personal data).
    package let logger: Logger

    /// Database connections per process: one each for firing, reminders, delivery and the heartbeat (the listener
    /// has its own).
    package static let poolSize = 4

    /// Builds a worker; nothing connects until ``prepare()``.
    package init(
        configuration: WorkerConfiguration, version: String, logger: Logger,
        fire: @escaping DeadlineFiringService.FireDeadline = DeadlineFiringService.store
    ) {
        self.configuration = configuration
        self.identity = WorkerIdentity.forThisProcess(version: version)
        var logger = logger
        logger[metadataKey: "worker.id"] = "\(identity.id)"
        self.logger = logger
        self.pool = DatabasePool(
            configuration: DatabasePoolConfiguration(
                connectionString: configuration.database.connectionString, maximumConnections: Self.poolSize,
                applicationName: "feftad",
                // The daemon repeats the same few statements all day: plan them once per connection. Not in
                // poll-only mode, the mode for a transaction-mode pooler, where a prepared name may not follow.
                preparesStatements: !configuration.pollOnly),
            logger: logger)
        self.metrics = WorkerMetrics()
        self.health = WorkerHealth(deadAfter: configuration.deadAfter)
        self.hub = WakeHub()
        self.fire = fire
    }

    /// Why a worker cannot start.
    package enum StartError: Error, CustomStringConvertible {
        /// The schema is not migrated (or was changed); `fefta db migrate` is needed.
        case schemaNotReady(String)

        package var description: String {
            switch self {
            case .schemaNotReady(let detail): "the database schema is not ready: \(detail)"
            }
        }
    }

    /// Checks that every migration is applied, then registers this process (state `running`, heartbeat now).
    ///
    /// The daemon never migrates: migrations run under locks and belong to the operator (`fefta db migrate`).
    ///
    /// - Throws: ``StartError`` for an unmigrated schema; ``StorageError`` or ``PQError`` when the database is
    ///   unreachable.
    package func prepare() async throws {
        let status = try await SchemaMigrator().status(pool: pool, logger: logger)
        if let problem = status.problems.first { throw StartError.schemaNotReady("\(problem)") }
        if !status.pending.isEmpty {
            let names = status.pending.map(\.fileName).joined(separator: ", ")
            throw StartError.schemaNotReady("pending migrations \(names); run `fefta db migrate` first")
        }
        try await WorkerRegistry(pool: pool, identity: identity).register(logger: logger)
        health.heartbeat(workerID: "\(identity.id)")
        logger.info(
            "worker registered",
            metadata: [
                "worker.host": "\(identity.host)", "worker.pid": "\(identity.pid)",
                "worker.version": "\(identity.version)", "db.source": "\(configuration.database.sourceDescription)",
                "worker.pollOnly": "\(configuration.pollOnly)",
            ])
    }

    /// Binds the metrics server's socket when `--metrics-port` is set, before anything else happens, so that a
    /// port in use stops the daemon at once (``MetricsServerError``); `nil` without a port.
    package func bindMetricsServer() async throws(MetricsServerError) -> MetricsServer? {
        guard let port = configuration.metricsPort else { return nil }
        return try await MetricsServer.bind(
            host: configuration.metricsHost, port: port, metrics: metrics, health: health, logger: logger)
    }

    /// The services, in start order (see the type's description), with the metrics server bound by
    /// ``bindMetricsServer()``.
    package func services(metricsServer: MetricsServer? = nil) -> [any Service] {
        var services: [any Service] = [pool]
        if let metricsServer { services.append(metricsServer) }
        services.append(heartbeatService)
        if !configuration.pollOnly {
            services.append(
                WakeupListenerService(
                    connectionString: configuration.database.connectionString,
                    healthCheckInterval: configuration.heartbeatInterval, hub: hub, metrics: metrics, logger: logger))
        }
        services.append(firingService)
        services.append(reminderService)
        services.append(rescreenService)
        if let delivery = deliveryService { services.append(delivery) }
        return services
    }

    /// What `--once` did.
    package struct OnceSummary: Sendable, Hashable {
        /// Deadlines fired (or refused and parked).
        package var deadlines: Int
        /// Reminders written to the outbox.
        package var reminders: Int
        /// Obligations changed by a re-screening (`nil`: no new issuer list or ruleset version took effect).
        package var obligationsChanged: Int?
        /// Delivery attempts made.
        package var deliveries: Int
    }

    /// Processes everything due now: fires due deadlines, writes due reminders, re-screens if a new issuer list or
    /// ruleset version is in force, delivers due notifications, then marks this process stopped.
    ///
    /// - Throws: ``PQError`` or what the store throws.
    package func runOnce() async throws -> OnceSummary {
        let registry = WorkerRegistry(pool: pool, identity: identity)
        _ = try await registry.reap(deadAfter: configuration.deadAfter, logger: logger)
        let deadlines = try await firingService.fireAllDue()
        let reminders = try await reminderService.planDue()
        let rescreen = try await rescreenService.runDue()
        let deliveries = try await deliveryService?.deliverAllDue() ?? 0
        try await registry.deregister(logger: logger)
        return OnceSummary(
            deadlines: deadlines, reminders: reminders, obligationsChanged: rescreen?.changes, deliveries: deliveries)
    }

    var heartbeatService: HeartbeatService {
        HeartbeatService(
            registry: WorkerRegistry(pool: pool, identity: identity), interval: configuration.heartbeatInterval,
            deadAfter: configuration.deadAfter, metrics: metrics, health: health, logger: logger)
    }

    var firingService: DeadlineFiringService {
        DeadlineFiringService(
            pool: pool, fire: fire, batchSize: configuration.batchSize, pollInterval: configuration.pollInterval,
            signal: hub.deadlines, metrics: metrics, logger: logger)
    }

    var reminderService: ReminderService {
        ReminderService(
            pool: pool,
            planner: ReminderPlanner(schedule: ReminderSchedule(offsets: configuration.reminderOffsets) ?? .standard),
            pollInterval: configuration.pollInterval, signal: hub.reminders, delivery: hub.notifications,
            metrics: metrics, logger: logger)
    }

    var rescreenService: RescreenService {
        let pool = self.pool
        let logger = self.logger
        return RescreenService(
            pool: pool,
            rescreen: { date in
                try await HoldingsStore(pool: pool).rescreenHoldings(on: date, logger: logger).holdingsScreened
            },
            identity: identity, pollInterval: configuration.pollInterval, signal: hub.rescreening,
            delivery: hub.notifications, metrics: metrics, logger: logger)
    }

    var deliveryService: NotificationDeliveryService? {
        guard let command = configuration.notifyCommand else { return nil }
        return NotificationDeliveryService(
            pool: pool, command: NotifyCommand(command: command, timeout: configuration.notifyTimeout),
            retry: RetryPolicy(
                base: configuration.retryBase, maximum: configuration.retryMaximum,
                maximumAttempts: configuration.maximumAttempts),
            identity: identity, batchSize: min(configuration.batchSize, 20), pollInterval: configuration.pollInterval,
            signal: hub.notifications, metrics: metrics, logger: logger)
    }
}
