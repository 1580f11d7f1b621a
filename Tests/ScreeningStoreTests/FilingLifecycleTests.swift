import DatabaseTestSupport
import FilingWorkflow
import Foundation
import JapaneseCalendar
import LibPQ
import ScreeningRules
import Testing

@testable import ScreeningStore

/// Whole filing lives through PostgreSQL: every transition one transaction, the log and deadlines as the law says.
@Suite struct FilingLifecycleTests {
    /// Draft → (filing window opens) → filed → waiting → extended → (waiting period elapses) → cleared → executed →
    /// closed, with the daemon's firings going through the same store function.
    @Test(.hangGuard)
    func aPriorNotificationFromDraftToClosed() async throws {
        try await withTestDatabase { db in
            let fixture = try await FilingFixture.make(db)
            // Planned execution 2026-03-16: the window opens 2025-09-16 (D1), after the opening date.
            let opened = try await fixture.open(on: "2025-07-01", plannedExecution: "2026-03-16")
            let id = opened.filing.id
            #expect(opened.filing.state == .draft)
            #expect(opened.filing.version == 1)
            #expect(opened.armed.map(\.kind) == [.filingWindow])
            #expect(opened.armed.first?.due == day("2025-09-16"))
            #expect(opened.armed.first?.firesOn == day("2025-09-16"))

            let window = try await fixture.fire(.filingWindow, of: id, on: "2025-09-16")
            #expect(window.eventType == "filingWindowOpened")
            #expect(window.fired?.kind == .filingWindow)
            #expect(window.filing.state == .draft)

            try await fixture.apply(.submit(on: day("2025-09-19")), to: id, expectedVersion: 2)
            let accepted = try await fixture.apply(.accept(on: day("2025-09-22")), to: id, expectedVersion: 3)
            #expect(accepted.filing.state == .waiting)
            #expect(accepted.armed.map(\.due) == [day("2025-10-22")])  // D2: acceptance + 30 days

            // D4: extended to 4 months from acceptance; the pending waiting period end is replaced.
            let extended = try await fixture.apply(.extend(on: day("2025-10-01"), months: .fourMonths), to: id)
            #expect(extended.armed.map(\.due) == [day("2026-01-22")])
            #expect(extended.cancelled.map(\.kind) == [.waitingPeriodEnd])
            #expect(extended.filing.filing.extendedTo == .fourMonths)

            // Execution before the extended end is refused (Act 27(2), penalty Act 70(1)).
            await #expect(throws: TransitionRefusal.self) {
                try await fixture.apply(.execute(on: day("2026-01-21")), to: id)
            }
            let cleared = try await fixture.fire(.waitingPeriodEnd, of: id, on: "2026-01-22")
            #expect(cleared.eventType == "waitingPeriodElapsed")
            #expect(cleared.filing.state == .cleared)

            let executed = try await fixture.apply(.execute(on: day("2026-02-02")), to: id)
            #expect(executed.armed.map(\.kind) == [.executionReport])
            #expect(executed.armed.map(\.due) == [day("2026-03-19")])  // D11: execution + 45 days
            #expect(executed.armed.map(\.firesOn) == [day("2026-03-20")])
            let closed = try await fixture.apply(.report(on: day("2026-02-20")), to: id)
            #expect(closed.filing.state == .closed)
            #expect(closed.cancelled.map(\.kind) == [.executionReport])
            #expect(closed.filing.version == 8)

            let events = try await fixture.events(of: id)
            #expect(
                events.map(\.0) == [
                    "opened", "filingWindowOpened", "submitted", "accepted", "extended", "waitingPeriodElapsed",
                    "executed", "executionReportFiled",
                ])
            // The refused execution left no trace; versions run 1… without a gap.
            #expect(events.map(\.1) == Array(1...8))
            #expect(
                events.filter { $0.2 == "system:feftad" }.map(\.0) == ["filingWindowOpened", "waitingPeriodElapsed"])
            #expect(events.filter { $0.2 != "system:feftad" }.allSatisfy { $0.2 == fixture.actor.description })

            let deadlines = try await fixture.deadlines(of: id)
            #expect(deadlines.map(\.2).filter { $0 == "pending" }.isEmpty)
            #expect(deadlines.filter { $0.2 == "fired" }.map(\.0) == ["filingWindow", "waitingPeriodEnd"])
            #expect(deadlines.count == 4)  // window, 30-day end (replaced), 4-month end, execution report

            let announced = try await db.pool.withConnection(logger: db.logger) { session in
                try await session.query(
                    "SELECT payload->>'kind' FROM notifications WHERE kind = 'deadlineFired' ORDER BY created_at, 1",
                    logger: db.logger
                ).decode(String.self)
            }
            #expect(announced.sorted() == ["filingWindow", "waitingPeriodEnd"])

            let verification = try await AuditChain.verify(pool: db.pool, logger: db.logger)
            #expect(verification.isIntact, "\(verification.problems)")
            #expect(verification.eventCount == 8)
            #expect(verification.filingCount == 1)
        }
    }

    /// A report case missed its due date: the daemon marks it overdue the day after, then it is filed and closed.
    @Test(.hangGuard)
    func aPostInvestmentReportFromDueToClosedThroughOverdue() async throws {
        try await withTestDatabase { db in
            let fixture = try await FilingFixture.make(db)
            let opened = try await fixture.open(.postInvestmentReport, on: "2025-07-01", actOn: "2025-06-27")
            let id = opened.filing.id
            #expect(opened.filing.state == .due)
            #expect(opened.armed.map(\.due) == [day("2025-08-12")])  // D11, D12: Mountain Day moved it
            #expect(opened.armed.map(\.firesOn) == [day("2025-08-13")])

            // On the due date itself the report is not overdue, and the refusal writes nothing.
            await #expect(throws: TransitionRefusal.self) {
                try await fixture.fire(.postInvestmentReport, of: id, on: "2025-08-12")
            }
            #expect(try await fixture.events(of: id).count == 1)
            #expect(try await fixture.deadlines(of: id).map(\.2) == ["pending"])

            let overdue = try await fixture.fire(.postInvestmentReport, of: id, on: "2025-08-13")
            #expect(overdue.filing.state == .overdue)
            let filed = try await fixture.apply(.report(on: day("2025-08-20")), to: id, expectedVersion: 2)
            #expect(filed.filing.state == .filed)
            let closed = try await fixture.apply(.close(on: day("2025-08-25")), to: id, expectedVersion: 3)
            #expect(closed.filing.state == .closed)
            #expect(try await fixture.events(of: id).map(\.1) == [1, 2, 3, 4])
            #expect(try await fixture.deadlines(of: id).map(\.2) == ["fired"])
            #expect(try await AuditChain.verify(pool: db.pool, logger: db.logger).isIntact)
        }
    }

    @Test(.hangGuard)
    func aReportFiledInTimeIsDueThenFiledThenClosed() async throws {
        try await withTestDatabase { db in
            let fixture = try await FilingFixture.make(db)
            let opened = try await fixture.open(.postInvestmentReport, on: "2025-07-01", actOn: "2025-06-27")
            let filed = try await fixture.apply(.report(on: day("2025-08-12")), to: opened.filing.id)
            #expect(filed.filing.state == .filed)
            #expect(filed.cancelled.map(\.kind) == [.postInvestmentReport])
            try await fixture.apply(.close(on: day("2025-08-13")), to: opened.filing.id)
            #expect(try await fixture.deadlines(of: opened.filing.id).map(\.2) == ["cancelled"])
        }
    }
}
