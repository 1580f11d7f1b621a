// Benchmarks for the filing store (not tests): `Deploy/bench.sh filings` starts a throwaway PostgreSQL, builds this
// in release mode and runs it against that server.
//
//   fefta-filing-bench DATABASE_URL [filings per phase]
//
// Measures, through FilingStore (the code the CLI and the daemon run): opening filings; case-handler transitions
// with 1, 2 and 4 concurrent writers (transitions/s, latency p50/p99); deadline firing through the daemon's own code
// (DeadlineFiringService.fireNext: claim, FilingStore.apply, commit with the event) with 1, 2 and 4 workers; and
// `audit verify` (events/s). Every transition appends to the one global hash chain, so the audit_chain head row
// serialises the appends of all writers: the figures show what that costs.

import FilingWorkflow
import Foundation
import JapaneseCalendar
import LibPQ
import Logging
import NIOConcurrencyHelpers
import ScreeningRules
import ScreeningStore
import ScreeningWorker

func legalDate(_ text: String) -> LegalDate { (try? LegalDate(iso8601: text)) ?? .earliest }

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

func percentile(_ sorted: [Duration], _ p: Double) -> String {
    guard !sorted.isEmpty else { return "-" }
    let index = min(sorted.count - 1, Int((Double(sorted.count) * p).rounded(.down)))
    return String(format: "%.2f ms", seconds(sorted[index]) * 1000)
}

/// Runs `work` for every item split over `writers` concurrent tasks; returns the rate and the latencies.
func measure<Item: Sendable>(
    _ items: [Item], writers: Int, _ work: @escaping @Sendable (Item) async throws -> Void
) async throws -> (perSecond: Double, latencies: [Duration]) {
    let clock = ContinuousClock()
    let start = clock.now
    let latencies = try await withThrowingTaskGroup(of: [Duration].self) { group in
        for writer in 0..<writers {
            let mine = stride(from: writer, to: items.count, by: writers).map { items[$0] }
            group.addTask {
                var latencies: [Duration] = []
                for item in mine {
                    let begin = clock.now
                    try await work(item)
                    latencies.append(clock.now - begin)
                }
                return latencies
            }
        }
        var all: [Duration] = []
        for try await part in group { all += part }
        return all.sorted()
    }
    return (Double(items.count) / seconds(clock.now - start), latencies)
}

func report(_ label: String, _ result: (perSecond: Double, latencies: [Duration])) {
    let rate = String(format: "%8.0f", result.perSecond)
    print(
        "  \(label): \(rate) /s   p50 \(percentile(result.latencies, 0.5))   p99 \(percentile(result.latencies, 0.99))")
}

let arguments = CommandLine.arguments.dropFirst()
guard let url = arguments.first, let connectionString = try? ConnectionString(validating: url) else {
    print("usage: fefta-filing-bench DATABASE_URL [filings per phase]")
    exit(64)
}
let perPhase = arguments.dropFirst().first.flatMap(Int.init) ?? 1000
let logger = Logger(label: "fefta.bench")

try await withDatabasePool(
    DatabasePoolConfiguration(connectionString: connectionString, maximumConnections: 4), logger: logger
) { pool in
    _ = try await SchemaMigrator().migrate(pool: pool, logger: logger)
    let organisation = try await OrganisationDirectory.addOrganisation(
        name: "Bench \(UUID().uuidString.prefix(8))", pool: pool, logger: logger)
    let person = try await OrganisationDirectory.addPerson(
        organisationID: organisation.id, displayName: "Bench", role: "reviewer", dbRole: nil, pool: pool,
        logger: logger)
    let actor = FilingActor.person(person.id)
    let opening = FilingOpening(
        organisationID: organisation.id, kind: .priorNotification, rulesetVersion: "2025-05-19",
        determination: ["outcome": "priorNotification"], facts: ["date": "2025-09-01"])
    let phases = [1, 2, 4]
    print("filing store, \(perPhase) filings per phase, pool of 4 connections")

    let ids = NIOLockedValueBox<[UUID]>([])
    report(
        "open (1 writer)        ",
        try await measure(Array(0..<(perPhase * phases.count)), writers: 1) { _ in
            let applied = try await FilingStore.open(
                opening, on: legalDate("2025-07-01"), actor: actor, pool: pool, logger: logger)
            ids.withLockedValue { $0.append(applied.filing.id) }
        })
    let all = ids.withLockedValue { $0 }

    for (index, writers) in phases.enumerated() {
        let mine = Array(all[(index * perPhase)..<((index + 1) * perPhase)])
        // All submissions, then all acceptances: each filing's events stay in order.
        var combined: (perSecond: Double, latencies: [Duration]) = (0, [])
        var elapsed = 0.0
        for event in [FilingEvent.submit(on: legalDate("2025-07-02")), .accept(on: legalDate("2025-07-03"))] {
            let result = try await measure(mine, writers: writers) { id in
                _ = try await FilingStore.apply(
                    event, toFiling: id, expectedVersion: nil, actor: actor, pool: pool, logger: logger)
            }
            elapsed += Double(mine.count) / result.perSecond
            combined.latencies += result.latencies
        }
        combined.perSecond = Double(2 * mine.count) / elapsed
        combined.latencies.sort()
        report("transitions, \(writers) writer\(writers == 1 ? " " : "s")", combined)
    }

    // The daemon's own firing (DeadlineFiringService.fireNext with StoreFiring): the claim, the transition and the
    // commit as feftad runs them, on a pool that prepares statements as feftad's does. The deadlines armed above
    // fall due by the database clock (today in Japan). ANALYZE first, as autovacuum would within its naptime:
    // fresh from 0 to thousands of rows, the table's statistics would still say it is empty, and the claim would
    // sort every due deadline instead of reading the first from its index.
    try await pool.withConnection(logger: logger) { session in
        try await session.execute("ANALYZE deadlines, filings", logger: logger)
    }
    try await withDatabasePool(
        DatabasePoolConfiguration(connectionString: connectionString, maximumConnections: 4, preparesStatements: true),
        logger: logger
    ) { daemonPool in
        let firing = DeadlineFiringService(
            pool: daemonPool, fire: DeadlineFiringService.store, batchSize: 1, pollInterval: .seconds(1),
            signal: WakeSignal(), metrics: WorkerMetrics(), logger: logger)
        for writers in phases {
            report(
                "firings, \(writers) worker\(writers == 1 ? "    " : "s   ")",
                try await measure(Array(0..<perPhase), writers: writers) { _ in
                    _ = try await firing.fireNext()
                })
        }
    }

    let clock = ContinuousClock()
    let start = clock.now
    let verification = try await AuditChain.verify(pool: pool, logger: logger)
    let elapsed = seconds(clock.now - start)
    print(
        String(
            format: "  audit verify: %d events in %.2f s = %.0f events/s (%@)", verification.eventCount, elapsed,
            Double(verification.eventCount) / elapsed, verification.isIntact ? "intact" : "NOT intact"))
}
