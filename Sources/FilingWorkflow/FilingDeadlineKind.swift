public import JapaneseCalendar

/// The deadlines a filing arms, at most one pending of each kind per filing.
public enum FilingDeadlineKind: String, Sendable, Hashable, CaseIterable {
    /// The day from which a prior notification may be filed for the planned execution date (D1, Order 3(3)).
    case filingWindow
    /// The earliest permitted execution date: the end of the waiting period as accepted, shortened or extended
    /// (D2–D6, Act 27(2)-(3)).
    case waitingPeriodEnd
    /// The last day to reply to a recommendation (D8, Act 27(7)).
    case recommendationReply
    /// The last day to file the execution report after a notified investment (D11, D12, Ord. 7(1)).
    case executionReport
    /// The last day to file a post-investment report (D11, D12, Ord. 6-2).
    case postInvestmentReport
    /// The last day to file a change report (D11b, D12, Ord. 7(4)).
    case changeReport

    /// Whether the date is a deadline for an act towards an agency (rolled to a working day, D12) rather than the
    /// end of a prohibition period (never rolled, D13).
    public var isActDeadline: Bool {
        switch self {
        case .recommendationReply, .executionReport, .postInvestmentReport, .changeReport: true
        case .filingWindow, .waitingPeriodEnd: false
        }
    }

    /// The first day on which a deadline due on `due` counts as reached, the day the daemon records
    /// ``FilingEvent/deadlineReached(_:on:)``.
    ///
    /// The end of a waiting period and the opening of the filing window are reached on the due date itself: the
    /// act is permitted from that day (D1, D2–D6). A deadline to act is reached only the day after its due date,
    /// because the whole last day remains available (Civil Code Art. 141: a period ends when its last day ends);
    /// a reply or report made on the due date is in time (D8, D11, D12).
    ///
    /// - Parameter due: the deadline's due date.
    /// - Returns: `due` for ``filingWindow`` and ``waitingPeriodEnd``, otherwise the day after `due`.
    public func reachedOn(due: LegalDate) -> LegalDate {
        isActDeadline ? due.next : due
    }
}

/// A deadline a transition arms: its kind, due date and the rule that sets it.
public struct ArmedDeadline: Sendable, Hashable {
    /// Which deadline.
    public let kind: FilingDeadlineKind
    /// The due date (for ``FilingDeadlineKind/waitingPeriodEnd`` the first day execution is permitted).
    public let due: LegalDate
    /// The rule id and statute that set the date.
    public let basis: String

    /// The first day on which the deadline counts as reached (see ``FilingDeadlineKind/reachedOn(due:)``).
    public var reachedOn: LegalDate { kind.reachedOn(due: due) }

    /// Creates an armed deadline.
    public init(kind: FilingDeadlineKind, due: LegalDate, basis: String) {
        self.kind = kind
        self.due = due
        self.basis = basis
    }

    /// The deadline computed by the FEFTA calendar for `calendarKind` counted from `date`.
    static func computed(_ kind: FilingDeadlineKind, _ calendarKind: FEFTADeadlineKind, from date: LegalDate)
        -> ArmedDeadline
    {
        let deadline = FEFTADeadlines.deadline(calendarKind, from: date)
        return ArmedDeadline(kind: kind, due: deadline.due, basis: deadline.basis)
    }
}
