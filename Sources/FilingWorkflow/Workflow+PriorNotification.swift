import JapaneseCalendar

extension Workflow {
    /// Prior notification transitions (design.md §5; fefta-rules.md §8 D1–D13).
    static func applyToPriorNotification(
        _ event: FilingEvent, _ filing: FilingCase
    ) throws(TransitionRefusal) -> Transition {
        var after = filing
        switch event {
        case .submit(let date):
            // D1, Order 3(3): filed "within 6 months before" the planned execution date.
            if let planned = filing.plannedExecution {
                let window = FEFTADeadlines.deadline(.filingWindow, from: planned)
                guard date >= window.due else {
                    throw refusal(
                        .submit, filing,
                        "too early: for execution on \(planned) a prior notification may be filed from \(window.due)",
                        citation: window.basis)
                }
                guard date <= planned else {
                    throw refusal(
                        .submit, filing, "the planned execution date \(planned) has passed; a notification precedes the act",
                        citation: "Act 27(1)")
                }
            }
            after.state = .filed
            after.filedOn = date
            return Transition(eventType: "submitted", after: after, cancel: [.filingWindow])

        case .accept(let date):
            if let filed = filing.filedOn, date < filed {
                throw refusal(.accept, filing, "acceptance on \(date) is before submission on \(filed)", citation: nil)
            }
            // D2, Act 27(2): no execution until 30 days counting from acceptance have elapsed.
            let end = ArmedDeadline.computed(.waitingPeriodEnd, .waitingPeriod, from: date)
            after.state = .waiting
            after.acceptedOn = date
            after.waitingEndsOn = end.due
            return Transition(eventType: "accepted", after: after, arm: [end])

        case .shorten(let date, let until):
            guard let accepted = filing.acceptedOn, let end = filing.waitingEndsOn else {
                throw refusal(.shorten, filing, "the filing has no acceptance date", citation: nil)
            }
            guard until < end else {
                throw refusal(
                    .shorten, filing,
                    "a shortening must move the end earlier: \(until) is not before the current end \(end)",
                    citation: "D3, D6: Act 27(2) proviso")
            }
            guard until >= accepted else {
                throw refusal(
                    .shorten, filing, "the shortened end \(until) is before acceptance on \(accepted)",
                    citation: "D3: Act 27(2) proviso")
            }
            after.waitingEndsOn = until
            if until <= date {
                after.state = .cleared
                return Transition(eventType: "shortened", after: after, cancel: [.waitingPeriodEnd])
            }
            return Transition(
                eventType: "shortened", after: after,
                arm: [ArmedDeadline(kind: .waitingPeriodEnd, due: until, basis: "D3, D6: Act 27(2) proviso (published date)")])

        case .extend(let date, let months):
            guard let accepted = filing.acceptedOn, let end = filing.waitingEndsOn else {
                throw refusal(.extend, filing, "the filing has no acceptance date", citation: nil)
            }
            guard date < end else {
                throw refusal(
                    .extend, filing, "the waiting period already ended on \(end); it can no longer be extended",
                    citation: "D4: Act 27(3)")
            }
            let calendarKind: FEFTADeadlineKind = months == .fourMonths ? .extension4m : .extension5m
            let extended = ArmedDeadline.computed(.waitingPeriodEnd, calendarKind, from: accepted)
            guard extended.due > end else {
                throw refusal(
                    .extend, filing,
                    "extending to \(months.rawValue) months from acceptance (\(extended.due)) would not move the end \(end) later",
                    citation: extended.basis)
            }
            after.waitingEndsOn = extended.due
            after.extendedTo = months
            return Transition(eventType: "extended", after: after, arm: [extended])

        case .recommend(let received):
            guard let accepted = filing.acceptedOn, let end = filing.waitingEndsOn else {
                throw refusal(.recommend, filing, "the filing has no acceptance date", citation: nil)
            }
            // D7, Act 27(5): a recommendation only within the (extended) period.
            guard received >= accepted, received < end else {
                throw refusal(
                    .recommend, filing,
                    "a recommendation must come within the waiting period (\(accepted) to before \(end))",
                    citation: "D7: Act 27(5)")
            }
            after.state = .recommended
            after.recommendationReceivedOn = received
            return Transition(
                eventType: "recommendationReceived", after: after,
                arm: [ArmedDeadline.computed(.recommendationReply, .recommendationReply, from: received)],
                cancel: [.waitingPeriodEnd])

        case .reply(let date, let accepted):
            guard let received = filing.recommendationReceivedOn else {
                throw refusal(.reply, filing, "the filing has no recommendation", citation: nil)
            }
            let due = FEFTADeadlines.deadline(.recommendationReply, from: received)
            guard date >= received, date <= due.due else {
                throw refusal(
                    .reply, filing,
                    "the reply window runs from \(received) to \(due.due); \(date) is outside it", citation: due.basis)
            }
            if accepted {
                // D9, Act 27(8)-(9): the act may be done as recommended, before the period ends.
                after.state = .cleared
                after.recommendationAcceptedOn = date
                return Transition(eventType: "recommendationAccepted", after: after, cancel: [.recommendationReply])
            }
            after.state = .orderPending
            return Transition(eventType: "recommendationRefused", after: after, cancel: [.recommendationReply])

        case .order:
            after.state = .ordered
            return Transition(eventType: "orderIssued", after: after)

        case .clear(let date):
            guard let end = filing.waitingEndsOn, date >= end else {
                throw refusal(
                    .clear, filing,
                    "the waiting period runs until \(filing.waitingEndsOn.map(String.init(describing:)) ?? "?"); "
                        + "record a shortening with 'shorten --until' instead",
                    citation: "D2, D3: Act 27(2)")
            }
            after.state = .cleared
            return Transition(eventType: "cleared", after: after, cancel: [.waitingPeriodEnd])

        case .execute(let date):
            return try execute(on: date, filing)

        case .report(let date):
            if let executed = filing.executedOn, date < executed {
                throw refusal(
                    .report, filing, "the execution report date \(date) is before execution on \(executed)",
                    citation: "Ord. 7(1)")
            }
            after.state = .closed
            return Transition(eventType: "executionReportFiled", after: after, cancel: FilingDeadlineKind.allCases)

        case .close:
            after.state = .closed
            return Transition(eventType: "closed", after: after, cancel: FilingDeadlineKind.allCases)

        case .deadlineReached(let kind, let date):
            return try deadlineReached(kind, on: date, filing)

        case .withdraw, .assign, .note, .obligationChanged:
            throw refusal(event.kind, filing, "\(event.kind.rawValue) is handled before the kind's transitions", citation: nil)
        }
    }

    /// Execution: never before the waiting period ends (Act 27(2); penalty Act 70(1)), and within 6 months of
    /// filing (D1, Order 3(3)); arms the execution report (D11, D12, Ord. 7(1)).
    static func execute(on date: LegalDate, _ filing: FilingCase) throws(TransitionRefusal) -> Transition {
        if filing.state == .waiting || filing.state == .cleared {
            let earliest = filing.recommendationAcceptedOn ?? filing.waitingEndsOn
            if let earliest, date < earliest {
                throw refusal(
                    .execute, filing,
                    "execution on \(date) is before the waiting period ends; the earliest permitted date is \(earliest)",
                    citation: "Act 27(2); penalty Act 70(1)")
            }
        }
        if let filed = filing.filedOn {
            let window = FEFTADeadlines.deadline(.filingWindow, from: date)
            guard filed >= window.due else {
                throw refusal(
                    .execute, filing,
                    "execution on \(date) is more than 6 months after the notification was filed (\(filed)); refile",
                    citation: window.basis)
            }
        }
        var after = filing
        after.state = .executed
        after.executedOn = date
        return Transition(
            eventType: "executed", after: after,
            arm: [ArmedDeadline.computed(.executionReport, .executionReport, from: date)],
            cancel: [.waitingPeriodEnd, .filingWindow])
    }
}
