import Logging

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension DatabaseSession {
    /// Subscribes this session to `channels` (`LISTEN "channel"` for each).
    ///
    /// - Throws: ``PQError``.
    func listen(to channels: [String], logger: Logger) throws(PQError) {
        for channel in channels {
            try query("LISTEN \(identifier: channel)", logger: logger)
        }
    }

    /// Waits up to `timeout` milliseconds for notifications on this session's socket and returns those received.
    ///
    /// Blocks this session's thread (never a cooperative-pool thread) in `poll(2)`, so it returns promptly when a
    /// notification arrives and at the latest after `timeout`; callers loop and check for cancellation between
    /// calls, which keeps the wait interruptible.
    ///
    /// - Throws: ``PQError/Code/connectionClosed`` when the server closed the connection (for example
    ///   `pg_terminate_backend`) or the socket failed.
    func waitForNotifications(timeout: Int32) throws(PQError) -> [PostgresNotification] {
        let connection = try openConnection()
        var received = drain(connection)
        guard received.isEmpty else { return received }
        guard let socket = connection.socket else {
            throw PQError(.connectionClosed, reason: "the listener's connection has no socket")
        }
        var descriptor = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
        let ready = poll(&descriptor, 1, timeout)
        if ready < 0 && errno != EINTR {
            throw PQError(.connectionClosed, reason: "poll failed on the listener's socket (errno \(errno))")
        }
        if ready > 0 {
            guard connection.consumeInput(), connection.isUsable else {
                let message = connection.errorMessage
                close()
                throw PQError(
                    .connectionClosed, reason: "the server closed the listener's connection",
                    serverMessage: message)
            }
            received = drain(connection)
        }
        return received
    }

    private func drain(_ connection: Connection) -> [PostgresNotification] {
        var received: [PostgresNotification] = []
        while let notification = connection.nextNotification() { received.append(notification) }
        return received
    }
}
