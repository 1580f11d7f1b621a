/// A FEFTA date counted from an event: what was counted, from when, the resulting date, and why.
///
/// Made by ``FEFTADeadlines/deadline(_:from:)``. Every stored property is a plain value and ``basis`` is a static
/// string, so creating one allocates nothing; the sentences in ``explanation`` and ``explanationJa`` are built only
/// when asked for.
public struct FEFTADeadline: Sendable, Hashable {
    /// What was counted.
    public let kind: FEFTADeadlineKind
    /// The event the count starts from (acceptance, receipt, act, change, or planned execution).
    public let from: LegalDate
    /// The resulting date: the last day to act (rolled to a working day), the earliest permitted execution date,
    /// or the earliest filing date, per ``FEFTADeadlineKind/dueMeaning``.
    public let due: LegalDate
    /// The rule ids and statutes behind the count, e.g. `D11, D12: Ord. 6-2; …; 行政機関の休日に関する法律 Art. 2`.
    public let basis: String
    /// The date the count itself gives, before any move to a working day; equal to ``due`` when nothing moved.
    public let unrolledDue: LegalDate
    /// Why ``unrolledDue`` is not a working day, when the deadline moved off it (D12); `nil` when it did not move.
    public let rolledBecause: AdministrativeHolidayReason?

    /// Creates a deadline value. Use ``FEFTADeadlines/deadline(_:from:)`` to compute real ones.
    public init(
        kind: FEFTADeadlineKind, from: LegalDate, due: LegalDate, basis: String, unrolledDue: LegalDate,
        rolledBecause: AdministrativeHolidayReason?
    ) {
        self.kind = kind
        self.from = from
        self.due = due
        self.basis = basis
        self.unrolledDue = unrolledDue
        self.rolledBecause = rolledBecause
    }

    /// Whether the deadline moved from the end of the count to a later working day.
    public var wasRolled: Bool { due != unrolledDue }

    /// For the waiting kinds, the last day on which execution is still barred (the day before ``due``).
    public var lastBlockedDay: LegalDate? {
        kind.dueMeaning == .earliestExecution ? due.previous : nil
    }

    /// Whether national holidays are known for every day the result depends on.
    ///
    /// Only deadlines that roll depend on holidays. When this is `false` (a roll that reached beyond 1949–2099) only
    /// weekends and December 29 – January 3 were skipped, and a national holiday may have been missed.
    public var nationalHolidaysKnown: Bool {
        !kind.rollsToWorkingDay || (NationalHolidays.covers(unrolledDue) && NationalHolidays.covers(due))
    }
}
