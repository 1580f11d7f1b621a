import Foundation
import JapaneseCalendar

/// Writes an iCalendar file (RFC 5545) of all-day events, one per deadline, that Outlook and Google Calendar import.
///
/// Lines end with CRLF and are folded at 75 octets (never inside a UTF-8 sequence); TEXT values escape backslash,
/// semicolon, comma and newlines (§3.3.11) and, because calendars are often exported to spreadsheets, a value that
/// starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading apostrophe (formula injection).
struct ICalendarWriter {
    /// One all-day event.
    struct Event {
        /// A stable, globally unique id, such as `<deadline id>@fefta`, so a re-import updates instead of duplicating.
        var uid: String
        /// When the event's data was created (the deadline's arming), as DTSTAMP.
        var stamp: Date
        /// The day.
        var date: LegalDate
        /// The title.
        var summary: String
        /// The details.
        var description: String
        /// Categories.
        var categories: [String]
        /// The organisation the event belongs to (`X-FEFTA-ORGANISATION`).
        var organisation: String
    }

    /// The calendar's name, shown by clients.
    var name: String
    private var lines: [String] = []

    /// A calendar named `name`.
    init(name: String) {
        self.name = name
    }

    /// Adds an event.
    mutating func add(_ event: Event) {
        lines += [
            "BEGIN:VEVENT",
            "UID:" + Self.text(event.uid),
            "DTSTAMP:" + Self.utc(event.stamp),
            "DTSTART;VALUE=DATE:" + Self.basic(event.date),
            "DTEND;VALUE=DATE:" + Self.basic(event.date.next),
            "SUMMARY:" + Self.text(event.summary),
            "DESCRIPTION:" + Self.text(event.description),
            "CATEGORIES:" + event.categories.map(Self.text).joined(separator: ","),
            "X-FEFTA-ORGANISATION:" + Self.text(event.organisation),
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
        ]
    }

    /// The whole file.
    var document: String {
        let all =
            [
                "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//fefta//FEFTA deadlines//EN", "CALSCALE:GREGORIAN",
                "METHOD:PUBLISH", "X-WR-CALNAME:" + Self.text(name),
            ] + lines + ["END:VCALENDAR"]
        return all.map(Self.fold).joined()
    }

    /// `date` as `YYYYMMDD`.
    static func basic(_ date: LegalDate) -> String {
        date.iso8601.replacingOccurrences(of: "-", with: "")
    }

    /// An instant as `YYYYMMDDTHHMMSSZ`.
    static func utc(_ date: Date) -> String {
        let seconds = Int64(date.timeIntervalSince1970.rounded(.down))
        let day = LegalDate(dayNumber: Int32((seconds >= 0 ? seconds : seconds - 86_399) / 86_400))
        let inDay = ((seconds % 86_400) + 86_400) % 86_400
        func two(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return basic(day) + "T" + two(inDay / 3600) + two(inDay / 60 % 60) + two(inDay % 60) + "Z"
    }

    /// A TEXT value, escaped (RFC 5545 §3.3.11) and neutralised against formula injection.
    static func text(_ value: String) -> String {
        var result = ""
        if let first = value.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) { result = "'" }
        var previousWasCR = false
        for scalar in value.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\r": result += "\\n"
            case "\n": if !previousWasCR { result += "\\n" }
            case _ where scalar.value < 0x20 || scalar.value == 0x7f: result += " "
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// One content line, folded to at most 75 octets per physical line, with its CRLF.
    static func fold(_ line: String) -> String {
        var output = ""
        var octets = 0
        var limit = 75
        for character in line.unicodeScalars {
            let size = String(character).utf8.count
            if octets + size > limit {
                output += "\r\n "
                octets = 0
                limit = 74  // the leading space counts
            }
            output.unicodeScalars.append(character)
            octets += size
        }
        return output + "\r\n"
    }
}
