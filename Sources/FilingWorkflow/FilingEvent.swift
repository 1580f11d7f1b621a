public import JapaneseCalendar

/// Something that happens to a filing, with the legal date it happened on.
///
/// Case handlers record most events through `fefta filing …`; the daemon records ``deadlineReached(_:on:)`` when a
/// deadline's due date arrives. Every event carries its effective legal date (a Japan calendar date), which the
/// guards check against the law.
public enum FilingEvent: Sendable, Hashable {
    /// The prior notification was submitted via the Bank of Japan.
    case submit(on: LegalDate)
    /// The notification was accepted (受理) on this date; the waiting period starts (Act 27(2), D2).
    case accept(on: LegalDate)
    /// The ministers shortened the waiting period: the act may be done from `until` (Act 27(2) proviso, D3, D6).
    case shorten(on: LegalDate, until: LegalDate)
    /// The waiting period was extended to 4 or 5 months from acceptance (Act 27(3), D4, D5).
    case extend(on: LegalDate, months: ExtensionLength)
    /// A recommendation to change or abort was received on this date (Act 27(5), D7).
    case recommend(received: LegalDate)
    /// The investor replied to the recommendation, accepting or refusing it (Act 27(7), D8).
    case reply(on: LegalDate, accepted: Bool)
    /// An order to change or abort was issued (Act 27(10), D10).
    case order(on: LegalDate)
    /// The waiting period is recorded as over on this date (for example from the Bank of Japan's daily list).
    case clear(on: LegalDate)
    /// The investment was executed on this date.
    case execute(on: LegalDate)
    /// The execution report (prior notification) or the report (report cases) was filed on this date.
    case report(on: LegalDate)
    /// The filing was withdrawn before execution.
    case withdraw(on: LegalDate)
    /// The case was closed: a filed report accepted, or an order complied with without execution.
    case close(on: LegalDate)
    /// The case was assigned to a case handler (an opaque person id).
    case assign(on: LegalDate, to: String)
    /// A note was added to the case.
    case note(on: LegalDate, text: String)
    /// The due date of a pending deadline arrived (recorded by the daemon).
    case deadlineReached(FilingDeadlineKind, on: LegalDate)
    /// Re-screening under a new issuer list or ruleset changed the filing's determination (recorded by the daemon;
    /// the store replaces the stored determination in the same transaction). The state does not change: a case
    /// handler decides what the new obligation means for the case (for example withdrawing a notification that is
    /// no longer required).
    case obligationChanged(on: LegalDate)

    /// The event's effective legal date.
    public var date: LegalDate {
        switch self {
        case .submit(let on), .accept(let on), .shorten(let on, _), .extend(let on, _), .recommend(let on),
            .reply(let on, _), .order(let on), .clear(let on), .execute(let on), .report(let on),
            .withdraw(let on), .close(let on), .assign(let on, _), .note(let on, _), .deadlineReached(_, let on), .obligationChanged(let on):
            on
        }
    }

    /// The event without its payload.
    public var kind: FilingEventKind {
        switch self {
        case .submit: .submit
        case .accept: .accept
        case .shorten: .shorten
        case .extend: .extend
        case .recommend: .recommend
        case .reply: .reply
        case .order: .order
        case .clear: .clear
        case .execute: .execute
        case .report: .report
        case .withdraw: .withdraw
        case .close: .close
        case .assign: .assign
        case .note: .note
        case .deadlineReached: .deadlineReached
        case .obligationChanged: .obligationChanged
        }
    }
}

/// The kinds of ``FilingEvent``, as case handlers name them (the `fefta filing` verbs), plus `open`, which
/// creates a case (``Workflow/open(_:on:plannedExecution:actOn:)``) and is never allowed on an existing one.
public enum FilingEventKind: String, Sendable, Hashable, CaseIterable {
    case open, submit, accept, shorten, extend, recommend, reply, order, clear, execute, report, withdraw, close,
        assign, note, deadlineReached, obligationChanged

    /// Whether only the system records this event (the daemon), never a case handler's verb.
    public var isSystemEvent: Bool { self == .deadlineReached || self == .obligationChanged || self == .open }
}

/// How far a waiting period is extended, counted in months from acceptance.
public enum ExtensionLength: Int, Sendable, Hashable, CaseIterable {
    /// Four months, for review (Act 27(3), D4).
    case fourMonths = 4
    /// Five months, when the Council cannot give its opinion within four (Act 27(3), D5).
    case fiveMonths = 5
}
