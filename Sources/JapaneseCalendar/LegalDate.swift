/// A calendar date in Japan: year, month and day, with no time of day and no time zone.
///
/// Every statutory date this system handles (the date of an act, an acceptance, a deadline) is a `LegalDate`.
/// Timestamps become legal dates only at the edge of the system, in Asia/Tokyo (see
/// ``init(secondsSinceEpoch:)``). The proleptic Gregorian calendar is used for all years; Japan has used the
/// Gregorian calendar since 1873, before anything this system reasons about.
///
/// A date is stored as its day number (days since 1970-01-01), so comparison, hashing and day arithmetic are
/// single integer operations; the year, month and day are derived on demand.
public struct LegalDate: Sendable, Hashable, Comparable {
    /// Days since 1970-01-01 (negative before it).
    public let dayNumber: Int32

    /// The earliest date this type accepts: 0001-01-01.
    public static let earliest = LegalDate(uncheckedYear: 1, month: 1, day: 1)
    /// The latest date this type accepts: 9999-12-31.
    public static let latest = LegalDate(uncheckedYear: 9999, month: 12, day: 31)

    /// Creates a date from its day number (days since 1970-01-01).
    ///
    /// - Parameter dayNumber: a day number between those of ``earliest`` and ``latest``.
    public init(dayNumber: Int32) {
        precondition(
            dayNumber >= LegalDate.earliestDayNumber && dayNumber <= LegalDate.latestDayNumber,
            "LegalDate day number out of range"
        )
        self.dayNumber = dayNumber
    }

    /// Creates a date from its components, rejecting impossible dates.
    ///
    /// - Parameters:
    ///   - year: 1 through 9999.
    ///   - month: 1 through 12.
    ///   - day: 1 through the number of days in that month.
    /// - Throws: ``LegalDateError`` naming the component that is out of range (2025-02-29 is impossible).
    public init(year: Int, month: Int, day: Int) throws(LegalDateError) {
        guard (1...9999).contains(year) else {
            throw LegalDateError(.yearOutOfRange, input: "\(year)-\(month)-\(day)")
        }
        guard (1...12).contains(month) else {
            throw LegalDateError(.monthOutOfRange, input: "\(year)-\(month)-\(day)")
        }
        guard (1...LegalDate.daysInMonth(year: year, month: month)).contains(day) else {
            throw LegalDateError(.dayOutOfRange, input: "\(year)-\(month)-\(day)")
        }
        self.init(uncheckedYear: year, month: month, day: day)
    }

    /// Creates a date from components already known to be valid (used by calendar rules with constant dates).
    init(uncheckedYear year: Int, month: Int, day: Int) {
        self.dayNumber = Int32(LegalDate.daysFromCivil(year: year, month: month, day: day))
    }

    /// The year, month and day.
    public var components: (year: Int, month: Int, day: Int) {
        LegalDate.civilFromDays(Int(dayNumber))
    }

    /// The year (1–9999).
    public var year: Int { components.year }
    /// The month (1–12).
    public var month: Int { components.month }
    /// The day of the month (1–31).
    public var day: Int { components.day }

    /// The day of the week.
    public var weekday: Weekday {
        // 1970-01-01 was a Thursday.
        let offset = (Int(dayNumber) % 7 + 7 + 3) % 7  // 0 = Monday
        return Weekday(rawValue: offset + 1)!
    }

    /// The date `days` days later (earlier when negative).
    public func adding(days: Int) -> LegalDate {
        LegalDate(dayNumber: Int32(Int(dayNumber) + days))
    }

    /// The next day.
    public var next: LegalDate { adding(days: 1) }
    /// The previous day.
    public var previous: LegalDate { adding(days: -1) }

    /// The number of days from `rhs` to `lhs` (positive when `lhs` is later).
    public static func - (lhs: LegalDate, rhs: LegalDate) -> Int {
        Int(lhs.dayNumber) - Int(rhs.dayNumber)
    }

    /// Whether `lhs` is earlier than `rhs`.
    public static func < (lhs: LegalDate, rhs: LegalDate) -> Bool {
        lhs.dayNumber < rhs.dayNumber
    }

    /// Whether `year` is a Gregorian leap year.
    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// The number of days in `month` of `year`.
    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static let earliestDayNumber = Int32(daysFromCivil(year: 1, month: 1, day: 1))
    static let latestDayNumber = Int32(daysFromCivil(year: 9999, month: 12, day: 31))

    /// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant, "chrono-Compatible Low-Level Date
    /// Algorithms", `days_from_civil`).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let monthIndex = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * monthIndex + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The inverse of ``daysFromCivil(year:month:day:)`` (`civil_from_days`).
    static func civilFromDays(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }
}

/// A day of the week, numbered as in ISO 8601 (Monday = 1).
public enum Weekday: Int, Sendable, Hashable, CaseIterable {
    case monday = 1, tuesday, wednesday, thursday, friday, saturday, sunday

    /// The English name ("Monday").
    public var name: String {
        switch self {
        case .monday: "Monday"
        case .tuesday: "Tuesday"
        case .wednesday: "Wednesday"
        case .thursday: "Thursday"
        case .friday: "Friday"
        case .saturday: "Saturday"
        case .sunday: "Sunday"
        }
    }

    /// The Japanese name ("月曜日").
    public var nameJa: String {
        switch self {
        case .monday: "月曜日"
        case .tuesday: "火曜日"
        case .wednesday: "水曜日"
        case .thursday: "木曜日"
        case .friday: "金曜日"
        case .saturday: "土曜日"
        case .sunday: "日曜日"
        }
    }
}
