/// FEFTA's deadlines and waiting periods, counted from an event under the Civil Code and the administrative
/// holiday act (fefta-rules.md §8, rules D1–D15).
///
/// One function serves every kind, so the rules engine and the filing workflow count dates the same way:
///
///     FEFTADeadlines.deadline(.report, from: act).due                  // 2025-06-27 → 2025-08-12 (EX6)
///     FEFTADeadlines.deadline(.waitingPeriod, from: accepted).due      // 2025-07-02 → 2025-08-01 (EX5)
///
/// A call costs a few nanoseconds and allocates nothing (the holiday calendar is a table built once).
public enum FEFTADeadlines {
    /// The event dates every kind accepts: 0002-01-01 through 9998-12-31, so that every count stays within the
    /// years ``LegalDate`` can represent. Check input against it before calling ``deadline(_:from:)``.
    public static let supportedDates: ClosedRange<LegalDate> =
        LegalDate(uncheckedYear: 2, month: 1, day: 1)...LegalDate(uncheckedYear: 9998, month: 12, day: 31)

    /// Counts `kind` from the event on `date`.
    ///
    /// - Parameters:
    ///   - kind: what to count (see ``FEFTADeadlineKind`` for each rule and its reading).
    ///   - date: the event: acceptance of a prior notification (waiting kinds), receipt of a recommendation, the
    ///     day of the act or execution, the day of the change, or the planned execution date (filing window).
    /// - Returns: the counted date with its basis; for kinds that roll (D12), `due` is the first working day on or
    ///   after the end of the count.
    /// - Precondition: `date` lies in ``supportedDates``.
    public static func deadline(_ kind: FEFTADeadlineKind, from date: LegalDate) -> FEFTADeadline {
        precondition(supportedDates.contains(date), "FEFTA deadlines are counted from 0002-01-01 … 9998-12-31")
        let period = kind.period
        let counted: LegalDate
        switch kind.dueMeaning {
        case .earliestExecution: counted = period.dayAfter(from: date)
        case .lastDayToAct: counted = period.lastDay(from: date)
        case .earliestFiling: counted = period.earliestDay(before: date)
        }
        guard kind.rollsToWorkingDay else {
            return FEFTADeadline(
                kind: kind, from: date, due: counted, basis: kind.basis, unrolledDue: counted, rolledBecause: nil)
        }
        let due = AdministrativeCalendar.nextWorkingDay(onOrAfter: counted)
        return FEFTADeadline(
            kind: kind, from: date, due: due, basis: kind.basis, unrolledDue: counted,
            rolledBecause: due == counted ? nil : AdministrativeCalendar.primaryReason(counted))
    }
}
