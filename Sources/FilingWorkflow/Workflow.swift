public import JapaneseCalendar

/// The filing state machine: which events each state allows, and what each event does.
///
/// Pure: every date comes in with the event, and the result says which deadlines to arm and cancel. The store
/// applies a ``Transition`` in one database transaction; nothing else changes a filing.
public enum Workflow {
    /// The events a case of `kind` in `state` allows.
    ///
    /// Every state that is not terminal also allows ``FilingEventKind/obligationChanged``: re-screening may change
    /// any open case's determination.
    public static func allowedEvents(_ kind: FilingKind, _ state: FilingState) -> [FilingEventKind] {
        let events = caseHandlerAndDeadlineEvents(kind, state)
        return events.isEmpty || state.isTerminal ? events : events + [.obligationChanged]
    }

    private static func caseHandlerAndDeadlineEvents(_ kind: FilingKind, _ state: FilingState) -> [FilingEventKind] {
        switch kind {
        case .priorNotification:
            switch state {
            case .draft: [.submit, .withdraw, .assign, .note, .deadlineReached]
            case .filed: [.accept, .withdraw, .assign, .note]
            case .waiting: [.shorten, .extend, .recommend, .clear, .execute, .withdraw, .assign, .note, .deadlineReached]
            case .recommended: [.reply, .withdraw, .assign, .note, .deadlineReached]
            case .orderPending: [.order, .withdraw, .assign, .note]
            case .ordered: [.execute, .close, .assign, .note]
            case .cleared: [.execute, .withdraw, .assign, .note]
            case .executed: [.report, .assign, .note, .deadlineReached]
            case .closed, .withdrawn: [.note]
            case .due, .overdue: []
            }
        case .postInvestmentReport, .changeReport:
            switch state {
            case .due: [.report, .withdraw, .assign, .note, .deadlineReached]
            case .overdue: [.report, .withdraw, .assign, .note]
            case .filed: [.close, .assign, .note]
            case .closed, .withdrawn: [.note]
            default: []
            }
        }
    }

    /// Opens a new case.
    ///
    /// - Parameters:
    ///   - kind: the kind of case.
    ///   - date: the legal date it is opened.
    ///   - plannedExecution: for a prior notification, the planned execution date, if known; it arms the filing
    ///     window (D1) when that window opens after `date`.
    ///   - actOn: for a report case, the date of the act (or change) reported; it arms the report deadline.
    /// - Returns: the transition that creates the case, with event type `opened`.
    /// - Throws: ``TransitionRefusal`` when a report case lacks its act date, or a planned execution date is past.
    public static func open(
        _ kind: FilingKind,
        on date: LegalDate,
        plannedExecution: LegalDate? = nil,
        actOn: LegalDate? = nil
    ) throws(TransitionRefusal) -> Transition {
        var filing = FilingCase(kind: kind, state: kind.initialState, plannedExecution: plannedExecution, actOn: actOn)
        switch kind {
        case .priorNotification:
            var arm: [ArmedDeadline] = []
            if let plannedExecution {
                guard plannedExecution >= date else {
                    throw refusal(
                        .open, filing, "the planned execution date \(plannedExecution) is before \(date)",
                        citation: "Act 27(1): a prior notification precedes the act")
                }
                let window = ArmedDeadline.computed(.filingWindow, .filingWindow, from: plannedExecution)
                if window.due > date { arm.append(window) }
            }
            filing.actOn = nil
            return Transition(eventType: "opened", after: filing, arm: arm)
        case .postInvestmentReport, .changeReport:
            guard let actOn else {
                throw refusal(.open, filing, "a report case needs the date of the act it reports", citation: nil)
            }
            guard actOn <= date else {
                throw refusal(
                    .open, filing, "the act date \(actOn) is after \(date); a report follows the act",
                    citation: kind == .changeReport ? "D11b: Ord. 7(4)" : "D11: Ord. 6-2")
            }
            filing.plannedExecution = nil
            let deadline =
                kind == .changeReport
                ? ArmedDeadline.computed(.changeReport, .changeReport, from: actOn)
                : ArmedDeadline.computed(.postInvestmentReport, .report, from: actOn)
            return Transition(eventType: "opened", after: filing, arm: [deadline])
        }
    }

    /// Applies `event` to `filing`.
    ///
    /// - Returns: the transition: the case after the event, the event type to record and the deadline changes.
    /// - Throws: ``TransitionRefusal`` naming the allowed events when the state does not allow the event, or citing
    ///   the rule when the event's dates break it. A refusal changes nothing.
    public static func apply(_ event: FilingEvent, to filing: FilingCase) throws(TransitionRefusal) -> Transition {
        guard allowedEvents(filing.kind, filing.state).contains(event.kind) else {
            throw TransitionRefusal(
                reason: .notAllowedInState, event: event.kind, state: filing.state,
                allowed: allowedEvents(filing.kind, filing.state),
                message: "\(event.kind.rawValue) is not allowed on a \(filing.kind.rawValue) that is \(filing.state.rawValue)",
                citation: nil)
        }
        switch event {
        case .note:
            return Transition(eventType: "noted", after: filing)
        case .obligationChanged:
            return Transition(eventType: "obligationChanged", after: filing)
        case .assign(_, let person):
            var after = filing
            after.assignee = person
            return Transition(eventType: "assigned", after: after)
        case .withdraw:
            return Transition(
                eventType: "withdrawn", after: with(filing, state: .withdrawn), cancel: FilingDeadlineKind.allCases)
        default:
            break
        }
        switch filing.kind {
        case .priorNotification: return try applyToPriorNotification(event, filing)
        case .postInvestmentReport, .changeReport: return try applyToReport(event, filing)
        }
    }

    static func with(_ filing: FilingCase, state: FilingState) -> FilingCase {
        var after = filing
        after.state = state
        return after
    }

    static func refusal(
        _ event: FilingEventKind, _ filing: FilingCase, _ message: String, citation: String?
    ) -> TransitionRefusal {
        TransitionRefusal(
            reason: .guardFailed, event: event, state: filing.state,
            allowed: allowedEvents(filing.kind, filing.state), message: message, citation: citation)
    }
}
