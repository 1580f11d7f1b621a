import JapaneseCalendar
import Testing

/// The computed calendar against the Cabinet Office's published list, year by year (see
/// `Support/CabinetOfficeHolidayList.swift` for the source of the expected data).
struct NationalHolidaysTests {
    @Test(arguments: Array(CabinetOfficeHolidayList.years) + [2028, 2029, 2030])
    func everyYearEqualsTheCabinetOfficeList(year: Int) throws {
        let expected = try #require(CabinetOfficeHolidayList.byYear[year])
        let computed = try #require(NationalHolidays.holidays(in: year))
        let actual = computed.map {
            CabinetOfficeHolidayList.Entry(
                date: $0.date.iso8601, label: CabinetOfficeHolidayList.label(for: $0.kind, year: year))
        }
        #expect(actual == expected, "\(year): expected \(expected), computed \(actual)")
    }

    @Test func theExpectedDataCoversEveryYearFrom1955To2030() {
        #expect(CabinetOfficeHolidayList.byYear.keys.sorted() == Array(1955...2030))
        let published = CabinetOfficeHolidayList.years.reduce(0) {
            $0 + (CabinetOfficeHolidayList.byYear[$1]?.count ?? 0)
        }
        #expect(published == 1067, "the Cabinet Office list has 1,067 entries for 1955–2027")
    }

    @Test func holidaysOfAYearAreInDateOrderAndEachIsFoundByItsDate() throws {
        for year in NationalHolidays.coveredYears {
            let holidays = try #require(NationalHolidays.holidays(in: year))
            #expect(holidays.map(\.date) == holidays.map(\.date).sorted())
            #expect(holidays.count >= 9 && holidays.count <= 22, "\(year) has \(holidays.count) holidays")
            for holiday in holidays {
                #expect(holiday.date.year == year)
                #expect(NationalHolidays.holiday(on: holiday.date) == holiday)
                #expect(NationalHolidays.isHoliday(holiday.date))
            }
        }
    }

    @Test func everyHolidayHasEnglishAndJapaneseNamesAndALegalBasis() throws {
        var kindsSeen: Set<HolidayKind> = []
        for year in NationalHolidays.coveredYears {
            for holiday in try #require(NationalHolidays.holidays(in: year)) {
                kindsSeen.insert(holiday.kind)
                #expect(!holiday.name.isEmpty && !holiday.nameJa.isEmpty)
                #expect(holiday.legalBasis.contains("Act No."), "\(holiday.date): \(holiday.legalBasis)")
            }
        }
        #expect(kindsSeen == Set(HolidayKind.allCases), "every kind occurs somewhere in 1949–2099")
        #expect(Set(HolidayKind.allCases.map(\.identifier)).count == HolidayKind.allCases.count)
    }

    @Test(arguments: [
        ("2016-08-11", "Act No. 43 of 2014"),
        ("2020-07-24", "Act No. 55 of 2018"),
        ("2021-07-23", "Act No. 68 of 2020"),
        ("2020-02-23", "Act No. 63 of 2017"),
        ("1989-12-23", "Act No. 5 of 1989"),
        ("1988-04-29", "Act No. 178 of 1948"),
        ("2025-11-24", "Art. 3(2) as amended by Act No. 43 of 2005"),
        ("1973-04-30", "Art. 3(2) as added by Act No. 10 of 1973"),
        ("1988-05-04", "Art. 3(3) as added by Act No. 103 of 1985"),
        ("2026-09-22", "Art. 3(3) as amended by Act No. 43 of 2005"),
        ("2019-05-01", "Act No. 99 of 2018"),
        ("1967-02-11", "Cabinet Order No. 376 of 1966"),
    ])
    func legalBasisNamesTheAmendingAct(day: String, act: String) throws {
        let holiday = try #require(NationalHolidays.holiday(on: date(day)))
        #expect(holiday.legalBasis.contains(act), "\(day): \(holiday.legalBasis)")
    }

    @Test func outsideTheCoveredYearsHolidaysAreUnknownNotAbsent() {
        #expect(NationalHolidays.coveredYears == 1949...2099)
        #expect(NationalHolidays.holidays(in: 1948) == nil)
        #expect(NationalHolidays.holidays(in: 2100) == nil)
        #expect(NationalHolidays.holidays(in: 1949) != nil)
        #expect(NationalHolidays.holidays(in: 2099) != nil)
        #expect(!NationalHolidays.covers(date("1948-12-31")))
        #expect(NationalHolidays.covers(date("1949-01-01")))
        #expect(NationalHolidays.covers(date("2099-12-31")))
        #expect(!NationalHolidays.covers(date("2100-01-01")))
        #expect(NationalHolidays.holiday(on: date("2100-01-01")) == nil)
        #expect(!NationalHolidays.isHoliday(date("1948-11-03")))
    }
}
