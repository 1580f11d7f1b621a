package import LibPQ
package import Logging
import ServiceLifecycle

/// Listens on `fefta_wakeup` and wakes every loop on each notification and on each (re)subscription.
///
/// The store sends `NOTIFY fefta_wakeup` in every transaction that arms a deadline or changes a filing, and the
/// issuer-list import sends one for a new list. Notifications sent while the listener is disconnected are lost, so a
/// reconnection also wakes every loop (they look for work then); and every loop still polls on its own interval, so
/// a half-open or dead listener only slows the daemon to polling, never stops it. Not used with `--poll-only`.
package struct WakeupListenerService: Service {
    /// The channel the store notifies.
    package static let channel = "fefta_wakeup"

    private let listener: DatabaseListener
    private let hub: WakeHub
    private let metrics: WorkerMetrics
    private let logger: Logger

    /// Creates the service.
    ///
    /// - Parameters:
    ///   - connectionString: where to LISTEN (a session-level connection: not PgBouncer in transaction mode).
    ///   - healthCheckInterval: how often an idle listener checks its connection.
    ///   - hub: the loops to wake.
    ///   - metrics: listener metrics.
    ///   - logger: for connection events.
    package init(
        connectionString: ConnectionString, healthCheckInterval: Duration, hub: WakeHub, metrics: WorkerMetrics,
        logger: Logger
    ) {
        var listener = DatabaseListener(connectionString: connectionString, channels: [Self.channel])
        listener.healthCheckInterval = healthCheckInterval
        self.listener = listener
        self.hub = hub
        self.metrics = metrics
        self.logger = logger
    }

    package func run() async throws {
        try await listener.withEvents(logger: logger) { events in
            await cancelWhenGracefulShutdown {
                for await event in events {
                    switch event.kind {
                    case .listening(let backend, let reconnected):
                        metrics.listenerConnections.increment()
                        metrics.listenerUp.set(to: 1)
                        logger.info(
                            reconnected ? "listener reconnected; looking for work missed meanwhile" : "listening",
                            metadata: ["db.channel": "\(Self.channel)", "db.backend": "\(backend)"])
                        hub.signalAll()
                    case .notification:
                        metrics.wakeupsNotified.increment()
                        hub.signalAll()
                    }
                }
            }
        }
        metrics.listenerUp.set(to: 0)
    }
}
