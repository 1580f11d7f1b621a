import FilingWorkflow
import JapaneseCalendar
import Testing

/// Post-investment and change report cases.
struct ReportGuardTests {
    /// EX6: an act on Fri 2025-06-27 → due 2025-08-11 (Mountain Day) → Tue 2025-08-12.
    @Test func postInvestmentReportIsDueFortyFiveDaysAfterTheAct() throws {
        let opened = try Workflow.open(.postInvestmentReport, on: date("2025-07-01"), actOn: date("2025-06-27"))
        #expect(opened.after.state == .due)
        #expect(opened.arm.map(\.kind) == [.postInvestmentReport])
        #expect(opened.arm.first?.due == date("2025-08-12"))
    }

    /// D11b: a change report counts the change day as day 1 (+44), then D12.
    @Test(arguments: [
        ("2025-06-27", "2025-08-12"),  // +44 = Sun 08-10 → Mon 08-11 Mountain Day → Tue 08-12
        ("2025-07-01", "2025-08-14"),  // +44 = Thu 08-14
        ("2025-11-16", "2026-01-05"),  // +44 = Tue 12-30 → year-end closure → Mon 2026-01-05
    ])
    func changeReportIsDueOnTheFortyFifthDayCountingTheChangeDay(change: String, due: String) throws {
        let opened = try Workflow.open(.changeReport, on: date(change), actOn: date(change))
        #expect(opened.arm.first?.kind == .changeReport)
        #expect(opened.arm.first?.due == date(due))
    }

    @Test func reportCasesNeedAnActDateNotInTheFuture() {
        #expect(throws: TransitionRefusal.self) { try Workflow.open(.postInvestmentReport, on: date("2025-07-01")) }
        #expect(throws: TransitionRefusal.self) {
            try Workflow.open(.postInvestmentReport, on: date("2025-07-01"), actOn: date("2025-07-02"))
        }
    }

    @Test func reportLife() throws {
        let opened = try Workflow.open(.postInvestmentReport, on: date("2025-07-01"), actOn: date("2025-06-27"))
        let overdue = try Workflow.apply(.deadlineReached(.postInvestmentReport, on: date("2025-08-13")), to: opened.after)
        #expect(overdue.after.state == .overdue)
        #expect(overdue.eventType == "reportOverdue")
        let filed = try Workflow.apply(.report(on: date("2025-08-20")), to: overdue.after)
        #expect(filed.after.state == .filed)
        let closed = try Workflow.apply(.close(on: date("2025-08-21")), to: filed.after)
        #expect(closed.after.state == .closed)
        #expect(throws: TransitionRefusal.self) { try Workflow.apply(.report(on: date("2025-06-26")), to: opened.after) }
        #expect(throws: TransitionRefusal.self) {
            try Workflow.apply(.deadlineReached(.changeReport, on: date("2025-08-13")), to: opened.after)
        }
    }
}
