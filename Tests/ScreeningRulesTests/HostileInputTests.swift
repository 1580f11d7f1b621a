import FuzzTestSupport
import JapaneseCalendar
import ScreeningRules
import Testing

/// Every parser on the `fefta check` path fed random and adversarial input (issue 8 §3): it either accepts the
/// input or rejects it with an error that names the place (line and column, or the JSON path); it never crashes,
/// and the engine decides every accepted input with a cited finding.
struct HostileInputTests {
    static let validFacts = """
        {"date": "2025-09-01",
         "investor": {"category": "foreignEntity", "country": "SG", "class": "general", "accredited": false},
         "target": {"listed": true, "tier": "designated", "securitiesCode": "6501"},
         "act": {"kind": "listedShares", "holdingBefore": 0.5, "holdingAfter": 1.5, "fromForeignInvestor": false},
         "plans": {"boardSeat": false, "accessNonPublicTechnology": false},
         "reportsAlreadyFiled": ["P3"]}
        """

    /// Parses `bytes` as check input; records an issue unless it is accepted or rejected with a located error.
    func screen(_ bytes: [UInt8], seed: UInt64) {
        let value: JSONValue
        do {
            value = try JSONParser().parse(bytes)
        } catch {
            #expect(error.line >= 1 && error.column >= 1, "seed \(seed): \(error)")
            #expect(!error.message.isEmpty, "seed \(seed)")
            return
        }
        #expect((try? JSONParser().parse(value.serialized())) == value, "seed \(seed): JSON does not round-trip")
        do {
            let facts = try TransactionFacts(json: value)
            let explained = ScreeningEngine().explain(facts)
            #expect(!explained.findings.isEmpty, "seed \(seed)")
            #expect(explained.findings.allSatisfy { !$0.citation.isEmpty }, "seed \(seed)")
            #expect(ScreeningEngine().determine(facts).outcome == explained.outcome, "seed \(seed)")
        } catch {
            #expect(!error.path.isEmpty || error.description.hasPrefix("$"), "seed \(seed): \(error) names no place")
            #expect(error.description.count < 2_000, "seed \(seed): error message too long")
        }
    }

    @Test func randomBytesNeverCrashTheCheckPath() {
        let seed = SeededRandom.seed(0xFEF7A_0001)
        var random = SeededRandom(seed: seed)
        for _ in 0..<3_000 {
            screen(random.hostileBytes(count: Int.random(in: 0...200, using: &random)), seed: seed)
        }
    }

    @Test func mutatedFactsNeverCrashTheCheckPath() {
        let seed = SeededRandom.seed(0xFEF7A_0002)
        var random = SeededRandom(seed: seed)
        let valid = Array(Self.validFacts.utf8)
        for _ in 0..<5_000 {
            screen(random.mutate(valid), seed: seed)
        }
    }

    /// Each member of the valid facts replaced by every kind of hostile value.
    @Test(arguments: [
        "null", "true", "0", "-0", "-0.0", "-1", "100.0000000001", "1e400", "1e-400", "-1e-400", "1E+2",
        "123456789012345678901234567890", "0.00000000001", "\"NaN\"", "\"Infinity\"", "\"1.5\"", "\"\"",
        "[]", "{}", "[[[[[[[[]]]]]]]]", "\"=cmd|' /C calc'!A0\"", "\"\\u0000\"", "\"日立\"", "\"2025-02-29\"",
        "\"９９\"",
    ])
    func hostileValueInEveryMember(hostile: String) throws {
        let paths = [
            ("date", "\"2025-09-01\""), ("\"category\": ", "\"foreignEntity\""), ("\"country\": ", "\"SG\""),
            ("\"class\": ", "\"general\""), ("\"accredited\": ", "false"), ("\"listed\": ", "true"),
            ("\"tier\": ", "\"designated\""), ("\"securitiesCode\": ", "\"6501\""), ("\"kind\": ", "\"listedShares\""),
            ("\"holdingBefore\": ", "0.5"), ("\"holdingAfter\": ", "1.5"), ("\"fromForeignInvestor\": ", "false"),
            ("\"boardSeat\": ", "false"), ("\"reportsAlreadyFiled\": ", "[\"P3\"]"),
        ]
        for (anchor, original) in paths {
            let needle = anchor == "date" ? "\"date\": \(original)" : anchor + original
            let replacement = anchor == "date" ? "\"date\": \(hostile)" : anchor + hostile
            let text = Self.validFacts.replacing(needle, with: replacement, maxReplacements: 1)
            #expect(text != Self.validFacts || original == hostile, "anchor \(anchor) not found")
            screen(Array(text.utf8), seed: 0)
        }
    }

    @Test func deepNestingIsRejectedWithItsPlace() throws {
        for depth in [65, 1_000, 100_000] {
            let text = "{\"date\": " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "}"
            #expect(throws: JSONParseError.self) { try JSONParser().parse(text) }
        }
    }

    @Test func hugeNumbersAndFieldsAreRejectedOrBounded() throws {
        let longNumber = "{\"date\": \"2025-09-01\", \"act\": {\"kind\": \"listedShares\", \"holdingAfter\": "
            + String(repeating: "9", count: 100_000) + "}}"
        #expect(throws: JSONParseError.self) { try JSONParser().parse(longNumber) }
        let tenMegabytes = String(repeating: "あ", count: 3_500_000)
        let hugeField = "{\"date\": \"2025-09-01\", \"target\": {\"securitiesCode\": \"\(tenMegabytes)\"}}"
        do {
            _ = try TransactionFacts(json: JSONParser().parse(hugeField))
            Issue.record("a 10 MB securities code was accepted")
        } catch let error as RulesInputError {
            #expect(error.path == "target.securitiesCode")
            #expect(error.description.count < 500, "the error repeats the 10 MB value")
        }
    }

    @Test func invalidUTF8AndShiftJISMojibakeAreRejected() {
        let shiftJIS: [UInt8] = [0x7B, 0x22, 0x64, 0x61, 0x74, 0x65, 0x22, 0x3A, 0x22, 0x93, 0xFA, 0x97, 0xA7, 0x22, 0x7D]
        #expect(throws: JSONParseError.self) { try JSONParser().parse(shiftJIS) }
        #expect(throws: JSONParseError.self) { try JSONParser().parse([0x22, 0xED, 0xA0, 0x80, 0x22]) }  // surrogate
        #expect(throws: JSONParseError.self) { try JSONParser().parse([0x22, 0xC0, 0xAF, 0x22]) }  // overlong '/'
    }

    @Test func randomPercentTextIsParsedExactlyOrRejected() {
        let seed = SeededRandom.seed(0xFEF7A_0003)
        var random = SeededRandom(seed: seed)
        for _ in 0..<20_000 {
            let bytes = random.hostileBytes(count: Int.random(in: 0...30, using: &random))
            let text = String(decoding: bytes, as: UTF8.self)
            do {
                let value = try Percent(parsing: text)
                #expect((try? Percent(parsing: value.description)) == value, "seed \(seed): '\(text)'")
            } catch {
                #expect(!error.description.isEmpty)
            }
        }
    }

    @Test func randomDecimalsRoundTripAndAddExactly() throws {
        let seed = SeededRandom.seed(0xFEF7A_0004)
        var random = SeededRandom(seed: seed)
        for _ in 0..<20_000 {
            let a = Int64.random(in: 0...(100 * Percent.unitsPerPercent), using: &random)
            let b = Int64.random(in: 0...(100 * Percent.unitsPerPercent), using: &random)
            let x = Percent(units: a)
            let y = Percent(units: b)
            #expect((try? Percent(parsing: x.description)) == x, "seed \(seed): \(x)")
            #expect(x.adding(y)?.units == a + b, "seed \(seed)")
        }
    }

    @Test func randomDateTextIsParsedOrRejectedWithTheInput() {
        let seed = SeededRandom.seed(0xFEF7A_0005)
        var random = SeededRandom(seed: seed)
        let digits = Array("0123456789-".utf8)
        for _ in 0..<20_000 {
            let bytes =
                Bool.random(using: &random)
                ? (0..<10).map { _ in digits.randomElement(using: &random)! }
                : random.hostileBytes(count: Int.random(in: 0...14, using: &random))
            let text = String(decoding: bytes, as: UTF8.self)
            do {
                let date = try LegalDate(iso8601: text)
                #expect(date.iso8601 == text, "seed \(seed)")
            } catch {
                #expect(error.description.contains("not a date"), "seed \(seed)")
            }
        }
    }
}

struct ErrorMessageHygieneTests {
    @Test func valuesInSchemaErrorsAreShortenedAndEscaped() {
        let flood = RulesInputError.invalidValue(
            path: "target.securitiesCode", value: String(repeating: "9", count: 1_000), expected: "a code")
        #expect(flood.description.count < 150)
        #expect(flood.description.contains("…"))
        let escape = RulesInputError.outOfRange(path: "act.holdingAfter", value: "\u{1B}[2J1", expected: "0–100")
        #expect(!escape.description.unicodeScalars.contains("\u{1B}"))
        #expect(escape.description.contains("\\u{1b}"))
    }
}

extension ErrorMessageHygieneTests {
    @Test func unknownMemberPathsAreShortened() throws {
        let key = String(repeating: "k", count: 100_000)
        #expect {
            try TransactionFacts(json: JSONParser().parse("{\"date\": \"2025-09-01\", \"\(key)\": 1}"))
        } throws: { error in
            "\(error)".count < 400
        }
    }

    @Test func jsonErrorsDoNotRepeatHostileKeys() {
        let key = String(repeating: "k", count: 100_000) + "\\u001b"
        #expect {
            try JSONParser().parse("{\"\(key)\": 1, \"\(key)\": 2}")
        } throws: { error in
            let text = (error as? JSONParseError)?.description ?? ""
            return text.contains("duplicate member") && text.count < 200
        }
    }
}
