import DatabaseTestSupport
import ScreeningRules
import Testing

/// `fefta calendar holidays` and `fefta calendar working-day`, run as a real process.
@Suite(.hangGuard)
struct CalendarCommandTests {
    @Test func holidaysOf2025AsAJSONArrayInDateOrder() async throws {
        let output = try await FeftaProcess.run(["calendar", "holidays", "2025", "--format", "json"])
        #expect(output.status == 0, "\(output.standardError)")
        guard case .array(let elements) = try output.json() else {
            Issue.record("expected a JSON array: \(output.standardOutput)")
            return
        }
        let objects = elements.compactMap { element -> JSONObject? in
            if case .object(let object) = element { object } else { nil }
        }
        #expect(objects.count == 19)
        #expect(objects.allSatisfy { $0.keys == ["date", "name", "nameJa"] })
        let dates = objects.compactMap { object -> String? in
            if case .string(let date) = object["date"] { date } else { nil }
        }
        #expect(dates == dates.sorted() && dates.count == 19)
        #expect(objects.first == JSONObject(["date": "2025-01-01", "name": "New Year's Day", "nameJa": "元日"]))
        #expect(objects.contains(JSONObject(["date": "2025-08-11", "name": "Mountain Day", "nameJa": "山の日"])))
        #expect(objects.contains(JSONObject(["date": "2025-11-24", "name": "Substitute Holiday", "nameJa": "振替休日"])))
    }

    @Test func holidaysOf2019IncludeTheAccessionAndItsSandwichDays() async throws {
        let output = try await FeftaProcess.run(["calendar", "holidays", "2019"])
        #expect(output.status == 0)
        #expect(output.standardOutput.contains(#""date": "2019-05-01""#))
        #expect(output.standardOutput.contains("天皇の即位の日"))
        #expect(output.standardOutput.contains(#""date": "2019-04-30""#))
        #expect(!output.standardOutput.contains("天皇誕生日"))
    }

    @Test(arguments: [
        ("1948", "national holidays are known for 1949–2099 only, not 1948"),
        ("2100", "national holidays are known for 1949–2099 only, not 2100"),
        ("twenty", "'twenty' is not a year"),
        ("２０２５", "'２０２５' is not a year"),  // full-width digits
    ])
    func holidaysOutsideTheKnownYearsExit65(year: String, message: String) async throws {
        let output = try await FeftaProcess.run(["calendar", "holidays", year])
        #expect(output.status == 65)
        #expect(output.standardOutput.isEmpty)
        #expect(output.standardError.contains(message), "\(output.standardError)")
    }

    @Test func aHolidayIsNotAWorkingDayAndSaysWhy() async throws {
        let output = try await FeftaProcess.run(["calendar", "working-day", "2025-08-11"])
        #expect(output.status == 0)
        let object = try output.jsonObject()
        #expect(object["date"] == "2025-08-11")
        #expect(object["workingDay"] == false)
        #expect(object["nextWorkingDay"] == "2025-08-12")
        #expect(object["nationalHolidaysKnown"] == true)
        guard case .array(let reasons) = object["reasons"], case .object(let reason) = reasons.first else {
            Issue.record("expected reasons: \(output.standardOutput)")
            return
        }
        #expect(reason["reason"] == "national-holiday")
        #expect(reason["nameJa"] == "山の日")
    }

    @Test func aWorkingDayGivesTheFollowingWorkingDay() async throws {
        let output = try await FeftaProcess.run(["calendar", "working-day", "2025-08-08"])
        let object = try output.jsonObject()
        #expect(object["workingDay"] == true)
        #expect(object["reasons"] == .array([]))
        #expect(object["nextWorkingDay"] == "2025-08-12")
    }

    @Test func textNamesTheYearEndClosure() async throws {
        let output = try await FeftaProcess.run(["calendar", "working-day", "2025-12-31", "--format", "text"])
        #expect(output.status == 0)
        #expect(output.standardOutput.contains("2025-12-31 (Wednesday) is not a working day: the year-end closure"))
        #expect(output.standardOutput.contains("Next working day: 2026-01-05 (Monday)."))
    }

    @Test func beyond2099TheAnswerCarriesTheCaveat() async throws {
        let output = try await FeftaProcess.run(["calendar", "working-day", "2100-03-22"])
        #expect(output.status == 0)
        let object = try output.jsonObject()
        #expect(object["workingDay"] == true)
        #expect(object["nationalHolidaysKnown"] == false)
        #expect(output.standardError.contains("warning: national holidays are known for 1949–2099 only"))
    }

    @Test func badDateExits65() async throws {
        let output = try await FeftaProcess.run(["calendar", "working-day", "2025-02-30"])
        #expect(output.status == 65)
        #expect(output.standardError == "fefta: '2025-02-30' is not a date: that month has no such day\n")
    }
}
