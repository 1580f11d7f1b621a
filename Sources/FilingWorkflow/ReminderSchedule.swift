public import JapaneseCalendar

/// When to remind case handlers of a deadline: a number of working days before its due date.
///
/// Reminders count working days (not Saturdays, Sundays, national holidays or Dec 29–Jan 3), because that is
/// the time a case handler actually has to act. The default offsets are 10, 5 and 1 working days.
public struct ReminderSchedule: Sendable, Hashable {
    /// The offsets in working days before the due date, largest first, without duplicates.
    public let offsets: [Int]

    /// The default schedule: 10, 5 and 1 working days before.
    public static let standard = ReminderSchedule(validOffsets: [10, 5, 1])

    /// Creates a schedule.
    ///
    /// - Parameter offsets: positive numbers of working days (duplicates are merged).
    /// - Returns: `nil` when an offset is not between 1 and 250.
    public init?(offsets: [Int]) {
        guard offsets.allSatisfy({ (1...250).contains($0) }) else { return nil }
        self.init(validOffsets: offsets)
    }

    private init(validOffsets: [Int]) {
        self.offsets = Array(Set(validOffsets)).sorted(by: >)
    }

    /// A reminder point: how many working days before the due date, and the date it falls on.
    public struct Point: Sendable, Hashable {
        /// Working days before the due date.
        public let offset: Int
        /// The working day the reminder is for.
        public let date: LegalDate
    }

    /// The reminder points for a deadline due on `due`, earliest first.
    public func points(due: LegalDate) -> [Point] {
        offsets.map { Point(offset: $0, date: due.adding(workingDays: -$0)) }
    }
}
