import ScreeningRules
import Testing

struct JSONParserTests {
    let parser = JSONParser()

    @Test func keepsNumbersAsWritten() throws {
        let value = try parser.parse(#"{"a": 0.1, "b": 1.00, "c": -0, "d": 1e-7, "e": 123456789012345678901234567890}"#)
        guard case .object(let object) = value else {
            Issue.record("not an object")
            return
        }
        #expect(object["a"] == .number(JSONNumber(literal: "0.1")!))
        #expect(object["b"] == .number(JSONNumber(literal: "1.00")!))
        #expect(object["c"] == .number(JSONNumber(literal: "-0")!))
        #expect(object["e"]?.serialized() == "123456789012345678901234567890")
        #expect(object.keys == ["a", "b", "c", "d", "e"])
    }

    @Test func roundTripsJapaneseTextAndEscapes() throws {
        let text = #"{"name":"日立製作所","quote":"\"x\"\\\n","emoji":"\ud83d\ude00"}"#
        let value = try parser.parse(text)
        #expect(value.serialized() == #"{"name":"日立製作所","quote":"\"x\"\\\n","emoji":"😀"}"#)
        #expect(try parser.parse(value.serialized()) == value)
        #expect(try parser.parse(value.serialized(pretty: true)) == value)
    }

    @Test(arguments: [
        ("", 1, 1),
        ("{", 1, 2),
        ("{\"a\":1,}", 1, 8),
        ("[1,2", 1, 5),
        ("{\"a\":1, \"a\":2}", 1, 9),
        ("NaN", 1, 1),
        ("Infinity", 1, 1),
        ("-", 1, 1),
        ("01", 1, 1),
        ("1.", 1, 1),
        ("\"\\ud800\"", 1, 2),
        ("\"a\tb\"", 1, 3),
        ("{\n  \"a\": tru\n}", 2, 8),
        ("[] []", 1, 4),
        ("// comment\n{}", 1, 1),
    ])
    func rejectsInvalidJSONWithItsPlace(text: String, line: Int, column: Int) {
        #expect {
            try parser.parse(text)
        } throws: { error in
            guard let error = error as? JSONParseError else { return false }
            return error.line == line && error.column == column
        }
    }

    @Test func rejectsInvalidUTF8() {
        #expect(throws: JSONParseError.self) { try parser.parse([0x22, 0xFF, 0xFE, 0x22]) }
        #expect(throws: JSONParseError.self) { try parser.parse([0x22, 0x82, 0xA0, 0x22]) }  // Shift_JIS bytes
    }

    @Test func limitsNesting() throws {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(throws: JSONParseError.self) { try parser.parse(deep) }
        let fine = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
        _ = try parser.parse(fine)
    }

    @Test func skipsAByteOrderMark() throws {
        #expect(try parser.parse([0xEF, 0xBB, 0xBF] + Array("{}".utf8)) == .object(JSONObject()))
    }

    @Test func escapesControlCharactersOnOutput() {
        #expect(JSONValue.string("a\u{01}\u{7F}b").serialized() == #""a\u0001\u007fb""#)
    }
}
