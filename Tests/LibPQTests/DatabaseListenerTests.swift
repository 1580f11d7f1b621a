import DatabaseTestSupport
import Testing

@testable import LibPQ

@Suite struct DatabaseListenerTests {
    /// Waits for the next event that matches, failing on a closed stream.
    private func next(
        _ iterator: inout AsyncStream<ListenerEvent>.Iterator,
        where matches: (ListenerEvent) -> Bool = { _ in true }
    ) async throws -> ListenerEvent {
        while let event = await iterator.next() {
            if matches(event) { return event }
        }
        throw TestDatabaseError(description: "the listener's stream ended")
    }

    private func notify(_ db: TestDatabase, channel: String, payload: String) async throws {
        try await db.pool.withConnection(logger: db.logger) { session in
            try await session.notify(channel: channel, payload: payload, logger: db.logger)
        }
    }

    @Test(.hangGuard)
    func notificationsAreDelivered() async throws {
        try await withTestDatabase(migrated: false) { db in
            let listener = DatabaseListener(connectionString: db.connectionString, channels: ["filings", "期限"])
            try await listener.withEvents(logger: db.logger) { events in
                var iterator = events.makeAsyncIterator()
                let ready = try await next(&iterator)
                guard case .listening(_, let reconnected) = ready.kind else {
                    Issue.record("first event was \(ready)")
                    return
                }
                #expect(!reconnected)
                try await notify(db, channel: "filings", payload: "filing 42 accepted")
                try await notify(db, channel: "期限", payload: "締切")
                try await notify(db, channel: "unrelated", payload: "ignored")
                let first = try await next(&iterator).notification
                let second = try await next(&iterator).notification
                #expect(first?.channel == "filings")
                #expect(first?.payload == "filing 42 accepted")
                #expect(second?.channel == "期限")
                #expect(second?.payload == "締切")
            }
        }
    }

    @Test(.hangGuard)
    func notificationsAreDeliveredAfterTheListenerIsReconnected() async throws {
        try await withTestDatabase(migrated: false) { db in
            var listener = DatabaseListener(connectionString: db.connectionString, channels: ["jobs"])
            listener.reconnectDelay = .milliseconds(50)
            try await listener.withEvents(logger: db.logger) { events in
                var iterator = events.makeAsyncIterator()
                guard case .listening(let firstBackend, false) = try await next(&iterator).kind else {
                    Issue.record("no initial subscription")
                    return
                }
                try await notify(db, channel: "jobs", payload: "before")
                let value1 = try await next(&iterator).notification?.payload
                #expect(value1 == "before")

                // Kill the listener's server process, as a restart or a network failure would.
                try await db.pool.withConnection(logger: db.logger) { session in
                    let killed = try await session.query(
                        "SELECT pg_terminate_backend(\(firstBackend))", logger: db.logger
                    ).decodeOne(Bool.self)
                    #expect(killed)
                }
                let resubscribed = try await next(&iterator) {
                    if case .listening = $0.kind { return true }
                    return false
                }
                guard case .listening(let secondBackend, let reconnected) = resubscribed.kind else { return }
                #expect(reconnected)
                #expect(secondBackend != firstBackend)

                try await notify(db, channel: "jobs", payload: "after")
                let value2 = try await next(&iterator).notification?.payload
                #expect(value2 == "after")
            }
        }
    }

    /// Nothing is ever sent on `idle`: a listener that waited for a notification before noticing that its consumer
    /// returned would wait forever, and the hang guard would end the test. How promptly it stops (one 250 ms poll
    /// plus teardown) is speed, not behaviour, and no test measures it.
    @Test(.hangGuard)
    func theListenerStopsWhenTheConsumerReturnsWithoutWaitingForANotification() async throws {
        try await withTestDatabase(migrated: false) { db in
            let listener = DatabaseListener(connectionString: db.connectionString, channels: ["idle"])
            try await listener.withEvents(logger: db.logger) { events in
                var iterator = events.makeAsyncIterator()
                _ = try await next(&iterator)
            }
            let listeners = try await db.pool.withConnection(logger: db.logger) { session in
                try await session.query(
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN%'",
                    logger: db.logger
                ).decodeOne(Int64.self)
            }
            #expect(listeners == 0)
        }
    }
}
