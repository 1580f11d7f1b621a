import JapaneseCalendar
import Testing

/// 行政機関の休日に関する法律 Art. 1(1): Saturdays, Sundays, national holidays and December 29 – January 3 are
/// administrative holidays; everything else is a working day.
struct AdministrativeCalendarTests {
    @Test(arguments: [
        ("2025-08-08", true, [String]()),  // Friday
        ("2025-08-09", false, ["saturday"]),
        ("2025-08-10", false, ["sunday"]),
        ("2025-08-11", false, ["national-holiday"]),  // Mountain Day, a Monday
        ("2025-11-24", false, ["national-holiday"]),  // substitute holiday
        ("2026-09-22", false, ["national-holiday"]),  // citizens' holiday
        ("2025-12-26", true, []),  // Friday before the closure
        ("2025-12-28", false, ["sunday"]),
        ("2025-12-29", false, ["year-end-closure"]),  // Monday, first closure day
        ("2025-12-31", false, ["year-end-closure"]),
        ("2026-01-01", false, ["national-holiday", "year-end-closure"]),
        ("2026-01-02", false, ["year-end-closure"]),  // Friday
        ("2026-01-03", false, ["year-end-closure", "saturday"]),
        ("2026-01-05", true, []),  // Monday, offices reopen
        ("2022-01-01", false, ["national-holiday", "year-end-closure", "saturday"]),
        ("2019-05-01", false, ["national-holiday"]),
    ])
    func classifiesEachKindOfDay(day: String, working: Bool, reasons: [String]) {
        let value = date(day)
        #expect(AdministrativeCalendar.isWorkingDay(value) == working)
        #expect(AdministrativeCalendar.isAdministrativeHoliday(value) == !working)
        #expect(value.isWorkingDay == working)
        #expect(AdministrativeCalendar.reasons(value).map(\.identifier) == reasons)
        #expect(AdministrativeCalendar.primaryReason(value)?.identifier == reasons.first)
    }

    @Test(arguments: [
        ("2025-08-08", "2025-08-08"),  // a working day is its own next working day
        ("2025-08-09", "2025-08-12"),  // Saturday, Sunday, Mountain Day
        ("2019-04-27", "2019-05-07"),  // the ten-day 2019 Golden Week
        ("2025-12-27", "2026-01-05"),  // year-end closure plus weekends
        ("2026-09-19", "2026-09-24"),  // Saturday through the citizens' holiday and the equinox
        ("2099-12-29", "2100-01-04"),  // leaves the table: weekends and closure still apply
    ])
    func nextWorkingDayOnOrAfter(day: String, expected: String) {
        #expect(AdministrativeCalendar.nextWorkingDay(onOrAfter: date(day)) == date(expected))
    }

    @Test func nextWorkingDayAfterNeverReturnsTheDayItself() {
        #expect(AdministrativeCalendar.nextWorkingDay(after: date("2025-08-08")) == date("2025-08-12"))
        #expect(AdministrativeCalendar.nextWorkingDay(after: date("2025-08-07")) == date("2025-08-08"))
    }

    @Test(arguments: [
        ("2025-07-02", 5, "2025-07-09"),  // D3p: five business days after a Wednesday acceptance
        ("2025-08-08", 1, "2025-08-12"),
        ("2025-08-12", -1, "2025-08-08"),
        ("2019-04-26", 1, "2019-05-07"),
        ("2019-05-07", -1, "2019-04-26"),
        ("2025-12-26", 1, "2026-01-05"),
        ("2026-01-05", -1, "2025-12-26"),
        ("2025-08-09", 0, "2025-08-12"),  // zero from a holiday: the next working day
        ("2025-08-08", 0, "2025-08-08"),
        ("2025-08-09", 1, "2025-08-12"),  // a holiday start is not counted
        ("2025-08-09", -1, "2025-08-08"),
        ("2025-01-06", 245, "2026-01-09"),  // 240 working days remain in 2025
        ("2099-12-30", 1, "2100-01-04"),  // leaves the table
        ("2100-01-04", -1, "2099-12-28"),  // enters the table from outside
        ("1949-01-04", -1, "1948-12-28"),
    ])
    func addingWorkingDays(from day: String, count: Int, expected: String) {
        #expect(date(day).adding(workingDays: count) == date(expected), "\(day) + \(count)")
    }

    @Test func outsideTheTableOnlyWeekendsAndTheYearEndClosureCount() {
        #expect(!NationalHolidays.covers(date("2100-03-22")))
        #expect(AdministrativeCalendar.isWorkingDay(date("2100-03-22")))  // a Monday; holidays unknown
        #expect(!AdministrativeCalendar.isWorkingDay(date("2100-01-01")))
        #expect(!AdministrativeCalendar.isWorkingDay(date("2100-01-03")))  // a Sunday and in the closure
        #expect(AdministrativeCalendar.isWorkingDay(date("2100-01-04")))
        #expect(!AdministrativeCalendar.isWorkingDay(date("1948-12-29")))
        #expect(AdministrativeCalendar.isWorkingDay(date("1948-11-03")))  // Culture Day 1948: not known here
        #expect(
            AdministrativeCalendar.reasons(date("2100-01-02")).map(\.identifier) == ["year-end-closure", "saturday"])
    }

    /// Every table answer against a direct reading of Art. 1(1) for each day of 1949–2099.
    @Test func tableAgreesWithTheStatuteForEveryDay() throws {
        var day = date("1949-01-01")
        let end = date("2099-12-31")
        var expectedNext = day.previous
        while day <= end {
            let (_, month, dayOfMonth) = day.components
            let closed =
                NationalHolidays.isHoliday(day) || day.weekday == .saturday || day.weekday == .sunday
                || (month == 12 && dayOfMonth >= 29) || (month == 1 && dayOfMonth <= 3)
            #expect(AdministrativeCalendar.isAdministrativeHoliday(day) == closed, "\(day)")
            if expectedNext < day {
                expectedNext = day
                while AdministrativeCalendar.isAdministrativeHoliday(expectedNext) { expectedNext = expectedNext.next }
            }
            #expect(AdministrativeCalendar.nextWorkingDay(onOrAfter: day) == expectedNext, "\(day)")
            if !closed {
                #expect(day.adding(workingDays: 0) == day)
            }
            day = day.next
        }
    }

    @Test func addingWorkingDaysStepsOneWorkingDayAtATime() {
        var day = date("2018-12-20")
        let end = date("2020-01-10")
        while day <= end {
            let next = day.adding(workingDays: 1)
            #expect(next == AdministrativeCalendar.nextWorkingDay(after: day), "\(day)")
            #expect(next.adding(workingDays: -1) == (day.isWorkingDay ? day : day.adding(workingDays: -1)))
            #expect(
                day.adding(workingDays: 3) == day.adding(workingDays: 1).adding(workingDays: 1).adding(workingDays: 1))
            day = day.next
        }
    }

    @Test func reasonDescriptionsInBothLanguages() throws {
        let mountainDay = try #require(NationalHolidays.holiday(on: date("2025-08-11")))
        #expect(
            AdministrativeHolidayReason.nationalHoliday(mountainDay).description == "Mountain Day (a national holiday)")
        #expect(AdministrativeHolidayReason.nationalHoliday(mountainDay).descriptionJa == "山の日（国民の祝日）")
        #expect(AdministrativeHolidayReason.yearEndClosure.descriptionJa.contains("12月29日"))
        #expect(AdministrativeHolidayReason.saturday.description == "Saturday")
        #expect(AdministrativeHolidayReason.sunday.descriptionJa == "日曜日")
    }
}
