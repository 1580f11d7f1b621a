/// Administrative holidays and working days under 行政機関の休日に関する法律 (Act No. 91 of 1988).
///
/// Art. 1(1) closes government offices on (i) Saturdays and Sundays, (ii) holidays under 国民の祝日に関する法律 and
/// (iii) December 29 through January 3. Every other day is a working day. Art. 2 moves a time limit for an
/// application, notification or other act towards an agency that falls on such a day to the next working day
/// (FEFTA rule D12); see ``StatutoryPeriod/lastDay(from:purpose:)``.
///
/// Within 1949–2099 every answer comes from a table built once, so each call is a few array loads with no
/// allocation.
///
/// - Important: Outside 1949–2099 national holidays are unknown. Saturdays, Sundays and December 29 – January 3
///   still count as administrative holidays there, but no national holiday does, so a day reported as a working day
///   may in fact be a holiday. Check ``NationalHolidays/covers(_:)`` before relying on such a date.
/// - Note: The rules of Art. 1(1) as in force today are applied to every year. Before May 1992 some Saturdays were
///   still working days for government offices; this calendar does not model that history.
public enum AdministrativeCalendar {
    /// Whether `date` is an administrative holiday (Saturday, Sunday, national holiday, or December 29 – January 3).
    public static func isAdministrativeHoliday(_ date: LegalDate) -> Bool {
        let table = CalendarTable.shared
        if let index = table.index(of: date) { return !table.isWorkingDay(at: index) }
        let (_, month, day) = date.components
        return isWeekend(dayNumber: Int(date.dayNumber)) || isYearEndClosure(month: month, day: day)
    }

    /// Whether `date` is a working day (not an administrative holiday).
    public static func isWorkingDay(_ date: LegalDate) -> Bool {
        !isAdministrativeHoliday(date)
    }

    /// The first working day on or after `date`: `date` itself when it is a working day.
    ///
    /// This is the roll of 行政機関の休日に関する法律 Art. 2 (「行政機関の休日の翌日をもつてその期限とみなす」), where
    /// "the day after the administrative holiday" is read as the day after the whole run of consecutive holidays.
    ///
    /// - Precondition: the result must not pass 9999-12-31.
    public static func nextWorkingDay(onOrAfter date: LegalDate) -> LegalDate {
        let table = CalendarTable.shared
        if let index = table.index(of: date) {
            let ordinal = Int(table.workingDaysBefore[index])
            if ordinal < table.workingDayOffsets.count {
                return table.date(at: Int(table.workingDayOffsets[ordinal]))
            }
        }
        var day = date
        while isAdministrativeHoliday(day) { day = day.next }
        return day
    }

    /// The first working day after `date` (never `date` itself).
    ///
    /// - Precondition: the result must not pass 9999-12-31.
    public static func nextWorkingDay(after date: LegalDate) -> LegalDate {
        nextWorkingDay(onOrAfter: date.next)
    }

    /// Every reason `date` is an administrative holiday, most specific first (national holiday, year-end closure,
    /// weekend); empty for a working day.
    public static func reasons(_ date: LegalDate) -> [AdministrativeHolidayReason] {
        var reasons: [AdministrativeHolidayReason] = []
        if let holiday = NationalHolidays.holiday(on: date) { reasons.append(.nationalHoliday(holiday)) }
        let (_, month, day) = date.components
        if isYearEndClosure(month: month, day: day) { reasons.append(.yearEndClosure) }
        switch date.weekday {
        case .saturday: reasons.append(.saturday)
        case .sunday: reasons.append(.sunday)
        default: break
        }
        return reasons
    }

    /// The most specific reason `date` is an administrative holiday, or `nil` for a working day. Allocation-free.
    public static func primaryReason(_ date: LegalDate) -> AdministrativeHolidayReason? {
        if let holiday = NationalHolidays.holiday(on: date) { return .nationalHoliday(holiday) }
        let (_, month, day) = date.components
        if isYearEndClosure(month: month, day: day) { return .yearEndClosure }
        switch date.weekday {
        case .saturday: return .saturday
        case .sunday: return .sunday
        default: return nil
        }
    }

    /// Whether the day with day number `dayNumber` is a Saturday or Sunday.
    @inline(__always)
    static func isWeekend(dayNumber: Int) -> Bool {
        // 1970-01-01 (day 0) was a Thursday; 0 = Monday … 5 = Saturday, 6 = Sunday.
        (dayNumber % 7 + 7 + 3) % 7 >= 5
    }

    /// Whether month/day lies in December 29 – January 3 (Art. 1(1)(iii)).
    @inline(__always)
    static func isYearEndClosure(month: Int, day: Int) -> Bool {
        (month == 12 && day >= 29) || (month == 1 && day <= 3)
    }
}
