import DatabaseTestSupport
import FilingWorkflow
import Foundation
import JapaneseCalendar
import LibPQ
import ScreeningRules
import Testing

@testable import ScreeningStore

/// Re-screening replaces an open filing's determination through the one transition path, under audit.
@Suite struct RedeterminationTests {
    let exempt: JSONValue = [
        "outcome": "exempt", "exemption": ["basis": "generalDesignated"], "ruleset": ["version": "2025-05-19"],
    ]

    @Test(.hangGuard)
    func aRedeterminationReplacesTheDeterminationAndKeepsTheLogVerifiable() async throws {
        try await withTestDatabase { db in
            let fixture = try await FilingFixture.make(db)
            let filing = try await fixture.open(on: "2025-07-01", plannedExecution: "2025-09-01").filing
            let applied = try await db.pool.withTransaction(logger: db.logger) { session in
                try await FilingStore.redetermine(
                    filing.id,
                    with: Redetermination(
                        determination: exempt, rulesetVersion: "2025-05-19", issuerListPublished: day("2025-07-15")),
                    on: day("2025-07-20"), actor: .daemon, in: session, logger: db.logger)
            }
            #expect(applied.filing.state == .draft, "the state is left to the case handler")
            #expect(applied.filing.version == filing.version + 1)
            let row = try await db.pool.withConnection(logger: db.logger) { session in
                try await session.query(
                    """
                    SELECT f.determination->>'outcome', e.type, e.payload->>'previousOutcome', e.payload->>'outcome',
                        e.payload->>'issuerListPublished', e.actor
                    FROM filings f JOIN filing_events e ON e.filing_id = f.id
                    WHERE f.id = \(filing.id) ORDER BY e.id DESC LIMIT 1
                    """, logger: db.logger
                ).decodeOne((String?, String, String?, String?, String?, String).self)
            }
            #expect(row.0 == "exempt")
            #expect(row.1 == "obligationChanged")
            #expect(row.2 == "priorNotification" && row.3 == "exempt")
            #expect(row.4 == "2025-07-15")
            #expect(row.5 == "system:feftad")
            #expect(try await AuditChain.verify(pool: db.pool, logger: db.logger).isIntact)

            // Changing the new determination behind the log's back is still caught.
            try await fixture.execute(
                "UPDATE filings SET determination = jsonb_set(determination, '{outcome}', '\"noFiling\"') WHERE id = \(filing.id)")
            let verification = try await AuditChain.verify(pool: db.pool, logger: db.logger)
            #expect(verification.problems.map(\.kind) == [.filingDocumentChanged])
        }
    }

    @Test(.hangGuard)
    func closedFilingsAndBareObligationChangesAreRefused() async throws {
        try await withTestDatabase { db in
            let fixture = try await FilingFixture.make(db)
            let filing = try await fixture.open(on: "2025-07-01", plannedExecution: "2025-09-01").filing
            // Only FilingStore.redetermine may record an obligation change: it carries the new determination.
            await #expect(throws: StorageError.self) {
                try await fixture.apply(.obligationChanged(on: day("2025-07-20")), to: filing.id)
            }
            try await fixture.apply(.withdraw(on: day("2025-07-02")), to: filing.id)
            await #expect(throws: TransitionRefusal.self) {
                try await db.pool.withTransaction(logger: db.logger) { session in
                    try await FilingStore.redetermine(
                        filing.id,
                        with: Redetermination(determination: exempt, rulesetVersion: nil, issuerListPublished: nil),
                        on: day("2025-07-20"), actor: .daemon, in: session, logger: db.logger)
                }
            }
            #expect(try await AuditChain.verify(pool: db.pool, logger: db.logger).isIntact)
        }
    }
}
