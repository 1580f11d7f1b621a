import FilingWorkflow
import JapaneseCalendar
import Testing

/// When the daemon may record that a deadline was reached: never on the last day of a time limit to act, and never
/// before a waiting period ends or the filing window opens. Each at both sides of its boundary, with due dates that
/// were moved over holidays and the year-end closure.
struct DeadlineReachedTests {
    func outcome(_ event: FilingEvent, _ filing: FilingCase) -> Result<Transition, TransitionRefusal> {
        do {
            return .success(try Workflow.apply(event, to: filing))
        } catch {
            return .failure(error)
        }
    }

    @Test(arguments: FilingDeadlineKind.allCases)
    func actDeadlinesAreReachedTheDayAfterTheirDueDate(kind: FilingDeadlineKind) {
        let due = date("2025-08-12")
        #expect(kind.reachedOn(due: due) == (kind.isActDeadline ? date("2025-08-13") : due))
        let armed = ArmedDeadline(kind: kind, due: due, basis: "test")
        #expect(armed.reachedOn == kind.reachedOn(due: due))
    }

    /// D8, Act 27(7), Civil Code Art. 141: received 2025-12-24, the reply is due Mon 2026-01-05 (year-end closure);
    /// the investor may still reply on 2026-01-05, so the window elapses only on 2026-01-06.
    @Test func theReplyWindowElapsesOnlyAfterItsLastDay() throws {
        let recommended = FilingCase(
            kind: .priorNotification, state: .recommended, filedOn: date("2025-11-20"), acceptedOn: date("2025-12-01"),
            waitingEndsOn: date("2025-12-31"), recommendationReceivedOn: date("2025-12-24"))
        for early in ["2025-12-29", "2026-01-05"] {
            guard
                case .failure(let refusal) = outcome(
                    .deadlineReached(.recommendationReply, on: date(early)), recommended)
            else {
                Issue.record("the reply window elapsed on \(early), within it")
                continue
            }
            #expect(refusal.reason == .guardFailed)
            #expect(refusal.description.contains("2026-01-05"))
            #expect(refusal.description.contains("D8"))
        }
        // The reply on the last day is in time.
        let reply = try Workflow.apply(.reply(on: date("2026-01-05"), accepted: true), to: recommended)
        #expect(reply.after.state == .cleared)
        let elapsed = try Workflow.apply(
            .deadlineReached(.recommendationReply, on: date("2026-01-06")), to: recommended)
        #expect(elapsed.after.state == .orderPending)
    }

    /// D11, D12: executed 2025-08-01, the execution report is due Tue 2025-09-16 (Respect for the Aged Day moved it).
    @Test func theExecutionReportIsOverdueOnlyAfterItsMovedDueDate() throws {
        let executed = FilingCase(
            kind: .priorNotification, state: .executed, filedOn: date("2025-06-02"), acceptedOn: date("2025-06-03"),
            waitingEndsOn: date("2025-07-03"), executedOn: date("2025-08-01"))
        for early in ["2025-09-15", "2025-09-16"] {
            guard case .failure = outcome(.deadlineReached(.executionReport, on: date(early)), executed) else {
                Issue.record("the execution report was overdue on \(early)")
                continue
            }
        }
        let overdue = try Workflow.apply(.deadlineReached(.executionReport, on: date("2025-09-17")), to: executed)
        #expect(overdue.eventType == "executionReportOverdue")
    }

    /// D11, D12: act 2025-06-27, report due 2025-08-12 (Mountain Day moved it); overdue from 2025-08-13.
    @Test func aReportIsOverdueOnlyAfterItsDueDate() throws {
        let opened = try Workflow.open(.postInvestmentReport, on: date("2025-07-01"), actOn: date("2025-06-27"))
        #expect(opened.arm.first?.reachedOn == date("2025-08-13"))
        guard case .failure = outcome(.deadlineReached(.postInvestmentReport, on: date("2025-08-12")), opened.after)
        else {
            Issue.record("a report was overdue on its due date")
            return
        }
        let overdue = try Workflow.apply(
            .deadlineReached(.postInvestmentReport, on: date("2025-08-13")), to: opened.after)
        #expect(overdue.after.state == .overdue)
    }

    /// D11b, D12: change 2025-11-16, change report due Mon 2026-01-05 (year-end closure); overdue from 2026-01-06.
    @Test func aChangeReportIsOverdueOnlyAfterItsDueDate() throws {
        let opened = try Workflow.open(.changeReport, on: date("2025-11-17"), actOn: date("2025-11-16"))
        #expect(opened.arm.first?.due == date("2026-01-05"))
        guard case .failure = outcome(.deadlineReached(.changeReport, on: date("2026-01-05")), opened.after) else {
            Issue.record("a change report was overdue on its due date")
            return
        }
        let overdue = try Workflow.apply(.deadlineReached(.changeReport, on: date("2026-01-06")), to: opened.after)
        #expect(overdue.after.state == .overdue)
    }

    /// D2: the waiting period ends on its due date (the first day execution is permitted), not a day earlier.
    @Test func theWaitingPeriodElapsesOnItsEndDate() throws {
        let waiting = FilingCase(
            kind: .priorNotification, state: .waiting, filedOn: date("2025-06-30"), acceptedOn: date("2025-07-02"),
            waitingEndsOn: date("2025-08-01"))
        guard case .failure = outcome(.deadlineReached(.waitingPeriodEnd, on: date("2025-07-31")), waiting) else {
            Issue.record("the waiting period elapsed a day early")
            return
        }
        #expect(
            try Workflow.apply(.deadlineReached(.waitingPeriodEnd, on: date("2025-08-01")), to: waiting).after.state
                == .cleared)
    }

    /// D1: for execution on 2026-03-31 the window opens on 2025-10-01, not on 2025-09-30.
    @Test func theFilingWindowOpensOnItsDate() throws {
        let opened = try Workflow.open(.priorNotification, on: date("2025-07-01"), plannedExecution: date("2026-03-31"))
        #expect(opened.arm.first?.due == date("2025-10-01"))
        #expect(opened.arm.first?.reachedOn == date("2025-10-01"))
        guard case .failure = outcome(.deadlineReached(.filingWindow, on: date("2025-09-30")), opened.after) else {
            Issue.record("the filing window opened a day early")
            return
        }
        let open = try Workflow.apply(.deadlineReached(.filingWindow, on: date("2025-10-01")), to: opened.after)
        #expect(open.eventType == "filingWindowOpened")
        #expect(open.after.state == .draft)
    }
}
