import JapaneseCalendar

/// A date from an ISO literal in test tables; an impossible literal is a bug in the test, reported as a failure by
/// the tests that compare against it (it becomes 0001-01-01, which no expectation uses).
func date(_ text: String) -> LegalDate {
    (try? LegalDate(iso8601: text)) ?? .earliest
}
