import JapaneseCalendar

/// The bridge to JapaneseCalendar's deadline arithmetic for report due dates.
///
/// - Important: temporary until `FEFTADeadlines` lands on main: act date + 45 days without the administrative-
///   holiday roll. Replaced by `FEFTADeadlines.deadline(.report, from:).due`.
enum ReportCalendar {
    static func reportDue(from date: LegalDate) -> LegalDate { date.adding(days: 45) }
}
