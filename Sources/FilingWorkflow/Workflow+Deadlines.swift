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
    ///
    /// A deadline is reached on ``FilingDeadlineKind/reachedOn(due:)``: an earlier date is refused, so a reply or
    /// report is never declared late on its last day.
    static func deadlineReached(
        _ kind: FilingDeadlineKind, on date: LegalDate, _ filing: FilingCase
    ) throws(TransitionRefusal) -> Transition {
        guard filing.state == pendingState(of: kind), kindMatches(kind, filing.kind) else {
            throw refusal(
                .deadlineReached, filing,
                "a \(kind.rawValue) deadline does not apply to a \(filing.kind.rawValue) that is \(filing.state.rawValue)",
                citation: nil)
        }
        if let due = due(of: kind, filing) {
            guard date >= kind.reachedOn(due: due) else {
                let message =
                    kind.isActDeadline
                    ? "the \(kind.rawValue) deadline is \(due) and has not passed on \(date); the whole last day "
                        + "remains available"
                    : "the \(kind.rawValue) date \(due) has not arrived on \(date)"
                throw refusal(.deadlineReached, filing, message, citation: citation(of: kind))
            }
        }
        var after = filing
        switch kind {
        case .filingWindow:
            return Transition(eventType: "filingWindowOpened", after: after)
        case .waitingPeriodEnd:
            guard filing.waitingEndsOn != nil else {
                throw refusal(
                    .deadlineReached, filing, "the filing has no waiting period end", citation: "D2: Act 27(2)")
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

    /// The due date of the filing's `kind` deadline, computed from the dates that armed it, or `nil` when the
    /// filing lacks the date it counts from.
    static func due(of kind: FilingDeadlineKind, _ filing: FilingCase) -> LegalDate? {
        switch kind {
        case .filingWindow: filing.plannedExecution.map { FEFTADeadlines.deadline(.filingWindow, from: $0).due }
        case .waitingPeriodEnd: filing.waitingEndsOn
        case .recommendationReply:
            filing.recommendationReceivedOn.map { FEFTADeadlines.deadline(.recommendationReply, from: $0).due }
        case .executionReport: filing.executedOn.map { FEFTADeadlines.deadline(.executionReport, from: $0).due }
        case .postInvestmentReport: filing.actOn.map { FEFTADeadlines.deadline(.report, from: $0).due }
        case .changeReport: filing.actOn.map { FEFTADeadlines.deadline(.changeReport, from: $0).due }
        }
    }

    static func citation(of kind: FilingDeadlineKind) -> String {
        switch kind {
        case .filingWindow: "D1: Order 3(3)"
        case .waitingPeriodEnd: "D2-D6: Act 27(2)-(3)"
        case .recommendationReply: "D8: Act 27(7); Civil Code Art. 141"
        case .executionReport: "D11, D12: Ord. 7(1); Civil Code Art. 141"
        case .postInvestmentReport: "D11, D12: Ord. 6-2; Civil Code Art. 141"
        case .changeReport: "D11b, D12: Ord. 7(4); Civil Code Art. 141"
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
