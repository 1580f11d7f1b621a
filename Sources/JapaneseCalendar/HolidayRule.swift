/// One row of the national-holiday law as it stood over a span of years: which day, under which name, and why.
///
/// The law has changed many times; each change is a new row with its own year range and legal basis, so the table
/// in `HolidayRule+Table.swift` reads like the amendment history of 国民の祝日に関する法律 (Act No. 178 of 1948).
/// Substitute and citizens' holidays are not rows: they follow from the rows by Art. 3, see
/// `NationalHolidayComputation`.
struct HolidayRule: Sendable {
    /// How a rule picks its day in a given year.
    enum DateRule: Sendable {
        /// The same calendar day every year.
        case fixed(month: Int, day: Int)
        /// The `week`-th Monday of `month` (the "Happy Monday" system, Act No. 141 of 1998 and Act No. 59 of 2001).
        case nthMonday(month: Int, week: Int)
        /// 春分日: the day of the vernal equinox (see ``Equinox``).
        case vernalEquinox
        /// 秋分日: the day of the autumnal equinox (see ``Equinox``).
        case autumnalEquinox
    }

    /// The holiday this rule makes.
    let kind: HolidayKind
    /// The years in which the rule applies.
    let years: ClosedRange<Int>
    /// How the day is chosen.
    let date: DateRule
    /// Whether the day is a 「国民の祝日」 for Art. 3(2) (substitute holiday) and Art. 3(3) (citizens' holiday).
    ///
    /// True for every Art. 2 holiday and for the two 2019 days, which Act No. 99 of 2018 deems national holidays
    /// for Art. 3. The earlier one-off rest days (1959, 1989, 1990, 1993) were made 休日 by their own acts without
    /// such a clause; none of them fell on a Sunday or next to a holiday, so the difference never showed.
    let countsForArticle3: Bool
    /// The statute and amending act that put the rule in force.
    let basis: String

    /// Creates a rule.
    init(
        _ kind: HolidayKind, _ years: ClosedRange<Int>, _ date: DateRule, countsForArticle3: Bool = true,
        basis: String
    ) {
        self.kind = kind
        self.years = years
        self.date = date
        self.countsForArticle3 = countsForArticle3
        self.basis = basis
    }

    /// The day of the holiday in `year`, which must be one of ``years``.
    func day(in year: Int) -> LegalDate {
        switch date {
        case .fixed(let month, let day):
            return LegalDate(uncheckedYear: year, month: month, day: day)
        case .nthMonday(let month, let week):
            let first = LegalDate(uncheckedYear: year, month: month, day: 1)
            let offsetToMonday = (Weekday.monday.rawValue - first.weekday.rawValue + 7) % 7
            return first.adding(days: offsetToMonday + 7 * (week - 1))
        case .vernalEquinox:
            return LegalDate(uncheckedYear: year, month: 3, day: Equinox.vernalDay(in: year))
        case .autumnalEquinox:
            return LegalDate(uncheckedYear: year, month: 9, day: Equinox.autumnalDay(in: year))
        }
    }
}
