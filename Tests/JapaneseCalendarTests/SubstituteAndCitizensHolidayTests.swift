import Testing

@testable import JapaneseCalendar

/// 国民の祝日に関する法律 Art. 3(2) (substitute holiday) and Art. 3(3) (citizens' holiday) under each wording, at
/// the edges of the years each applies.
struct SubstituteAndCitizensHolidayTests {
    static let cases: [(String, HolidayKind?)] = [
        // No substitute holidays before Act No. 10 of 1973 (in force 1973-04-12).
        ("1967-01-16", nil),  // Coming of Age Day 1967-01-15 was a Sunday
        ("1973-02-12", nil),  // 1973-02-11 was a Sunday, before the act came into force
        // 1973 wording: only the Monday after a Sunday holiday.
        ("1973-04-30", .substituteHoliday), ("1973-09-24", .substituteHoliday),
        ("1987-05-04", .substituteHoliday),  // May 3 on a Sunday: May 4 is a substitute, not a citizens' holiday
        ("1998-05-04", .substituteHoliday), ("2006-01-02", .substituteHoliday),
        // 2007 wording: the nearest following day that is not a national holiday.
        ("2007-02-12", .substituteHoliday),  // the first under Act No. 43 of 2005
        ("2008-05-06", .substituteHoliday),  // May 4 (Greenery Day) on a Sunday; May 5 is a holiday
        ("2009-05-06", .substituteHoliday),  // May 3 on a Sunday: May 4 and 5 are holidays
        ("2019-05-06", .substituteHoliday), ("2019-08-12", .substituteHoliday), ("2021-08-09", .substituteHoliday),
        ("2025-11-24", .substituteHoliday), ("2099-11-24", nil),
        // Citizens' holiday: none before Act No. 103 of 1985 (in force 1985-12-27).
        ("1985-05-04", nil),  // a Saturday between May 3 and May 5
        ("1986-05-04", nil),  // a Sunday: excluded by the 1985 wording
        ("1988-05-04", .citizensHoliday),  // the first one
        ("1991-05-04", .citizensHoliday),  // a Saturday counts
        ("1997-05-04", nil),  // a Sunday again
        ("2006-05-04", .citizensHoliday),  // the last May 4 citizens' holiday
        ("2009-09-22", .citizensHoliday),  // between Respect for the Aged Day and the autumnal equinox
        ("2015-09-22", .citizensHoliday), ("2026-09-22", .citizensHoliday),
        // 2019: the accession day (deemed a national holiday) makes April 30 and May 2 citizens' holidays.
        ("2019-04-30", .citizensHoliday), ("2019-05-02", .citizensHoliday),
    ]

    @Test(arguments: cases)
    func article3AppliesUnderTheWordingInForce(day: String, expected: HolidayKind?) {
        #expect(NationalHolidays.holiday(on: date(day))?.kind == expected, "\(day)")
    }

    @Test func the1973WordingOwesNothingWhenTheMondayIsAlreadyAHoliday() {
        let sunday = date("1980-05-04")
        let holidays: Set<LegalDate> = [sunday, date("1980-05-05")]
        #expect(HolidayRule.substituteHoliday(for: sunday, isNationalHoliday: holidays.contains) == nil)
        #expect(
            HolidayRule.substituteHoliday(for: date("1980-11-23"), isNationalHoliday: { _ in false })
                == date("1980-11-24"))
    }

    @Test func the2007WordingSkipsEveryFollowingNationalHoliday() {
        let sunday = date("2015-05-03")
        let holidays: Set<LegalDate> = [sunday, date("2015-05-04"), date("2015-05-05")]
        #expect(HolidayRule.substituteHoliday(for: sunday, isNationalHoliday: holidays.contains) == date("2015-05-06"))
        #expect(HolidayRule.substituteHoliday(for: date("1973-04-08"), isNationalHoliday: { _ in false }) == nil)
    }

    @Test func the1985WordingExcludesSundaysAndSubstituteHolidaysThe2007WordingDoesNot() {
        #expect(!HolidayRule.isCitizensHoliday(date("1985-12-26"), isSubstituteHoliday: false))
        #expect(HolidayRule.isCitizensHoliday(date("1985-12-27"), isSubstituteHoliday: false))
        #expect(!HolidayRule.isCitizensHoliday(date("1986-05-04"), isSubstituteHoliday: false))  // Sunday
        #expect(!HolidayRule.isCitizensHoliday(date("1987-05-04"), isSubstituteHoliday: true))
        #expect(HolidayRule.isCitizensHoliday(date("2006-12-31"), isSubstituteHoliday: false) == false)  // Sunday
        #expect(HolidayRule.isCitizensHoliday(date("2007-01-07"), isSubstituteHoliday: false))  // Sunday, 2007 wording
    }

    @Test func everySubstituteHolidayFollowsASundayHolidayRun() throws {
        for year in NationalHolidays.coveredYears {
            for holiday in try #require(NationalHolidays.holidays(in: year)) where holiday.kind == .substituteHoliday {
                var day = holiday.date.previous
                while let previous = NationalHolidays.holiday(on: day), previous.kind != .substituteHoliday,
                    day.weekday != .sunday
                {
                    day = day.previous
                }
                #expect(day.weekday == .sunday && NationalHolidays.isHoliday(day), "\(holiday.date)")
                #expect(holiday.date.weekday != .sunday)
            }
        }
    }
}
