import JapaneseCalendar
import Testing

/// Each row of 国民の祝日に関する法律 Art. 2 at both edges of the years it applies, and the special acts' days.
///
/// Rows are (date, expected holiday or nil). Expected values come from the Cabinet Office list (1955–2027) and,
/// for 1949–1954 and 2099, from the statute's rules with the equinox days cross-checked against the `holidays`
/// Python package.
struct HolidayRuleEdgeTests {
    static let cases: [(String, HolidayKind?)] = [
        // 元日: every year of the table.
        ("1949-01-01", .newYearsDay), ("2099-01-01", .newYearsDay),
        // 成人の日: January 15 until 1999, then the second Monday (Act No. 141 of 1998).
        ("1949-01-15", .comingOfAgeDay), ("1999-01-15", .comingOfAgeDay),
        ("2000-01-10", .comingOfAgeDay), ("2000-01-15", nil), ("2099-01-12", .comingOfAgeDay),
        // 建国記念の日: from 1967 (Act No. 86 of 1966, Cabinet Order No. 376 of 1966).
        ("1966-02-11", nil), ("1967-02-11", .nationalFoundationDay), ("2099-02-11", .nationalFoundationDay),
        // 天皇誕生日: April 29 until 1988, December 23 1989–2018, none in 2019, February 23 from 2020.
        ("1949-04-29", .emperorsBirthday), ("1988-04-29", .emperorsBirthday),
        ("1989-12-23", .emperorsBirthday), ("2018-12-23", .emperorsBirthday),
        ("2019-02-23", nil), ("2019-12-23", nil),
        ("2020-02-23", .emperorsBirthday), ("2099-02-23", .emperorsBirthday),
        // みどりの日 on April 29 (1989–2006), then 昭和の日 (Act No. 43 of 2005); みどりの日 moves to May 4.
        ("1989-04-29", .greeneryDay), ("2006-04-29", .greeneryDay), ("2007-04-29", .showaDay),
        ("2099-04-29", .showaDay), ("2006-05-04", .citizensHoliday), ("2007-05-04", .greeneryDay),
        ("2099-05-04", .greeneryDay),
        // 憲法記念日, こどもの日.
        ("1949-05-03", .constitutionMemorialDay), ("2099-05-03", .constitutionMemorialDay),
        ("1949-05-05", .childrensDay), ("2099-05-05", .childrensDay),
        // 海の日: July 20 from 1996 (Act No. 22 of 1995), third Monday from 2003 (Act No. 59 of 2001),
        // moved for the Olympics in 2020 and 2021.
        ("1995-07-20", nil), ("1996-07-20", .marineDay), ("2002-07-20", .marineDay),
        ("2003-07-20", nil), ("2003-07-21", .marineDay), ("2019-07-15", .marineDay),
        ("2020-07-20", nil), ("2020-07-23", .marineDay), ("2021-07-19", nil), ("2021-07-22", .marineDay),
        ("2022-07-18", .marineDay), ("2099-07-20", .marineDay),
        // 山の日: from 2016 (Act No. 43 of 2014); August 10 in 2020, August 8 in 2021.
        ("2015-08-11", nil), ("2016-08-11", .mountainDay), ("2019-08-11", .mountainDay),
        ("2020-08-10", .mountainDay), ("2020-08-11", nil), ("2021-08-08", .mountainDay), ("2021-08-11", nil),
        ("2022-08-11", .mountainDay), ("2099-08-11", .mountainDay),
        // 敬老の日: September 15 from 1966, third Monday from 2003.
        ("1965-09-15", nil), ("1966-09-15", .respectForTheAgedDay), ("2002-09-15", .respectForTheAgedDay),
        ("2003-09-15", .respectForTheAgedDay), ("2004-09-15", nil), ("2004-09-20", .respectForTheAgedDay),
        ("2099-09-21", .respectForTheAgedDay),
        // 体育の日: October 10 from 1966, second Monday 2000–2019; スポーツの日 from 2020 (Act No. 57 of 2018),
        // on July 24 in 2020 and July 23 in 2021.
        ("1965-10-10", nil), ("1966-10-10", .healthAndSportsDay), ("1999-10-10", .healthAndSportsDay),
        ("2000-10-10", nil), ("2000-10-09", .healthAndSportsDay), ("2019-10-14", .healthAndSportsDay),
        ("2020-07-24", .sportsDay), ("2020-10-12", nil), ("2021-07-23", .sportsDay), ("2021-10-11", nil),
        ("2022-10-10", .sportsDay), ("2099-10-12", .sportsDay),
        // 文化の日, 勤労感謝の日.
        ("1949-11-03", .cultureDay), ("2099-11-03", .cultureDay),
        ("1949-11-23", .labourThanksgivingDay), ("2099-11-23", .labourThanksgivingDay),
        // One-off days by special act, and the same days in the neighbouring years.
        ("1959-04-10", .weddingOfCrownPrinceAkihito), ("1960-04-10", nil),
        ("1989-02-24", .funeralOfEmperorShowa), ("1990-02-24", nil),
        ("1990-11-12", .enthronementCeremony1990), ("1991-11-12", nil),
        ("1993-06-09", .weddingOfCrownPrinceNaruhito), ("1994-06-09", nil),
        ("2019-05-01", .accessionDay2019), ("2020-05-01", nil),
        ("2019-10-22", .enthronementCeremony2019), ("2020-10-22", nil),
        // Equinoxes: the formula's two eras meet at 1979/1980; 1949 and 2099 are the table's edges.
        ("1949-03-21", .vernalEquinoxDay), ("1949-09-23", .autumnalEquinoxDay),
        ("1979-03-21", .vernalEquinoxDay), ("1979-09-24", .autumnalEquinoxDay),
        ("1980-03-20", .vernalEquinoxDay), ("1980-09-23", .autumnalEquinoxDay),
        ("2098-03-20", .vernalEquinoxDay), ("2098-09-22", .autumnalEquinoxDay),
        ("2099-03-20", .vernalEquinoxDay), ("2099-09-23", .autumnalEquinoxDay),
    ]

    @Test(arguments: cases)
    func ruleAppliesExactlyInItsYears(day: String, expected: HolidayKind?) {
        #expect(NationalHolidays.holiday(on: date(day))?.kind == expected, "\(day)")
    }

    @Test func before1966ThereAreNineHolidaysAndFrom2016Sixteen() throws {
        #expect(try #require(NationalHolidays.holidays(in: 1949)).count == 9)
        #expect(try #require(NationalHolidays.holidays(in: 1965)).map(\.kind).count == 9)
        #expect(try #require(NationalHolidays.holidays(in: 2028)).count == 16)
    }

    @Test func namesInBothLanguages() {
        #expect(HolidayKind.mountainDay.name == "Mountain Day")
        #expect(HolidayKind.mountainDay.nameJa == "山の日")
        #expect(HolidayKind.substituteHoliday.nameJa == "振替休日")
        #expect(HolidayKind.citizensHoliday.nameJa == "国民の休日")
        #expect(HolidayKind.sportsDay.nameJa == "スポーツの日")
        #expect(HolidayKind.healthAndSportsDay.nameJa == "体育の日")
        #expect(HolidayKind.accessionDay2019.nameJa == "天皇の即位の日")
    }
}
