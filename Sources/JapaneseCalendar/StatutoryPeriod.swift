/// A period fixed by a statute in days or months, counted under the Civil Code (民法 Arts. 138–143).
///
/// - Art. 138: these rules apply to periods fixed by statutes unless a statute says otherwise.
/// - Art. 140: a period in days, weeks, months or years does not count its first day (「期間の初日は、算入しない」),
///   unless it starts at midnight. Statutes that say 「…の日から起算して」 make the event's day the first day instead;
///   ``Counting`` states which applies.
/// - Art. 141: the period ends when its last day ends.
/// - Art. 143: months are counted by the calendar. A period that does not start at the beginning of a month ends on
///   the day before the day in the last month that corresponds to its starting day (起算日に応当する日の前日); when
///   the last month has no such day, it ends on that month's last day.
///
/// The type gives the last day of a period (``lastDay(from:)``), the deadline that a statute derives from it with
/// or without the administrative-holiday roll (``lastDay(from:purpose:)``, FEFTA rules D12 and D13), the first day
/// after it (``dayAfter(from:)``), and the first day of a window counted backwards from a date
/// (``earliestDay(before:)``, for 「…の日前六月以内」).
public struct StatutoryPeriod: Sendable, Hashable {
    /// The unit of the period.
    public enum Unit: Sendable, Hashable {
        /// Calendar days.
        case days
        /// Calendar months (Art. 143).
        case months
    }

    /// Whether the day of the event counts as the period's first day.
    public enum Counting: Sendable, Hashable {
        /// Art. 140: the day of the event is not counted; the period starts the next day (「…の日から四十五日以内」).
        case excludingEventDay
        /// The statute says 「…の日から起算して」: the day of the event is the first day of the period.
        case includingEventDay
    }

    /// What the period is for, which decides whether its end moves off an administrative holiday.
    public enum Purpose: Sendable, Hashable {
        /// A time limit for an application, notification or other act towards an administrative agency: when the
        /// last day is an administrative holiday, the limit becomes the next working day (行政機関の休日に関する法律
        /// Art. 2; FEFTA rule D12).
        case actTowardsAgency
        /// A period during which something is forbidden, such as a waiting period: it ends when it ends, holidays or
        /// not, because it is not a time limit for an act towards an agency (FEFTA rule D13, a derived reading).
        case prohibition
    }

    /// The number of units (zero or more).
    public let length: Int
    /// Days or months.
    public let unit: Unit
    /// Whether the event's day is counted.
    public let counting: Counting

    /// A period of `length` days.
    ///
    /// - Precondition: `length >= 1`.
    public static func days(_ length: Int, counting: Counting) -> StatutoryPeriod {
        StatutoryPeriod(length: length, unit: .days, counting: counting)
    }

    /// A period of `length` months.
    ///
    /// - Precondition: `length >= 1`.
    public static func months(_ length: Int, counting: Counting) -> StatutoryPeriod {
        StatutoryPeriod(length: length, unit: .months, counting: counting)
    }

    private init(length: Int, unit: Unit, counting: Counting) {
        precondition(length >= 1, "a statutory period has at least one unit")
        self.length = length
        self.unit = unit
        self.counting = counting
    }

    /// The first day of the period (起算日) for an event on `event`.
    public func startDay(from event: LegalDate) -> LegalDate {
        counting == .includingEventDay ? event : event.next
    }

    /// The last day of the period (満了日) for an event on `event`, before any holiday roll.
    ///
    /// Days: the start day plus `length − 1`. Months (Art. 143(2)): the day before the day corresponding to the
    /// start day `length` months later, or the last day of that month when it has no such day (January 31 plus one
    /// month ends on the last day of February).
    public func lastDay(from event: LegalDate) -> LegalDate {
        dayAfter(from: event).previous
    }

    /// The first day after the period has run (「…を経過した日」): the day after ``lastDay(from:)``.
    ///
    /// For a month period whose last month has no corresponding day this is the first day of the following month.
    public func dayAfter(from event: LegalDate) -> LegalDate {
        let start = startDay(from: event)
        switch unit {
        case .days:
            return start.adding(days: length)
        case .months:
            return StatutoryPeriod.correspondingDayOrNextMonth(of: start, months: length)
        }
    }

    /// The deadline for an event on `event`: the last day, moved to the next working day when `purpose` is an act
    /// towards an agency and the last day is an administrative holiday.
    public func lastDay(from event: LegalDate, purpose: Purpose) -> LegalDate {
        let last = lastDay(from: event)
        switch purpose {
        case .actTowardsAgency: return AdministrativeCalendar.nextWorkingDay(onOrAfter: last)
        case .prohibition: return last
        }
    }

    /// The first day of the window of this length that ends just before `reference` (or on it, when the period
    /// counts the event day), counted backwards: the reading of 「…を行おうとする日前六月以内」 (FEFTA rule D1).
    ///
    /// Art. 143 applied backwards [derived reading]: the window's latest day is the day before `reference`
    /// (Art. 140: the reference day itself is not counted). Counting back `length` months, the window opens on
    /// the day after the day that corresponds to that latest day, so for an ordinary date it opens on the day with
    /// the same day-of-month as `reference`, `length` months earlier (execution 2025-07-10 → 2025-01-10). When the
    /// earlier month has no such day, the window opens on the first day of the following month (execution
    /// 2025-08-31 → 2025-03-01), mirroring the extension reading of D4; the alternative reading (the last day of
    /// the shorter month, 2025-02-28) gives a window one day longer, so this choice never tells a filer that an
    /// early filing is in time when it might not be.
    public func earliestDay(before reference: LegalDate) -> LegalDate {
        let latest = counting == .includingEventDay ? reference : reference.previous
        switch unit {
        case .days:
            return latest.adding(days: -(length - 1))
        case .months:
            return StatutoryPeriod.correspondingDayOrNextMonth(of: latest.next, months: -length)
        }
    }

    /// The day in the month `months` away from `date`'s month with `date`'s day-of-month, or the first day of the
    /// month after that month when it is too short to have one.
    static func correspondingDayOrNextMonth(of date: LegalDate, months: Int) -> LegalDate {
        let (year, month, day) = date.components
        let monthIndex = year * 12 + (month - 1) + months
        let targetYear = monthIndex >= 0 ? monthIndex / 12 : (monthIndex - 11) / 12
        let targetMonth = monthIndex - targetYear * 12 + 1
        if day <= LegalDate.daysInMonth(year: targetYear, month: targetMonth) {
            return LegalDate(uncheckedYear: targetYear, month: targetMonth, day: day)
        }
        return LegalDate(uncheckedYear: targetYear, month: targetMonth, day: 1).adding(
            days: LegalDate.daysInMonth(year: targetYear, month: targetMonth))
    }
}
