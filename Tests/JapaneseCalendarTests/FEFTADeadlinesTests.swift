import JapaneseCalendar
import Testing

/// FEFTA deadline kinds (fefta-rules.md §8) across every kind of administrative holiday, at month ends, and in the
/// worked examples EX5 and EX6 (§11).
struct FEFTADeadlinesTests {
    @Test func ex5WaitingPeriodFromWednesdayAcceptance() {
        let deadline = FEFTADeadlines.deadline(.waitingPeriod, from: date("2025-07-02"))
        #expect(deadline.kind == .waitingPeriod)
        #expect(deadline.from == date("2025-07-02"))
        #expect(deadline.lastBlockedDay == date("2025-07-31"))
        #expect(deadline.due == date("2025-08-01"))
        #expect(deadline.due.weekday == .friday)
        #expect(!deadline.wasRolled)
        #expect(deadline.basis.hasPrefix("D2, D13: Act Art. 27(2)"))
    }

    @Test func ex6ReportDueOnMountainDayMovesToTuesday() throws {
        let deadline = FEFTADeadlines.deadline(.report, from: date("2025-06-27"))
        #expect(deadline.unrolledDue == date("2025-08-11"))
        #expect(deadline.due == date("2025-08-12"))
        #expect(deadline.due.weekday == .tuesday)
        #expect(deadline.wasRolled)
        let mountainDay = try #require(NationalHolidays.holiday(on: date("2025-08-11")))
        #expect(deadline.rolledBecause == .nationalHoliday(mountainDay))
        #expect(deadline.basis == "D11, D12: Ord. 6-2 (四十五日以内); Civil Code Art. 140; 行政機関の休日に関する法律 Art. 2")
    }

    /// The days each rolling kind counts from its event to the end of the count.
    static let countedDays: [FEFTADeadlineKind: Int] = [
        .report: 45, .executionReport: 45, .changeReport: 44, .recommendationReply: 9,
    ]

    /// (end of the count, expected due, reason the end is not a working day).
    static let holidayTargets: [(String, String, String?)] = [
        ("2025-08-18", "2025-08-18", nil),  // a Monday working day: no move
        ("2025-08-16", "2025-08-18", "saturday"),
        ("2025-08-17", "2025-08-18", "sunday"),
        ("2025-09-15", "2025-09-16", "national-holiday"),  // Respect for the Aged Day
        ("2025-11-24", "2025-11-25", "national-holiday"),  // substitute holiday for Sunday Nov 23
        ("2026-09-22", "2026-09-24", "national-holiday"),  // citizens' holiday, then the equinox
        ("2025-12-29", "2026-01-05", "year-end-closure"),
        ("2026-01-03", "2026-01-05", "year-end-closure"),
        ("2019-04-30", "2019-05-07", "national-holiday"),  // 2019 Golden Week
    ]

    @Test(arguments: [FEFTADeadlineKind.report, .executionReport, .changeReport, .recommendationReply])
    func deadlinesForActsTowardsTheAgencyRollToTheNextWorkingDay(kind: FEFTADeadlineKind) throws {
        let days = try #require(Self.countedDays[kind])
        for (end, expectedDue, reason) in Self.holidayTargets {
            let from = date(end).adding(days: -days)
            let deadline = FEFTADeadlines.deadline(kind, from: from)
            #expect(deadline.unrolledDue == date(end), "\(kind) from \(from)")
            #expect(deadline.due == date(expectedDue), "\(kind) from \(from)")
            #expect(deadline.rolledBecause?.identifier == reason, "\(kind) from \(from)")
            #expect(deadline.wasRolled == (reason != nil))
            #expect(AdministrativeCalendar.isWorkingDay(deadline.due))
            #expect(deadline.lastBlockedDay == nil)
            #expect(deadline.nationalHolidaysKnown)
        }
    }

    /// (kind, event, expected due): waiting periods and the filing window end on holidays without moving (D13).
    static let unrolledCases: [(FEFTADeadlineKind, String, String)] = [
        (.waitingPeriod, "2025-07-17", "2025-08-16"),  // Saturday
        (.waitingPeriod, "2025-08-16", "2025-09-15"),  // national holiday
        (.waitingPeriod, "2025-10-25", "2025-11-24"),  // substitute holiday
        (.waitingPeriod, "2026-08-23", "2026-09-22"),  // citizens' holiday
        (.waitingPeriod, "2025-11-29", "2025-12-29"),  // year-end closure
        (.extension4m, "2025-04-16", "2025-08-16"),
        (.extension4m, "2025-05-15", "2025-09-15"),
        (.extension4m, "2025-07-24", "2025-11-24"),
        (.extension4m, "2026-05-22", "2026-09-22"),
        (.extension4m, "2025-08-29", "2025-12-29"),
        (.extension5m, "2025-03-16", "2025-08-16"),
        (.extension5m, "2025-04-15", "2025-09-15"),
        (.extension5m, "2025-06-24", "2025-11-24"),
        (.extension5m, "2026-04-22", "2026-09-22"),
        (.extension5m, "2025-07-29", "2025-12-29"),
        (.filingWindow, "2026-02-16", "2025-08-16"),
        (.filingWindow, "2026-03-15", "2025-09-15"),
        (.filingWindow, "2026-05-24", "2025-11-24"),
        (.filingWindow, "2027-03-22", "2026-09-22"),
        (.filingWindow, "2026-06-29", "2025-12-29"),
    ]

    @Test(arguments: unrolledCases)
    func waitingPeriodsAndTheFilingWindowNeverMove(kind: FEFTADeadlineKind, event: String, expected: String) {
        let deadline = FEFTADeadlines.deadline(kind, from: date(event))
        #expect(deadline.due == date(expected))
        #expect(deadline.unrolledDue == deadline.due)
        #expect(!deadline.wasRolled && deadline.rolledBecause == nil)
        #expect(AdministrativeCalendar.isAdministrativeHoliday(deadline.due))
    }

    /// Month ends and leap years for the month-counted kinds (Civil Code Art. 143).
    static let monthEnds: [(FEFTADeadlineKind, String, String)] = [
        (.extension4m, "2025-07-02", "2025-11-02"),
        (.extension4m, "2025-10-31", "2026-03-01"),  // no February 31: barred through February 28
        (.extension4m, "2023-10-31", "2024-03-01"),  // barred through February 29
        (.extension4m, "2023-10-29", "2024-02-29"),
        (.extension4m, "2025-01-31", "2025-05-31"),
        (.extension4m, "2024-02-29", "2024-06-29"),
        (.extension5m, "2025-09-30", "2026-03-01"),
        (.extension5m, "2023-09-29", "2024-02-29"),
        (.extension5m, "2024-09-29", "2025-03-01"),
        (.extension5m, "2025-01-31", "2025-07-01"),  // no June 31
        (.filingWindow, "2025-07-10", "2025-01-10"),
        (.filingWindow, "2024-08-31", "2024-03-01"),
        (.filingWindow, "2025-02-28", "2024-08-28"),
        (.filingWindow, "2024-02-29", "2023-08-29"),
        (.filingWindow, "2025-03-31", "2024-10-01"),
        (.report, "2024-01-31", "2024-03-18"),  // +45 = Saturday 2024-03-16
        (.report, "2024-02-29", "2024-04-15"),  // +45 = Sunday 2024-04-14
        (.changeReport, "2024-02-29", "2024-04-15"),  // +44 = Saturday 2024-04-13
        (.recommendationReply, "2024-02-20", "2024-02-29"),  // +9 = the leap day, a Thursday
    ]

    @Test(arguments: monthEnds)
    func monthEndsAndLeapYears(kind: FEFTADeadlineKind, event: String, expected: String) {
        #expect(FEFTADeadlines.deadline(kind, from: date(event)).due == date(expected), "\(kind) from \(event)")
    }

    /// Every kind from every day of 2000–2040 against the counts of §8 written out directly.
    @Test func everyKindAgreesWithSection8OnEveryDay() {
        var day = date("2000-01-01")
        while day <= date("2040-12-31") {
            let waiting = FEFTADeadlines.deadline(.waitingPeriod, from: day)
            #expect(waiting.due == day.adding(days: 30) && waiting.lastBlockedDay == day.adding(days: 29))
            for (kind, days) in Self.countedDays {
                let deadline = FEFTADeadlines.deadline(kind, from: day)
                #expect(deadline.unrolledDue == day.adding(days: days))
                #expect(deadline.due == AdministrativeCalendar.nextWorkingDay(onOrAfter: day.adding(days: days)))
            }
            let extended = FEFTADeadlines.deadline(.extension4m, from: day).due
            #expect(extended.day == day.day || (extended.day == 1 && day.day > 28))
            let window = FEFTADeadlines.deadline(.filingWindow, from: day).due
            #expect(window.day == day.day || (window.day == 1 && day.day > 28))
            #expect(day.adding(days: -186) < window && window <= day.adding(days: -181))
            day = day.next
        }
    }

    @Test func kindsHaveTheCommandLineNames() {
        #expect(
            FEFTADeadlineKind.allCases.map(\.rawValue) == [
                "waiting-period", "extension-4m", "extension-5m", "recommendation-reply", "report", "execution-report",
                "change-report", "filing-window",
            ])
        #expect(FEFTADeadlineKind(rawValue: "reports") == nil)
        #expect(FEFTADeadlineKind(rawValue: "REPORT") == nil)
        #expect(FEFTADeadlineKind(rawValue: "") == nil)
        for kind in FEFTADeadlineKind.allCases {
            #expect(kind.basis.hasPrefix("D"), "\(kind)")
            #expect(
                kind.rollsToWorkingDay
                    == [.report, .executionReport, .changeReport, .recommendationReply].contains(kind))
        }
    }

    @Test func explanationsInEnglishAndJapanese() {
        let ex6 = FEFTADeadlines.deadline(.report, from: date("2025-06-27"))
        #expect(ex6.explanation.contains("within 45 days of the act on 2025-06-27"))
        #expect(ex6.explanation.contains("Mountain Day"))
        #expect(ex6.explanation.contains("Tuesday 2025-08-12"))
        #expect(ex6.explanationJa.contains("山の日"))
        #expect(ex6.explanationJa.contains("2025-08-12（火曜日）"))
        let ex5 = FEFTADeadlines.deadline(.waitingPeriod, from: date("2025-07-02"))
        #expect(ex5.explanation.contains("last barred day is 2025-07-31"))
        #expect(ex5.explanation.contains("Friday 2025-08-01"))
        #expect(ex5.explanationJa.contains("2025-08-01（金曜日）"))
        for kind in FEFTADeadlineKind.allCases {
            let deadline = FEFTADeadlines.deadline(kind, from: date("2025-10-31"))
            #expect(deadline.explanation.contains(deadline.due.iso8601), "\(kind): \(deadline.explanation)")
            #expect(deadline.explanationJa.contains(deadline.due.iso8601), "\(kind): \(deadline.explanationJa)")
        }
    }

    @Test func beyond2099TheDeadlineSaysHolidaysAreUnknown() {
        let late = FEFTADeadlines.deadline(.report, from: date("2099-12-20"))
        #expect(late.unrolledDue == date("2100-02-03"))
        #expect(!late.nationalHolidaysKnown)
        #expect(late.explanation.contains("not known"))
        #expect(FEFTADeadlines.deadline(.report, from: date("2025-06-27")).nationalHolidaysKnown)
        #expect(FEFTADeadlines.deadline(.waitingPeriod, from: date("2150-01-01")).nationalHolidaysKnown)
    }

    @Test func supportedDatesReachTheEdgesOfTheLegalDateRange() {
        #expect(FEFTADeadlines.supportedDates.lowerBound == date("0002-01-01"))
        #expect(FEFTADeadlines.supportedDates.upperBound == date("9998-12-31"))
        #expect(FEFTADeadlines.deadline(.filingWindow, from: date("0002-01-01")).due == date("0001-07-01"))
        #expect(FEFTADeadlines.deadline(.extension5m, from: date("9998-12-31")).due == date("9999-05-31"))
        #expect(FEFTADeadlines.deadline(.report, from: date("9998-12-31")).due == date("9999-02-15"))
    }
}
