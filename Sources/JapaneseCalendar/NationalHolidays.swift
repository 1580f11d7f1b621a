/// Japan's national holidays from 1949 to 2099, computed from 国民の祝日に関する法律 (Act No. 178 of 1948) as it
/// changed over time, and from the special acts that made one-off days holidays.
///
/// The result equals the Cabinet Office's published list (内閣府「国民の祝日について」, syukujitsu.csv) for every
/// year it covers (1955 onward); see the tests for the comparison. Equinox days after the last published year are
/// computed by formula (see ``HolidayKind/vernalEquinoxDay``).
///
/// - Important: Outside ``coveredYears`` national holidays are unknown: ``holiday(on:)`` returns `nil` and
///   ``holidays(in:)`` returns `nil`. Use ``covers(_:)`` to tell "no holiday" from "not known".
public enum NationalHolidays {
    /// The years whose national holidays are known: 1949 (the first full year of the 1948 act) through 2099.
    public static let coveredYears: ClosedRange<Int> = CalendarTable.years

    /// Whether national holidays are known for `date`'s year.
    public static func covers(_ date: LegalDate) -> Bool {
        CalendarTable.shared.index(of: date) != nil
    }

    /// The holiday on `date`, or `nil` when it is not a holiday or when `date` is outside ``coveredYears``.
    public static func holiday(on date: LegalDate) -> NationalHoliday? {
        let table = CalendarTable.shared
        guard let index = table.index(of: date), let kind = table.holidayKind(at: index) else { return nil }
        return NationalHoliday(date: date, kind: kind)
    }

    /// Whether `date` is a national holiday (always `false` outside ``coveredYears``).
    public static func isHoliday(_ date: LegalDate) -> Bool {
        let table = CalendarTable.shared
        guard let index = table.index(of: date) else { return false }
        return table.holidayCodes[index] != 0
    }

    /// The holidays of `year` in date order, or `nil` when `year` is outside ``coveredYears``.
    public static func holidays(in year: Int) -> [NationalHoliday]? {
        guard coveredYears.contains(year) else { return nil }
        let table = CalendarTable.shared
        let first = Int(LegalDate(uncheckedYear: year, month: 1, day: 1).dayNumber) - table.firstDayNumber
        let last = Int(LegalDate(uncheckedYear: year, month: 12, day: 31).dayNumber) - table.firstDayNumber
        var result: [NationalHoliday] = []
        for index in first...last {
            if let kind = table.holidayKind(at: index) {
                result.append(NationalHoliday(date: table.date(at: index), kind: kind))
            }
        }
        return result
    }
}
