import Testing

@testable import LibPQ

@Suite struct PostgresArrayLiteralTests {
    @Test func encodingQuotesEveryElementAndEscapesQuotesAndBackslashes() {
        let values = ["a", "b\"c", "d\\e", "{f,g}", "NULL", ""]
        let encoded = String(decoding: values.encodePostgres() ?? [], as: UTF8.self)
        #expect(encoded == #"{"a","b\"c","d\\e","{f,g}","NULL",""}"#)
        let withNull: [String?] = ["x", nil]
        #expect(String(decoding: withNull.encodePostgres() ?? [], as: UTF8.self) == #"{"x",NULL}"#)
    }

    @Test func parsingHandlesQuotedUnquotedAndNullElements() throws {
        let parsed = try PostgresArrayLiteral.parse(Array(#"{a,"b c",NULL,"NULL","q\"x",  d  ,"e\\f"}"#.utf8))
        #expect(
            parsed.map { $0.map { String(decoding: $0, as: UTF8.self) } } == [
                "a", "b c", nil, "NULL", "q\"x", "d", "e\\f",
            ])
        #expect(try PostgresArrayLiteral.parse(Array("{}".utf8)).isEmpty)
    }

    @Test(arguments: ["{{1,2},{3,4}}", "[0:1]={1,2}", "1,2", "{1,2", "{\"a}", "{a,}"])
    func unsupportedOrMalformedLiteralsAreRejected(_ literal: String) {
        #expect(throws: PostgresArrayLiteral.SyntaxError.self) { try PostgresArrayLiteral.parse(Array(literal.utf8)) }
    }
}
