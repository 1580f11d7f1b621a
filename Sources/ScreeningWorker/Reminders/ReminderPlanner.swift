package import FilingWorkflow
package import JapaneseCalendar

/// Decides which reminder, if any, is due for a pending deadline today (pure: no clock, no database).
///
/// Points are `offset` working days before the due date (``ReminderSchedule``). A point is due when its date has
/// come (`date <= today`), it is not earlier than the day the deadline was armed (a 10-day reminder for a deadline
/// armed 3 days before it falls due would be false), and the due date has not come (on that day the deadline fires).
/// When several points are due at once, after downtime, only the latest (smallest offset) is sent: it supersedes
/// the others, which are never sent later, since a later point is always the one due from then on.
package struct ReminderPlanner: Sendable {
    /// The reminder schedule.
    package let schedule: ReminderSchedule

    /// A planner for `schedule`.
    package init(schedule: ReminderSchedule) {
        self.schedule = schedule
    }

    /// The reminder point due today, if any.
    ///
    /// - Parameters:
    ///   - due: the deadline's due date.
    ///   - armedOn: the legal date (in Japan) the deadline was armed.
    ///   - today: today in Japan (database clock).
    /// - Returns: the point to send, or `nil`.
    package func duePoint(due: LegalDate, armedOn: LegalDate, today: LegalDate) -> ReminderSchedule.Point? {
        guard today < due else { return nil }
        return schedule.points(due: due).last { $0.date <= today && $0.date >= armedOn }
    }

    /// The last due date that can have a reminder due today: `today` plus the largest offset in working days, plus a
    /// week of margin for holidays around `today` (the planner decides exactly; this only bounds the query).
    package func horizon(today: LegalDate) -> LegalDate {
        today.adding(workingDays: schedule.offsets.first ?? 0).adding(days: 7)
    }
}
