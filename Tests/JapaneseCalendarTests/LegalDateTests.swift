import JapaneseCalendar
import Testing

struct LegalDateTests {
    @Test(arguments: [
        ("1970-01-01", 0, Weekday.thursday),
        ("2000-02-29", 11_016, .tuesday),
        ("2025-07-02", 20_271, .wednesday),
        ("2025-08-11", 20_311, .monday),
        ("1949-07-20", -7_470, .wednesday),
        ("0001-01-01", -719_162, .monday),
        ("9999-12-31", 2_932_896, .friday),
    ])
    func parsesFormatsAndKnowsItsWeekday(text: String, dayNumber: Int32, weekday: Weekday) throws {
        let date = try LegalDate(iso8601: text)
        #expect(date.dayNumber == dayNumber)
        #expect(date.iso8601 == text)
        #expect(date.weekday == weekday)
        #expect(LegalDate(dayNumber: dayNumber) == date)
    }

    @Test(arguments: [
        ("2025-02-29", LegalDateError.Code.dayOutOfRange),
        ("1900-02-29", .dayOutOfRange),
        ("2025-04-31", .dayOutOfRange),
        ("2025-13-01", .monthOutOfRange),
        ("2025-00-10", .monthOutOfRange),
        ("2025-01-00", .dayOutOfRange),
        ("0000-01-01", .yearOutOfRange),
        ("2025-2-3", .malformed),
        ("2025/02/03", .malformed),
        ("2025-02-03T00:00", .malformed),
        ("", .malformed),
        ("２０２５-０２-０３", .malformed),
        (" 2025-02-03", .malformed),
    ])
    func rejectsImpossibleOrMalformedDates(text: String, code: LegalDateError.Code) {
        #expect(throws: LegalDateError(code, input: text)) { try LegalDate(iso8601: text) }
    }

    @Test func errorMessagesNameTheInputAndTheExpectation() {
        #expect(LegalDateError(.malformed, input: "tomorrow").description.contains("expected YYYY-MM-DD"))
        #expect(LegalDateError(.dayOutOfRange, input: "2025-02-29").description.contains("2025-02-29"))
    }

    @Test func leapYearsFollowTheGregorianRule() {
        #expect(LegalDate.isLeapYear(2000))
        #expect(LegalDate.isLeapYear(2024))
        #expect(!LegalDate.isLeapYear(1900))
        #expect(!LegalDate.isLeapYear(2025))
        #expect(LegalDate.daysInMonth(year: 2024, month: 2) == 29)
        #expect(LegalDate.daysInMonth(year: 2025, month: 2) == 28)
    }

    @Test func everyDayRoundTripsThroughItsComponents() throws {
        var date = try LegalDate(iso8601: "1899-12-25")
        let end = try LegalDate(iso8601: "2101-01-05")
        var previous = date.components
        while date < end {
            date = date.next
            let current = date.components
            #expect(try LegalDate(year: current.year, month: current.month, day: current.day) == date)
            let sameMonth = current.month == previous.month && current.day == previous.day + 1
            let newMonth = current.day == 1 && (current.month == previous.month % 12 + 1)
            #expect(sameMonth || newMonth)
            previous = current
        }
    }

    @Test func dayArithmetic() throws {
        let accepted = try LegalDate(iso8601: "2025-07-02")
        #expect(accepted.adding(days: 30).iso8601 == "2025-08-01")
        #expect(accepted.adding(days: -2).iso8601 == "2025-06-30")
        #expect(try LegalDate(iso8601: "2025-08-01") - accepted == 30)
    }

    @Test(arguments: [
        (Int64(0), "1970-01-01"),
        (Int64(15 * 3600 - 1), "1970-01-01"),  // 14:59:59Z is 23:59:59 JST
        (Int64(15 * 3600), "1970-01-02"),  // 15:00:00Z is midnight JST
        (Int64(-9 * 3600 - 1), "1969-12-31"),
        (Int64(1_751_468_400), "2025-07-03"),  // 2025-07-02T15:00:00Z
    ])
    func instantsBecomeTokyoDates(seconds: Int64, expected: String) {
        #expect(LegalDate(secondsSinceEpoch: seconds).iso8601 == expected)
    }
}
