import JapaneseCalendar

extension Workflow {
    /// Post-investment and change report transitions: `due → filed → closed`, `overdue` when late (design.md §5).
    static func applyToReport(_ event: FilingEvent, _ filing: FilingCase) throws(TransitionRefusal) -> Transition {
        var after = filing
        switch event {
        case .report(let date):
            if let act = filing.actOn, date < act {
                throw refusal(
                    .report, filing, "the report date \(date) is before the act on \(act)",
                    citation: filing.kind == .changeReport ? "Ord. 7(4)" : "Ord. 6-2")
            }
            after.state = .filed
            return Transition(
                eventType: "reportFiled", after: after, cancel: [.postInvestmentReport, .changeReport])
        case .close:
            after.state = .closed
            return Transition(eventType: "closed", after: after, cancel: FilingDeadlineKind.allCases)
        case .deadlineReached(let kind, let date):
            return try deadlineReached(kind, on: date, filing)
        default:
            throw refusal(event.kind, filing, "\(event.kind.rawValue) does not apply to a report", citation: nil)
        }
    }
}
