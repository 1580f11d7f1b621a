package import Foundation
package import LibPQ
package import Logging

/// Registration, heartbeats and the release of claims held by dead processes (liveness, not age).
///
/// A process is dead when its `heartbeat_at` is older than `deadAfter` by the database clock; whichever live
/// process notices first marks it dead and, in the same transaction, releases every claim held by a process that is
/// not running. A deadline firing holds no claim that could need releasing: its claim is a row lock inside the
/// firing's own transaction, which dies with the connection.
package struct WorkerRegistry: Sendable {
    /// The pool to use.
    package let pool: DatabasePool
    /// This process.
    package let identity: WorkerIdentity

    /// A registry for `identity` on `pool`.
    package init(pool: DatabasePool, identity: WorkerIdentity) {
        self.pool = pool
        self.identity = identity
    }

    /// Inserts this process's row (state `running`, heartbeat now).
    ///
    /// - Throws: ``PQError``.
    package func register(logger: Logger) async throws {
        let id = identity.id
        try await pool.withConnection(logger: logger) { session in
            try await session.execute(
                """
                INSERT INTO workers (id, host, pid, version) VALUES (\(id), \(identity.host), \(Int(identity.pid)),
                    \(identity.version))
                """, logger: logger)
        }
    }

    /// Renews this process's heartbeat.
    ///
    /// - Returns: `false` when the row is no longer `running`: another process declared this one dead and released
    ///   its claims; the caller registers again under a new id.
    /// - Throws: ``PQError``.
    package func heartbeat(logger: Logger) async throws -> Bool {
        let id = identity.id
        return try await pool.withConnection(logger: logger) { session in
            try await session.execute(
                "UPDATE workers SET heartbeat_at = now() WHERE id = \(id) AND state = 'running'", logger: logger)
        } == 1
    }

    /// What one reaping did.
    package struct Reaped: Sendable, Hashable {
        /// Processes declared dead now.
        package var workers: [UUID]
        /// Notification claims released.
        package var notifications: Int
        /// Re-screening claims released.
        package var rescreens: Int
    }

    /// Declares dead every running process whose heartbeat is older than `deadAfter`, and releases every claim held
    /// by a process that is not running, in one transaction.
    ///
    /// - Throws: ``PQError``.
    package func reap(deadAfter: Duration, logger: Logger) async throws -> Reaped {
        let seconds = Double(deadAfter.components.seconds) + Double(deadAfter.components.attoseconds) / 1e18
        return try await pool.withTransaction(logger: logger) { session in
            let dead = try await session.query(
                """
                UPDATE workers SET state = 'dead', stopped_at = now()
                WHERE state = 'running' AND heartbeat_at < now() - make_interval(secs => \(seconds))
                RETURNING id
                """, logger: logger
            ).decode(UUID.self)
            let notifications = try await session.execute(
                """
                UPDATE notifications n SET claimed_by = NULL, claimed_at = NULL
                FROM workers w WHERE n.claimed_by = w.id AND w.state <> 'running'
                """, logger: logger)
            let rescreens = try await session.execute(
                """
                UPDATE rescreens r SET claimed_by = NULL
                FROM workers w WHERE r.claimed_by = w.id AND w.state <> 'running' AND r.state = 'running'
                """, logger: logger)
            return Reaped(workers: dead, notifications: notifications, rescreens: rescreens)
        }
    }

    /// Marks this process stopped and releases anything it still claims (normally nothing: claims are finished
    /// before shutdown reaches the registry).
    ///
    /// - Throws: ``PQError``.
    package func deregister(logger: Logger) async throws {
        let id = identity.id
        try await pool.withTransaction(logger: logger) { session in
            try await session.execute(
                "UPDATE workers SET state = 'stopped', stopped_at = now() WHERE id = \(id) AND state = 'running'",
                logger: logger)
            try await session.execute(
                "UPDATE notifications SET claimed_by = NULL, claimed_at = NULL WHERE claimed_by = \(id)",
                logger: logger)
            try await session.execute(
                "UPDATE rescreens SET claimed_by = NULL WHERE claimed_by = \(id) AND state = 'running'",
                logger: logger)
        }
    }
}
