import DatabaseTestSupport
import Foundation
import LibPQ
import ScreeningWorker
import Testing

/// Liveness: claims are released when their process stops heartbeating, never because they are old.
@Suite struct WorkerRegistryTests {
    @Test(.hangGuard)
    func aSilentWorkerIsDeclaredDeadAndItsClaimsReleasedButALiveOnesAreKept() async throws {
        try await withTestDatabase { db in
            let organisation = try await WorkerTestDatabase.organisation(db)
            let silent = try await WorkerTestDatabase.worker(db, heartbeatAge: 60)
            let alive = try await WorkerTestDatabase.worker(db, heartbeatAge: 1)
            let held = try await WorkerTestDatabase.notification(db, organisation: organisation, claimedBy: silent)
            let kept = try await WorkerTestDatabase.notification(db, organisation: organisation, claimedBy: alive)
            // The live worker's claim is old, but age alone never releases it.
            try await db.pool.withConnection(logger: db.logger) { session in
                try await session.execute(
                    "UPDATE notifications SET claimed_at = now() - interval '1 day' WHERE id = \(kept)",
                    logger: db.logger)
            }
            let me = WorkerIdentity(host: "test", pid: 1, version: "test")
            let registry = WorkerRegistry(pool: db.pool, identity: me)
            try await registry.register(logger: db.logger)
            let reaped = try await registry.reap(deadAfter: .seconds(30), logger: db.logger)
            #expect(reaped.workers == [silent])
            #expect(reaped.notifications == 1)
            let claims = try await db.pool.withConnection(logger: db.logger) { session in
                try await session.query(
                    "SELECT id, claimed_by FROM notifications ORDER BY id", logger: db.logger
                ).decode((UUID, UUID?).self)
            }
            #expect(Dictionary(uniqueKeysWithValues: claims.map { ($0.0, $0.1) }) == [held: nil, kept: alive])
            // Reaping again finds nothing more to do.
            let again = try await registry.reap(deadAfter: .seconds(30), logger: db.logger)
            #expect(again.workers.isEmpty && again.notifications == 0)
        }
    }

    @Test(.hangGuard)
    func aWorkerDeclaredDeadLearnsItAtItsNextHeartbeatAndDeregisteringReleasesItsClaims() async throws {
        try await withTestDatabase { db in
            let organisation = try await WorkerTestDatabase.organisation(db)
            let me = WorkerIdentity(host: "test", pid: 1, version: "test")
            let registry = WorkerRegistry(pool: db.pool, identity: me)
            try await registry.register(logger: db.logger)
            #expect(try await registry.heartbeat(logger: db.logger))
            let held = try await WorkerTestDatabase.notification(db, organisation: organisation, claimedBy: me.id)
            try await registry.deregister(logger: db.logger)
            #expect(!(try await registry.heartbeat(logger: db.logger)))
            let (state, claimant) = try await db.pool.withConnection(logger: db.logger) { session in
                try await session.query(
                    """
                    SELECT w.state, n.claimed_by FROM workers w, notifications n WHERE w.id = \(me.id) AND n.id = \(held)
                    """, logger: db.logger
                ).decodeOne((String, UUID?).self)
            }
            #expect(state == "stopped" && claimant == nil)
            // Registering again takes a new id.
            let old = me.id
            me.renew()
            try await registry.register(logger: db.logger)
            #expect(me.id != old)
            #expect(try await registry.heartbeat(logger: db.logger))
        }
    }
}
