extension HolidayRule {
    /// The day the 1973 substitute-holiday rule took effect: Act No. 10 of 1973, in force on promulgation.
    static let substituteRule1973Start = LegalDate(uncheckedYear: 1973, month: 4, day: 12)
    /// The day the current substitute and citizens' holiday wording took effect: Act No. 43 of 2005.
    static let article3Rule2007Start = LegalDate(uncheckedYear: 2007, month: 1, day: 1)
    /// The day the citizens' holiday was introduced: Act No. 103 of 1985, in force on promulgation.
    static let citizensHolidayStart = LegalDate(uncheckedYear: 1985, month: 12, day: 27)

    /// The substitute holiday (振替休日) owed for a national holiday that falls on a Sunday.
    ///
    /// - 1973-04-12 to 2006-12-31, Art. 3(2) as added by Act No. 10 of 1973: 「「国民の祝日」が日曜日にあたるときは、
    ///   その翌日を休日とする。」 Only the Monday can be the substitute; when the Monday is itself a national holiday,
    ///   nothing more is owed.
    /// - From 2007-01-01, Art. 3(2) as amended by Act No. 43 of 2005: 「その日後においてその日に最も近い「国民の祝日」
    ///   でない日を休日とする。」 The substitute is the first following day that is not a national holiday (May 6 when
    ///   May 3 or May 4 is a Sunday).
    /// - Before 1973-04-12 there is no substitute holiday.
    ///
    /// - Parameters:
    ///   - holiday: a national holiday that falls on a Sunday.
    ///   - isNationalHoliday: whether a day is a 「国民の祝日」 for Art. 3.
    /// - Returns: the substitute day, or `nil` when none is owed.
    static func substituteHoliday(
        for holiday: LegalDate, isNationalHoliday: (LegalDate) -> Bool
    ) -> LegalDate? {
        if holiday >= article3Rule2007Start {
            var day = holiday.next
            while isNationalHoliday(day) { day = day.next }
            return day
        }
        if holiday >= substituteRule1973Start {
            return isNationalHoliday(holiday.next) ? nil : holiday.next
        }
        return nil
    }

    /// Whether `day`, lying between two national holidays, is a citizens' holiday (国民の休日).
    ///
    /// - 1985-12-27 to 2006-12-31, Art. 3(3) as added by Act No. 103 of 1985: 「その前日及び翌日が「国民の祝日」である
    ///   日（日曜日にあたる日及び前項に規定する休日にあたる日を除く。）は、休日とする。」 A Sunday or a substitute
    ///   holiday between two national holidays is not a citizens' holiday.
    /// - From 2007-01-01, Art. 3(3) as amended by Act No. 43 of 2005: 「その前日及び翌日が「国民の祝日」である日
    ///   （「国民の祝日」でない日に限る。）は、休日とする。」
    ///
    /// - Parameters:
    ///   - day: a day that is not itself a national holiday, whose previous and next days are.
    ///   - isSubstituteHoliday: whether `day` is already a substitute holiday.
    /// - Returns: whether Art. 3(3) makes the day a holiday.
    static func isCitizensHoliday(_ day: LegalDate, isSubstituteHoliday: Bool) -> Bool {
        if day >= article3Rule2007Start { return true }
        if day >= citizensHolidayStart { return day.weekday != .sunday && !isSubstituteHoliday }
        return false
    }

    /// The legal basis of the substitute holiday on `day`.
    static func substituteHolidayBasis(on day: LegalDate) -> String {
        day >= article3Rule2007Start
            ? "国民の祝日に関する法律 Art. 3(2) as amended by Act No. 43 of 2005 (in force 2007-01-01)"
            : "国民の祝日に関する法律 Art. 3(2) as added by Act No. 10 of 1973 (in force 1973-04-12)"
    }

    /// The legal basis of the citizens' holiday on `day`.
    static func citizensHolidayBasis(on day: LegalDate) -> String {
        day >= article3Rule2007Start
            ? "国民の祝日に関する法律 Art. 3(3) as amended by Act No. 43 of 2005 (in force 2007-01-01)"
            : "国民の祝日に関する法律 Art. 3(3) as added by Act No. 103 of 1985 (in force 1985-12-27)"
    }
}
