extension LegalDate {
    /// The date `count` working days away (行政機関の休日に関する法律 Art. 1: a working day is any day that is not a
    /// Saturday, Sunday, national holiday or December 29 – January 3).
    ///
    /// Used for reminders and for planning figures such as D3p's "5 business days" (D14 reads "business days" as
    /// working days in this sense).
    ///
    /// - Parameter count: positive: the `count`-th working day after this date (this date is not counted);
    ///   negative: the `|count|`-th working day before it; zero: this date if it is a working day, otherwise the
    ///   next working day.
    /// - Returns: the working day reached.
    /// - Precondition: the result must lie within 0001-01-01 … 9999-12-31.
    /// - Important: Outside 1949–2099 only weekends and December 29 – January 3 are skipped (national holidays are
    ///   unknown there; see ``AdministrativeCalendar``).
    public func adding(workingDays count: Int) -> LegalDate {
        let table = CalendarTable.shared
        if let index = table.index(of: self) {
            let ordinal: Int
            if count > 0 {
                ordinal = Int(table.workingDaysBefore[index + 1]) + count - 1
            } else {
                ordinal = Int(table.workingDaysBefore[index]) + count
            }
            if ordinal >= 0, ordinal < table.workingDayOffsets.count {
                return table.date(at: Int(table.workingDayOffsets[ordinal]))
            }
        }
        // Outside the table (or leaving it): step day by day.
        if count == 0 { return AdministrativeCalendar.nextWorkingDay(onOrAfter: self) }
        let step = count > 0 ? 1 : -1
        var remaining = abs(count)
        var day = self
        while remaining > 0 {
            day = day.adding(days: step)
            if AdministrativeCalendar.isWorkingDay(day) { remaining -= 1 }
        }
        return day
    }

    /// Whether this date is a working day for government offices (see ``AdministrativeCalendar``).
    public var isWorkingDay: Bool { AdministrativeCalendar.isWorkingDay(self) }
}
