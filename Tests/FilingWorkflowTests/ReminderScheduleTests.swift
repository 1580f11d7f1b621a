import FilingWorkflow
import JapaneseCalendar
import Testing

struct ReminderScheduleTests {
    /// EX6's report, due Tue 2025-08-12: 1 working day before skips Mountain Day and the weekend.
    @Test func remindersCountWorkingDaysBeforeTheDueDate() {
        let points = ReminderSchedule.standard.points(due: date("2025-08-12"))
        #expect(points.map(\.offset) == [10, 5, 1])
        #expect(points.map(\.date) == [date("2025-07-28"), date("2025-08-04"), date("2025-08-08")])
    }

    /// A report due Mon 2026-01-05, just after the year-end closure.
    @Test func remindersSkipTheYearEndClosure() {
        let points = ReminderSchedule.standard.points(due: date("2026-01-05"))
        #expect(points.map(\.date) == [date("2025-12-15"), date("2025-12-22"), date("2025-12-26")])
    }

    @Test func offsetsAreValidatedAndMerged() {
        #expect(ReminderSchedule(offsets: [0]) == nil)
        #expect(ReminderSchedule(offsets: [251]) == nil)
        #expect(ReminderSchedule(offsets: [1, 3, 3, 2])?.offsets == [3, 2, 1])
    }
}
