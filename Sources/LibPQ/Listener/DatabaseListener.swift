package import Logging
import NIOCore
import NIOPosix

/// Receives `NOTIFY` messages on a dedicated connection and thread, reconnecting when the connection is lost.
///
/// Notifications are not stored by PostgreSQL: one sent while the listener is disconnected is lost. The listener
/// therefore reports every (re)subscription as a ``ListenerEvent/Kind/listening`` event; on one with
/// `reconnected == true` a consumer must catch up by querying (the daemon polls its queues), which is what keeps a
/// half-open or restarted connection from silently degrading the system. Idle connections are checked every
/// ``healthCheckInterval`` so a dead peer is noticed even when no notifications arrive.
///
/// LISTEN needs a session-level connection: through PgBouncer in transaction mode it does not work (use session
/// mode or connect directly).
package struct DatabaseListener: Sendable {
    /// Where to connect.
    package var connectionString: ConnectionString
    /// The channels to listen on.
    package var channels: [String]
    /// How often an idle connection is checked with a trivial query. Default 30 s.
    package var healthCheckInterval: Duration = .seconds(30)
    /// The pause before reconnecting after a failure; doubles up to 30 s while failures continue. Default 1 s.
    package var reconnectDelay: Duration = .seconds(1)
    /// How long one blocking wait on the socket lasts before the loop checks for cancellation. Default 250 ms.
    package var pollInterval: Duration = .milliseconds(250)

    /// Creates a listener (nothing connects until ``withEvents(isolation:logger:_:)``).
    ///
    /// - Parameters:
    ///   - connectionString: where to connect.
    ///   - channels: channel names (any text; they are quoted as identifiers).
    package init(connectionString: ConnectionString, channels: [String]) {
        self.connectionString = connectionString
        self.channels = channels
    }

    /// Listens while `body` runs and hands it the stream of events.
    ///
    /// The connection runs on its own thread; `body` consumes ``ListenerEvent``s. When `body` returns or throws,
    /// the listening loop is cancelled (within ``pollInterval``), the connection is closed and the thread stops.
    ///
    /// - Parameters:
    ///   - logger: for connection events (at `debug`).
    ///   - body: the consumer.
    /// - Returns: what `body` returns.
    /// - Throws: what `body` throws.
    package func withEvents<Result>(
        isolation: isolated (any Actor)? = #isolation,
        logger: Logger,
        _ body: (AsyncStream<ListenerEvent>) async throws -> Result
    ) async throws -> Result {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let session = DatabaseSession(loop: group.next(), connectionString: connectionString, applicationName: "fefta")
        let (stream, continuation) = AsyncStream.makeStream(of: ListenerEvent.self, bufferingPolicy: .unbounded)
        let outcome: Swift.Result<Result, any Error>
        outcome = await withTaskGroup(of: Void.self, returning: Swift.Result<Result, any Error>.self) { tasks in
            tasks.addTask {
                await self.listen(session: session, continuation: continuation, logger: logger)
            }
            let outcome: Swift.Result<Result, any Error>
            do {
                outcome = .success(try await body(stream))
            } catch {
                outcome = .failure(error)
            }
            tasks.cancelAll()
            return outcome
        }
        await session.close()
        try? await group.shutdownGracefully()
        return try outcome.get()
    }

    /// The loop: connect, subscribe, wait, deliver; on failure close, pause and start again.
    private func listen(
        session: DatabaseSession,
        continuation: AsyncStream<ListenerEvent>.Continuation,
        logger: Logger
    ) async {
        defer { continuation.finish() }
        var subscribed = false
        var subscriptions = 0
        var failures = 0
        var lastCheck = ContinuousClock.now
        let timeout = Int32(
            clamping: pollInterval.components.seconds * 1000 + pollInterval.components.attoseconds
                / 1_000_000_000_000_000)
        while !Task.isCancelled {
            do {
                if !subscribed {
                    try await session.listen(to: channels, logger: logger)
                    let processID = try await session.backendProcessID()
                    subscribed = true
                    failures = 0
                    lastCheck = .now
                    continuation.yield(
                        ListenerEvent(.listening(backendProcessID: processID, reconnected: subscriptions > 0)))
                    subscriptions += 1
                }
                for notification in try await session.waitForNotifications(timeout: timeout) {
                    continuation.yield(ListenerEvent(.notification(notification)))
                }
                if ContinuousClock.now - lastCheck >= healthCheckInterval {
                    try await session.query("SELECT 1", logger: logger)
                    lastCheck = .now
                }
            } catch {
                logger.debug(
                    "database listener lost its connection; reconnecting",
                    metadata: ["db.error": "\(error)", "db.failures": "\(failures + 1)"]
                )
                subscribed = false
                await session.close()
                failures += 1
                let pause = min(reconnectDelay * (1 << min(failures - 1, 5)), .seconds(30))
                try? await Task.sleep(for: pause)
            }
        }
    }
}

/// What a ``DatabaseListener`` reports.
package struct ListenerEvent: Sendable, Hashable {
    /// The kinds of event.
    package enum Kind: Sendable, Hashable {
        /// The listener is subscribed. `reconnected` is `true` after a lost connection was re-established:
        /// notifications sent in between were lost, so catch up by querying.
        case listening(backendProcessID: Int32, reconnected: Bool)
        /// A notification arrived.
        case notification(PostgresNotification)
    }

    /// What happened.
    package var kind: Kind

    init(_ kind: Kind) {
        self.kind = kind
    }

    /// The notification, if this event is one.
    package var notification: PostgresNotification? {
        if case .notification(let notification) = kind { return notification }
        return nil
    }
}
