import ArgumentParser
import JapaneseCalendar
import ScreeningRules

extension FeftaCommand {
    /// `fefta calendar`: Japan's national holidays and the working days of government offices.
    struct Calendar: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "calendar",
            abstract: "Japan's national holidays (1949–2099) and government working days.",
            subcommands: [Holidays.self, WorkingDay.self]
        )
    }
}

extension FeftaCommand.Calendar {
    /// `fefta calendar holidays YEAR`: the national holidays of a year, in date order.
    struct Holidays: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "holidays",
            abstract: "List the national holidays of a year (1949–2099), in date order."
        )

        @Argument(help: "The year, 1949–2099.")
        var year: String

        @OptionGroup(title: "Output")
        var output: OutputOptions

        func run() throws {
            guard let number = Int(year), year.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") })
            else {
                throw fail(
                    "'\(year)' is not a year: expected four digits, for example 2025", status: ExitStatus.dataError)
            }
            guard let holidays = NationalHolidays.holidays(in: number) else {
                let covered = NationalHolidays.coveredYears
                throw fail(
                    "national holidays are known for \(covered.lowerBound)–\(covered.upperBound) only, not \(number)",
                    status: ExitStatus.dataError)
            }
            switch try output.resolved() {
            case .json:
                let array = holidays.map { holiday -> JSONValue in
                    .object(
                        JSONObject([
                            "date": .string(holiday.date.iso8601),
                            "name": .string(holiday.name),
                            "nameJa": .string(holiday.nameJa),
                        ]))
                }
                print(JSONValue.array(array).serialized(pretty: true))
            default:
                for holiday in holidays {
                    print("\(holiday.date)  \(holiday.date.weekday.name.prefix(3))  \(holiday.nameJa)  \(holiday.name)")
                }
            }
        }
    }

    /// `fefta calendar working-day DATE`: whether government offices work on a date, and the next day they do.
    struct WorkingDay: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "working-day",
            abstract: "Say whether a date is a working day for government offices, and give the next one.",
            discussion: """
                Administrative holidays (行政機関の休日に関する法律 Art. 1): Saturdays, Sundays, national holidays \
                and December 29 – January 3. Outside 1949–2099 national holidays are unknown and only the other \
                closures are applied; the output says so.
                """
        )

        @Argument(help: "The date, YYYY-MM-DD.")
        var date: String

        @OptionGroup(title: "Output")
        var output: OutputOptions

        func run() throws {
            let day: LegalDate
            do {
                day = try LegalDate(iso8601: date)
            } catch {
                throw fail(error.description, status: ExitStatus.dataError)
            }
            guard day < LegalDate(dayNumber: LegalDate.latest.dayNumber - 14) else {
                throw fail(
                    "'\(day)' is too close to 9999-12-31 to look for the next working day",
                    status: ExitStatus.dataError)
            }
            let format = try output.resolved()
            let reasons = AdministrativeCalendar.reasons(day)
            let next = AdministrativeCalendar.nextWorkingDay(after: day)
            let known = NationalHolidays.covers(day) && NationalHolidays.covers(next)
            if !known {
                printDiagnostic(
                    "warning: national holidays are known for 1949–2099 only; for this date only weekends and "
                        + "December 29 – January 3 were considered")
            }
            switch format {
            case .json:
                let object = JSONObject([
                    "date": .string(day.iso8601),
                    "weekday": .string(day.weekday.name),
                    "workingDay": .bool(reasons.isEmpty),
                    "reasons": .array(reasons.map(Self.json)),
                    "nextWorkingDay": .string(next.iso8601),
                    "nationalHolidaysKnown": .bool(known),
                ])
                print(JSONValue.object(object).serialized(pretty: true))
            default:
                let status =
                    reasons.isEmpty
                    ? "is a working day"
                    : "is not a working day: " + reasons.map(\.description).joined(separator: ", ")
                print("\(day) (\(day.weekday.name)) \(status).")
                print("Next working day: \(next) (\(next.weekday.name)).")
                if !known {
                    print(
                        "Note: national holidays outside 1949–2099 are not known; only weekends and "
                            + "December 29 – January 3 were considered.")
                }
            }
        }

        /// One reason as `{"reason", "description", "descriptionJa"}` (plus `holiday` for a national holiday).
        static func json(_ reason: AdministrativeHolidayReason) -> JSONValue {
            var object = JSONObject([
                "reason": .string(reason.identifier),
                "description": .string(reason.description),
                "descriptionJa": .string(reason.descriptionJa),
            ])
            if case .nationalHoliday(let holiday) = reason {
                object["holiday"] = .string(holiday.kind.identifier)
                object["name"] = .string(holiday.name)
                object["nameJa"] = .string(holiday.nameJa)
            }
            return .object(object)
        }
    }
}
