import JapaneseCalendar

extension Workflow {
    /// The state each deadline kind is pending in; a deadline reached in any other state is stale.
    static func pendingState(of kind: FilingDeadlineKind) -> FilingState {
        switch kind {
        case .filingWindow: .draft
        case .waitingPeriodEnd: .waiting
        case .recommendationReply: .recommended
        case .executionReport: .executed
        case .postInvestmentReport, .changeReport: .due
        }
    }

    /// What the arrival of a deadline's due date does (recorded by the daemon).
    ///
    /// - the waiting period ends: `waiting → cleared`, event `waitingPeriodElapsed` (D2–D5, Act 27(2)-(3));
    /// - the reply window passes: `recommended → orderPending`, event `replyWindowElapsed` (D8, D10, Act 27(10));
    /// - a report's due date passes: `due → overdue`, event `reportOverdue` (D11, Act 55-5; penalty Act 71(vi));
    /// - the execution report's due date passes: event `executionReportOverdue`, the case stays `executed`;
    /// - the filing window opens: event `filingWindowOpened`, the case stays `draft`.
    static func deadlineReached(
        _ kind: FilingDeadlineKind, on date: LegalDate, _ filing: FilingCase
    ) throws(TransitionRefusal) -> Transition {
        guard filing.state == pendingState(of: kind), kindMatches(kind, filing.kind) else {
            throw refusal(
                .deadlineReached, filing,
                "a \(kind.rawValue) deadline does not apply to a \(filing.kind.rawValue) that is \(filing.state.rawValue)",
                citation: nil)
        }
        var after = filing
        switch kind {
        case .filingWindow:
            return Transition(eventType: "filingWindowOpened", after: after)
        case .waitingPeriodEnd:
            guard let end = filing.waitingEndsOn, date >= end else {
                throw refusal(
                    .deadlineReached, filing, "the waiting period has not ended on \(date)", citation: "D2: Act 27(2)")
            }
            after.state = .cleared
            return Transition(eventType: "waitingPeriodElapsed", after: after, cancel: [.waitingPeriodEnd])
        case .recommendationReply:
            after.state = .orderPending
            return Transition(eventType: "replyWindowElapsed", after: after, cancel: [.recommendationReply])
        case .executionReport:
            return Transition(eventType: "executionReportOverdue", after: after)
        case .postInvestmentReport, .changeReport:
            after.state = .overdue
            return Transition(eventType: "reportOverdue", after: after, cancel: [kind])
        }
    }

    static func kindMatches(_ deadline: FilingDeadlineKind, _ kind: FilingKind) -> Bool {
        switch deadline {
        case .filingWindow, .waitingPeriodEnd, .recommendationReply, .executionReport: kind == .priorNotification
        case .postInvestmentReport: kind == .postInvestmentReport
        case .changeReport: kind == .changeReport
        }
    }
}
