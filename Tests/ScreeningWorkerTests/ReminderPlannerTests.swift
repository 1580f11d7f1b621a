import FilingWorkflow
import JapaneseCalendar
import ScreeningWorker
import Testing

/// Which reminder is due: working days before the due date, across weekends, holidays and the year-end closure.
@Suite struct ReminderPlannerTests {
    let planner = ReminderPlanner(schedule: .standard)

    func date(_ text: String) throws -> LegalDate { try LegalDate(iso8601: text) }

    /// Due Friday 2025-07-25: 1 working day before is Thu 07-24; Monday 07-21 is Marine Day, so 5 before is Thu
    /// 07-17 and 10 before is Thu 07-10.
    @Test(
        arguments: [
            ("2025-07-09", nil), ("2025-07-10", 10), ("2025-07-16", 10), ("2025-07-17", 5), ("2025-07-23", 5),
            ("2025-07-24", 1), ("2025-07-25", nil), ("2025-07-28", nil),
        ] as [(String, Int?)])
    func theLatestPointThatHasComeIsDue(today: String, offset: Int?) throws {
        let point = planner.duePoint(
            due: try date("2025-07-25"), armedOn: try date("2025-06-01"), today: try date(today))
        #expect(point?.offset == offset)
    }

    /// Due Monday 2026-01-05: Dec 29 – Jan 3 are not working days, so the day-before reminder is Friday 12-26.
    @Test func theYearEndClosureIsSkipped() throws {
        let due = try date("2026-01-05")
        #expect(planner.duePoint(due: due, armedOn: try date("2025-12-01"), today: try date("2025-12-25"))?.offset == 5)
        let point = planner.duePoint(due: due, armedOn: try date("2025-12-01"), today: try date("2025-12-26"))
        #expect(point?.offset == 1)
        #expect(point?.date == (try date("2025-12-26")))
        #expect(planner.duePoint(due: due, armedOn: try date("2025-12-01"), today: try date("2026-01-02"))?.offset == 1)
    }

    /// Due Tuesday 2025-05-07 after Golden Week (05-03 to 05-06 are holidays): one working day before is 05-02.
    @Test func nationalHolidaysAreSkipped() throws {
        let point = planner.duePoint(
            due: try date("2025-05-07"), armedOn: try date("2025-04-01"), today: try date("2025-05-02"))
        #expect(point?.offset == 1)
        #expect(point?.date == (try date("2025-05-02")))
    }

    /// A deadline armed three working days before it falls due never gets the 10- or 5-day reminder.
    @Test func pointsBeforeTheDeadlineWasArmedAreNeverDue() throws {
        let due = try date("2025-07-25")
        let armed = try date("2025-07-22")
        #expect(planner.duePoint(due: due, armedOn: armed, today: try date("2025-07-22")) == nil)
        #expect(planner.duePoint(due: due, armedOn: armed, today: try date("2025-07-24"))?.offset == 1)
    }

    @Test func theHorizonCoversTheLargestOffset() throws {
        let today = try date("2025-07-11")
        #expect(planner.horizon(today: today) >= (try date("2025-07-25")))
    }
}
