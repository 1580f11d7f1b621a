import Foundation
import FuzzTestSupport
import JapaneseCalendar
import Testing

@testable import fefta

/// `fefta deadlines --format ics` under hostile text (issue 8 §3): organisation names and other values from the
/// database cannot break out of their property, and a value exported onward to a spreadsheet cannot start a
/// formula. (The CSV writer's property test is `HostileCSVTests.randomCellsAreNeutralisedAndRoundTrip`.)
struct OutputInjectionTests {
    static let alphabet: [Unicode.Scalar] =
        Array("=+-@\t\r\n;,:\\\"' A1|!()".unicodeScalars) + ["\u{FF1D}", "あ", "\u{0}", "\u{7F}", "\u{1B}", "😀"]

    /// The value of a TEXT property as a calendar reads it: unfolded, then unescaped (RFC 5545 §3.1, §3.3.11).
    static func unescape(_ text: String) -> String {
        var result = ""
        var escaping = false
        for scalar in text.unicodeScalars {
            if escaping {
                result.unicodeScalars.append(scalar == "n" || scalar == "N" ? "\n" : scalar)
                escaping = false
            } else if scalar == "\\" {
                escaping = true
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    @Test func randomTextStaysInItsPropertyAndStartsNoFormula() {
        let seed = SeededRandom.seed(0xFEF7A_0301)
        var random = SeededRandom(seed: seed)
        for _ in 0..<5_000 {
            let value = String(
                String.UnicodeScalarView(
                    (0..<Int.random(in: 0...16, using: &random)).map { _ in
                        Self.alphabet.randomElement(using: &random) ?? "a"
                    }))
            let escaped = ICalendarWriter.text(value)
            #expect(
                !escaped.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F },
                "seed \(seed): \(value.debugDescription)")
            // No unescaped ; or , (they would split the value) and nothing after a trailing backslash.
            var escaping = false
            for scalar in escaped.unicodeScalars {
                if escaping {
                    escaping = false
                    continue
                }
                if scalar == "\\" {
                    escaping = true
                    continue
                }
                #expect(scalar != ";" && scalar != ",", "seed \(seed): \(escaped.debugDescription)")
            }
            #expect(!escaping, "seed \(seed): \(escaped.debugDescription) ends in a lone backslash")
            let read = Self.unescape(escaped)
            if let first = read.unicodeScalars.first {
                #expect(!["=", "+", "-", "@", "\t", "\r"].contains(first), "seed \(seed): \(read.debugDescription)")
            }
            // What a calendar reads is the value, with an apostrophe in front when it would start a formula and
            // other control characters (never meaningful in a name) as spaces.
            var expected = ""
            var previousWasCR = false
            for scalar in value.unicodeScalars {
                defer { previousWasCR = scalar == "\r" }
                if scalar == "\r" {
                    expected += "\n"
                    continue
                }
                if scalar == "\n" {
                    if !previousWasCR { expected += "\n" }
                    continue
                }
                expected.unicodeScalars.append(scalar.value < 0x20 || scalar.value == 0x7F ? " " : scalar)
            }
            #expect(
                read == expected || read == "'" + expected,
                "seed \(seed): \(value.debugDescription) → \(read.debugDescription)")
        }
    }

    @Test func aCalendarOfHostileNamesFoldsIntoValidLinesAndUnfoldsIntact() throws {
        let seed = SeededRandom.seed(0xFEF7A_0302)
        var random = SeededRandom(seed: seed)
        var writer = ICalendarWriter(name: "=cmd|' /C calc'!A0")
        var organisations: [String] = []
        for index in 0..<200 {
            let name = String(
                String.UnicodeScalarView(
                    (0..<Int.random(in: 1...120, using: &random)).map { _ in
                        Self.alphabet.randomElement(using: &random) ?? "a"
                    }))
            organisations.append(name)
            writer.add(
                ICalendarWriter.Event(
                    uid: "\(index)@fefta", stamp: Date(timeIntervalSince1970: 1_750_000_000),
                    date: LegalDate(dayNumber: 20_000 + Int32(index)), summary: name, description: name,
                    categories: [name, "FEFTA"], organisation: name))
        }
        let document = writer.document
        let physical = document.components(separatedBy: "\r\n")
        #expect(physical.last == "")
        for line in physical.dropLast() {
            #expect(line.utf8.count <= 75, "seed \(seed): a line of \(line.utf8.count) octets")
            #expect(!line.contains("\r") && !line.contains("\n"), "seed \(seed): a bare line break")
        }
        // Unfolded, every content line is NAME:VALUE with a known name; values start no formula.
        let unfolded = document.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n").dropLast()
        let names: Set<String> = [
            "BEGIN", "END", "VERSION", "PRODID", "CALSCALE", "METHOD", "X-WR-CALNAME", "UID", "DTSTAMP",
            "DTSTART;VALUE=DATE", "DTEND;VALUE=DATE", "SUMMARY", "DESCRIPTION", "CATEGORIES", "X-FEFTA-ORGANISATION",
            "TRANSP",
        ]
        var read: [String] = []
        for line in unfolded {
            guard let colon = line.firstIndex(of: ":") else {
                Issue.record("seed \(seed): a line without a property name: \(line.prefix(80))")
                continue
            }
            #expect(names.contains(String(line[..<colon])), "seed \(seed): property \(line[..<colon])")
            let value = Self.unescape(String(line[line.index(after: colon)...]))
            // PRODID is RFC 5545's own "-//vendor//product//EN", not data.
            if !line.hasPrefix("PRODID:"), let first = value.unicodeScalars.first {
                #expect(!["=", "+", "-", "@", "\t", "\r"].contains(first), "seed \(seed): \(line.prefix(80))")
            }
            if line.hasPrefix("X-FEFTA-ORGANISATION:") { read.append(value) }
        }
        #expect(read.count == organisations.count)
    }
}
