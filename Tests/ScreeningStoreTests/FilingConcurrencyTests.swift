import DatabaseTestSupport
import FilingWorkflow
import Foundation
import JapaneseCalendar
import LibPQ
import Testing

@testable import ScreeningStore

/// Optimistic concurrency and the filing row lock: concurrent case handlers never both win, and nothing is lost.
@Suite struct FilingConcurrencyTests {
    /// Two case handlers read version 3 of a filed notification and act at once: one accepts, the other withdraws.
    /// Exactly one wins; the other gets the version conflict naming the current version; the log has no gap.
    @Test(.hangGuard, arguments: 1...5)
    func twoHandlersActingOnOneFilingOneWins(round: Int) async throws {
        try await withTestDatabase(maximumConnections: 4) { db in
            let fixture = try await FilingFixture.make(db)
            let second = try await fixture.addPerson()
            let opened = try await fixture.open(on: "2025-07-01", plannedExecution: "2025-09-01")
            let id = opened.filing.id
            try await fixture.apply(.submit(on: day("2025-07-02")), to: id)
            try await fixture.apply(.note(on: day("2025-07-02"), text: "called the Bank of Japan"), to: id)
            let version = 3

            let outcomes = await withTaskGroup(of: Result<AppliedTransition, any Error>.self) { group in
                group.addTask {
                    do {
                        return .success(
                            try await fixture.apply(.accept(on: day("2025-07-03")), to: id, expectedVersion: version))
                    } catch { return .failure(error) }
                }
                group.addTask {
                    do {
                        return .success(
                            try await fixture.apply(
                                .withdraw(on: day("2025-07-03")), to: id, expectedVersion: version,
                                actor: .person(second)))
                    } catch { return .failure(error) }
                }
                var outcomes: [Result<AppliedTransition, any Error>] = []
                for await outcome in group { outcomes.append(outcome) }
                return outcomes
            }
            let winners = outcomes.compactMap { try? $0.get() }
            #expect(winners.count == 1)
            let losers = outcomes.compactMap { outcome -> (any Error)? in
                if case .failure(let error) = outcome { return error }
                return nil
            }
            #expect(losers.count == 1)
            if let loser = losers.first {
                guard case StorageError.versionConflict(let filing, let expected, let current)? = loser as? StorageError
                else {
                    Issue.record("the loser got \(loser), not a version conflict")
                    return
                }
                #expect(filing == id.uuidString.lowercased())
                #expect(expected == 3)
                #expect(current == 4)
                #expect("\(loser)".contains("version 4"))
            }
            let events = try await fixture.events(of: id)
            #expect(events.map(\.1) == [1, 2, 3, 4])
            #expect(events.count == 4)
            #expect(try await AuditChain.verify(pool: db.pool, logger: db.logger).isIntact)
        }
    }

    /// Many writers over many filings at once: the global chain stays gapless and verifies.
    @Test(.hangGuard)
    func concurrentWritersKeepTheGlobalChainIntact() async throws {
        try await withTestDatabase(maximumConnections: 8) { db in
            let fixture = try await FilingFixture.make(db)
            var ids: [UUID] = []
            for _ in 0..<8 { ids.append(try await fixture.open(on: "2025-07-01").filing.id) }
            try await withThrowingTaskGroup(of: Void.self) { group in
                for id in ids {
                    group.addTask {
                        for note in 0..<10 {
                            try await fixture.apply(.note(on: day("2025-07-02"), text: "note \(note)"), to: id)
                        }
                    }
                }
                try await group.waitForAll()
            }
            let verification = try await AuditChain.verify(pool: db.pool, logger: db.logger)
            #expect(verification.isIntact, "\(verification.problems)")
            #expect(verification.eventCount == 88)
            #expect(verification.lastEventID == 88)
            for id in ids { #expect(try await fixture.events(of: id).map(\.1) == Array(1...11)) }
        }
    }

    /// Without `--expect-version` the change applies to the current version, read under the lock.
    @Test(.hangGuard)
    func withoutAnExpectedVersionTheCurrentOneIsUsed() async throws {
        try await withTestDatabase { db in
            let fixture = try await FilingFixture.make(db)
            let opened = try await fixture.open(on: "2025-07-01")
            try await fixture.apply(.note(on: day("2025-07-01"), text: "a"), to: opened.filing.id)
            let second = try await fixture.apply(.note(on: day("2025-07-01"), text: "b"), to: opened.filing.id)
            #expect(second.filing.version == 3)
            await #expect(throws: StorageError.self) {
                try await fixture.apply(
                    .note(on: day("2025-07-01"), text: "c"), to: opened.filing.id, expectedVersion: 2)
            }
            #expect(try await fixture.events(of: opened.filing.id).count == 3)
        }
    }
}
