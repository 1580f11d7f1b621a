import Testing

@testable import LibPQ

@Suite struct PostgresNumericTests {
    @Test(arguments: ["0", "-3", "0.0001", "100.0000", "9.99", "10.00", "123456789012345678901234567890.123456789"])
    func plainDecimalsAreAccepted(_ text: String) throws {
        let number = try #require(PostgresNumeric(exactly: text))
        #expect(number.text == text)
    }

    @Test(arguments: ["", "-", ".5", "5.", "1e3", "+1", " 1", "1 ", "NaN", "Infinity", "1,5", "0x10", "--1", "1.2.3"])
    func anythingElseIsRejected(_ text: String) {
        #expect(PostgresNumeric(exactly: text) == nil)
    }

    @Test func equalityIsNumericButTheTextKeepsItsScale() throws {
        let a = try #require(PostgresNumeric(exactly: "100.0000"))
        let b = try #require(PostgresNumeric(exactly: "100"))
        #expect(a == b)
        #expect(a.hashValue == b.hashValue)
        #expect(a.scale == 4)
        #expect(b.scale == 0)
        #expect(PostgresNumeric(exactly: "-0.00") == PostgresNumeric(exactly: "0"))
    }

    @Test func orderingIsNumeric() throws {
        let values = ["10.00", "9.99", "0.0001", "-1", "-0.5", "0", "100.0000", "0.99", "1.00"]
            .compactMap { PostgresNumeric(exactly: $0) }
        #expect(
            values.sorted().map(\.text) == ["-1", "-0.5", "0", "0.0001", "0.99", "1.00", "9.99", "10.00", "100.0000"])
        #expect(try #require(PostgresNumeric(exactly: "0.99")) < #require(PostgresNumeric(exactly: "1.00")))
        #expect(!(try #require(PostgresNumeric(exactly: "1.00")) < #require(PostgresNumeric(exactly: "1"))))
    }
}
