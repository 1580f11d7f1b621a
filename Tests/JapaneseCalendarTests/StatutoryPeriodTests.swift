import JapaneseCalendar
import Testing

/// Civil Code period arithmetic (民法 Arts. 138–143).
struct StatutoryPeriodTests {
    static let lastDays: [(StatutoryPeriod, String, String)] = [
        // Days: Art. 140 excludes the event's day; 「起算して」 includes it.
        (.days(45, counting: .excludingEventDay), "2025-06-27", "2025-08-11"),
        (.days(45, counting: .includingEventDay), "2025-06-27", "2025-08-10"),
        (.days(30, counting: .includingEventDay), "2025-07-02", "2025-07-31"),
        (.days(10, counting: .includingEventDay), "2025-07-02", "2025-07-11"),
        (.days(1, counting: .excludingEventDay), "2025-12-31", "2026-01-01"),
        (.days(45, counting: .excludingEventDay), "2024-01-31", "2024-03-16"),  // through a leap February
        (.days(45, counting: .excludingEventDay), "2025-01-31", "2025-03-17"),
        // Months, Art. 143(2): the day before the corresponding day ...
        (.months(4, counting: .includingEventDay), "2025-07-02", "2025-11-01"),
        (.months(5, counting: .includingEventDay), "2025-12-15", "2026-05-14"),
        (.months(1, counting: .includingEventDay), "2024-01-29", "2024-02-28"),
        // ... or the last day of the last month when it has no corresponding day (proviso).
        (.months(1, counting: .includingEventDay), "2025-01-31", "2025-02-28"),
        (.months(1, counting: .includingEventDay), "2024-01-31", "2024-02-29"),
        (.months(1, counting: .includingEventDay), "2024-01-30", "2024-02-29"),
        (.months(1, counting: .includingEventDay), "2025-01-29", "2025-02-28"),
        (.months(4, counting: .includingEventDay), "2025-10-31", "2026-02-28"),
        (.months(4, counting: .includingEventDay), "2023-10-31", "2024-02-29"),
        (.months(12, counting: .includingEventDay), "2024-02-29", "2025-02-28"),
        (.months(1, counting: .excludingEventDay), "2025-01-30", "2025-02-28"),  // starts on January 31
        (.months(6, counting: .excludingEventDay), "2025-08-30", "2026-02-28"),
        // Art. 143(1): a period starting on the first of a month runs whole months.
        (.months(1, counting: .includingEventDay), "2025-02-01", "2025-02-28"),
        (.months(3, counting: .excludingEventDay), "2025-03-31", "2025-06-30"),
    ]

    @Test(arguments: lastDays)
    func lastDayOfAPeriod(period: StatutoryPeriod, event: String, expected: String) {
        #expect(period.lastDay(from: date(event)) == date(expected), "\(period) from \(event)")
        #expect(period.dayAfter(from: date(event)) == date(expected).next)
    }

    @Test func periodsStartOnTheEventDayOnlyWhenTheStatuteSaysKisanshite() {
        #expect(
            StatutoryPeriod.days(45, counting: .excludingEventDay).startDay(from: date("2025-06-27"))
                == date("2025-06-28"))
        #expect(
            StatutoryPeriod.days(45, counting: .includingEventDay).startDay(from: date("2025-06-27"))
                == date("2025-06-27"))
    }

    /// D15: dates the government itself published, counted with 「起算して…を経過した日」.
    @Test func reproducesPublishedEffectiveDates() {
        // 2025 Order: 公布の日 (2025-04-04) から起算して四十五日を経過した日 = 2025-05-19.
        #expect(
            StatutoryPeriod.days(45, counting: .includingEventDay).dayAfter(from: date("2025-04-04"))
                == date("2025-05-19"))
        // 2020 rules: 施行日 (2020-05-08) から起算して三十日を経過した日 = 2020-06-07.
        #expect(
            StatutoryPeriod.days(30, counting: .includingEventDay).dayAfter(from: date("2020-05-08"))
                == date("2020-06-07"))
    }

    @Test func onlyActsTowardsAnAgencyMoveOffAdministrativeHolidays() {
        let report = StatutoryPeriod.days(45, counting: .excludingEventDay)
        #expect(report.lastDay(from: date("2025-06-27"), purpose: .actTowardsAgency) == date("2025-08-12"))
        #expect(report.lastDay(from: date("2025-06-27"), purpose: .prohibition) == date("2025-08-11"))
        #expect(report.lastDay(from: date("2025-06-28"), purpose: .actTowardsAgency) == date("2025-08-12"))
        #expect(report.lastDay(from: date("2025-06-29"), purpose: .actTowardsAgency) == date("2025-08-13"))
        #expect(report.lastDay(from: date("2025-11-14"), purpose: .actTowardsAgency) == date("2026-01-05"))
    }

    static let windows: [(String, String)] = [
        ("2025-07-10", "2025-01-10"),
        ("2025-01-15", "2024-07-15"),  // across a year
        ("2026-01-01", "2025-07-01"),
        ("2025-03-01", "2024-09-01"),
        ("2025-08-28", "2025-02-28"),
        ("2025-08-29", "2025-03-01"),  // no February 29 in 2025: the window opens on March 1
        ("2025-08-31", "2025-03-01"),
        ("2024-08-29", "2024-02-29"),
        ("2024-08-30", "2024-03-01"),
        ("2024-08-31", "2024-03-01"),
        ("2025-03-31", "2024-10-01"),  // no September 31
        ("2025-04-01", "2024-10-01"),
        ("2025-10-31", "2025-05-01"),
    ]

    /// D1: 「行おうとする日前六月以内」, Art. 143 counted backwards.
    @Test(arguments: windows)
    func sixMonthWindowBeforeADate(reference: String, expected: String) {
        let window = StatutoryPeriod.months(6, counting: .excludingEventDay)
        #expect(window.earliestDay(before: date(reference)) == date(expected), "before \(reference)")
    }

    @Test func dayWindowsCountBackwardsToo() {
        #expect(
            StatutoryPeriod.days(14, counting: .excludingEventDay).earliestDay(before: date("2025-07-15"))
                == date("2025-07-01"))
        #expect(
            StatutoryPeriod.days(14, counting: .includingEventDay).earliestDay(before: date("2025-07-15"))
                == date("2025-07-02"))
    }

    /// Art. 143 for every start day of 2023–2025 and 1–13 months: the period ends the day before the corresponding
    /// day when there is one, and at the end of the last month otherwise.
    @Test func monthPeriodsFollowArticle143ForEveryStartDay() {
        var start = date("2023-01-01")
        while start <= date("2025-12-31") {
            for months in 1...13 {
                let period = StatutoryPeriod.months(months, counting: .includingEventDay)
                let last = period.lastDay(from: start)
                let after = last.next
                let targetMonthIndex = start.year * 12 + start.month - 1 + months
                let (targetYear, targetMonth) = (targetMonthIndex / 12, targetMonthIndex % 12 + 1)
                if start.day <= LegalDate.daysInMonth(year: targetYear, month: targetMonth) {
                    #expect(after.year == targetYear && after.month == targetMonth && after.day == start.day)
                } else {
                    #expect(last.year == targetYear && last.month == targetMonth)
                    #expect(last.day == LegalDate.daysInMonth(year: targetYear, month: targetMonth))
                }
            }
            start = start.next
        }
    }
}
