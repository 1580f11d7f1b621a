import ArgumentParser
import JapaneseCalendar

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A `--date` option's value: the date given (YYYY-MM-DD), or today in Japan when none is.
enum DateArgument {
    static func day(_ text: String?, option: String = "--date") throws -> LegalDate {
        guard let text else { return LegalDate(secondsSinceEpoch: Int64(time(nil))) }
        do {
            return try LegalDate(iso8601: text)
        } catch {
            throw ValidationError("\(option): \(error.description)")
        }
    }
}
