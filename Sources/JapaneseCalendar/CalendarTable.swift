/// Every day of 1949–2099 classified once: which holiday it is, and where it stands among working days.
///
/// Built on first use from ``HolidayRule/all`` and the Art. 3 rules, then only read. Lookups are an index
/// computation and one or two array loads, with no allocation, so a deadline costs a few nanoseconds.
struct CalendarTable: Sendable {
    /// The shared table.
    static let shared = CalendarTable()

    /// The years the table covers.
    static let years: ClosedRange<Int> = 1949...2099

    /// Day number of 1949-01-01.
    let firstDayNumber: Int
    /// Number of days covered (1949-01-01 through 2099-12-31).
    let dayCount: Int
    /// Per day: 0, or the ``HolidayKind`` raw value of the holiday on that day.
    let holidayCodes: [UInt8]
    /// Per day `i`: the number of working days among days `0..<i`; one extra element at the end.
    let workingDaysBefore: [UInt16]
    /// The offsets (from 1949-01-01) of all working days, in order.
    let workingDayOffsets: [UInt16]

    /// Builds the table. Called once, through ``shared``.
    init() {
        let first = LegalDate.daysFromCivil(year: Self.years.lowerBound, month: 1, day: 1)
        let last = LegalDate.daysFromCivil(year: Self.years.upperBound, month: 12, day: 31)
        let count = last - first + 1
        var codes = [UInt8](repeating: 0, count: count)
        var countsForArticle3 = [Bool](repeating: false, count: count)

        for rule in HolidayRule.all {
            for year in rule.years.clamped(to: Self.years) {
                let index = Int(rule.day(in: year).dayNumber) - first
                assert(codes[index] == 0, "two holiday rules on one day")
                codes[index] = rule.kind.rawValue
                countsForArticle3[index] = rule.countsForArticle3
            }
        }
        let isNationalHoliday = { (day: LegalDate) -> Bool in
            let index = Int(day.dayNumber) - first
            return index >= 0 && index < count && countsForArticle3[index]
        }

        // Art. 3(2): substitute holidays.
        for index in 0..<count where countsForArticle3[index] {
            let day = LegalDate(dayNumber: Int32(first + index))
            guard day.weekday == .sunday,
                let substitute = HolidayRule.substituteHoliday(for: day, isNationalHoliday: isNationalHoliday)
            else { continue }
            let substituteIndex = Int(substitute.dayNumber) - first
            if substituteIndex < count, codes[substituteIndex] == 0 {
                codes[substituteIndex] = HolidayKind.substituteHoliday.rawValue
            }
        }

        // Art. 3(3): citizens' holidays.
        for index in 1..<(count - 1)
        where countsForArticle3[index - 1] && countsForArticle3[index + 1] && !countsForArticle3[index] {
            let day = LegalDate(dayNumber: Int32(first + index))
            let isSubstitute = codes[index] == HolidayKind.substituteHoliday.rawValue
            if HolidayRule.isCitizensHoliday(day, isSubstituteHoliday: isSubstitute), codes[index] == 0 {
                codes[index] = HolidayKind.citizensHoliday.rawValue
            }
        }

        // 行政機関の休日に関する法律 Art. 1(1): working days are the days that are none of the administrative holidays.
        var before = [UInt16](repeating: 0, count: count + 1)
        var working: [UInt16] = []
        working.reserveCapacity(count * 5 / 7)
        for index in 0..<count {
            let dayNumber = first + index
            let (_, month, day) = LegalDate.civilFromDays(dayNumber)
            let closed =
                codes[index] != 0 || AdministrativeCalendar.isWeekend(dayNumber: dayNumber)
                || AdministrativeCalendar.isYearEndClosure(month: month, day: day)
            before[index + 1] = before[index] + (closed ? 0 : 1)
            if !closed { working.append(UInt16(index)) }
        }

        firstDayNumber = first
        dayCount = count
        holidayCodes = codes
        workingDaysBefore = before
        workingDayOffsets = working
    }

    /// The table index of `date`, or `nil` outside 1949–2099.
    @inline(__always)
    func index(of date: LegalDate) -> Int? {
        let index = Int(date.dayNumber) - firstDayNumber
        return index >= 0 && index < dayCount ? index : nil
    }

    /// The date at table index `index`.
    @inline(__always)
    func date(at index: Int) -> LegalDate {
        LegalDate(dayNumber: Int32(firstDayNumber + index))
    }

    /// The holiday on table day `index`, if any.
    @inline(__always)
    func holidayKind(at index: Int) -> HolidayKind? {
        let code = holidayCodes[index]
        return code == 0 ? nil : HolidayKind(rawValue: code)
    }

    /// Whether table day `index` is a working day.
    @inline(__always)
    func isWorkingDay(at index: Int) -> Bool {
        workingDaysBefore[index + 1] != workingDaysBefore[index]
    }
}
