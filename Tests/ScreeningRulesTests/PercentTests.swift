import ScreeningRules
import Testing

struct PercentTests {
    @Test(arguments: [
        ("0.3333", "0.3333"), ("1", "1"), ("1.00", "1"), ("1e-2", "0.01"), ("2.5E+1", "25"), ("-0", "0"),
        ("-0.000", "0"), ("0.0000000001", "0.0000000001"), ("1.10000000000000", "1.1"), (".5", "0.5"), ("5.", "5"),
        ("100", "100"), ("33.3333333333", "33.3333333333"), ("100e-12", "0.0000000001"), ("0e999", "0"),
        ("007.50", "7.5"),
    ])
    func parsesExactly(text: String, expected: String) throws {
        #expect(try Percent(parsing: text).description == expected)
    }

    @Test(arguments: [
        ("", PercentError.Reason.empty), ("abc", .malformed), ("NaN", .notANumber), ("Infinity", .notANumber),
        ("-inf", .notANumber), ("-1", .negative), ("-0.5", .negative), ("0.12345678901", .tooManyFractionalDigits),
        ("1e-11", .tooManyFractionalDigits), ("1e400", .tooLarge), ("1 ", .malformed), ("+1", .malformed),
        ("1%", .malformed), ("1,5", .malformed), ("1e", .malformed), (".", .malformed), ("-", .malformed),
        ("99999999999999999999999", .tooLarge), ("900000001", .tooLarge),
    ])
    func rejectsWithAReason(text: String, reason: PercentError.Reason) {
        #expect(throws: PercentError(reason, text: text)) { try Percent(parsing: text) }
    }

    @Test func holdingsAboveHundredAreRejected() throws {
        #expect(try Percent(holding: "100").description == "100")
        #expect(throws: PercentError(.aboveHundred, text: "100.0000000001")) { try Percent(holding: "100.0000000001") }
    }

    @Test func threeRowsOfThirdsAddUpToExactlyOne() throws {
        let rows = try ["0.3333", "0.3333", "0.3334"].map { try Percent(parsing: $0) }
        var sum = Percent.zero
        for row in rows { sum = try #require(sum.adding(row)) }
        #expect(sum == Percent(1))
        #expect(Percent.maximum.adding(Percent(units: 1)) == nil)
    }

    @Test func parsesFromJSONNumberLiterals() throws {
        #expect(try Percent(JSONNumber(literal: "1.5")!) == Percent(decimal: 15, scale: 1))
        #expect(try Percent(JSONNumber(literal: "-0")!) == .zero)
    }

    @Test func parsesRawUTF8WithoutCopying() throws {
        let bytes = Array("9.99".utf8)
        let value = try bytes.withUnsafeBytes { try Percent(parsing: $0) }
        #expect(value == Percent(decimal: 999, scale: 2))
    }

    @Test(arguments: [
        ("0.99", false), ("1", true), ("1.00", true), ("0.9999999999", false),
    ])
    func comparesWithOnePercentOnBothSides(text: String, reached: Bool) throws {
        #expect(try Percent(parsing: text).isAtLeast(Threshold(1)) == reached)
    }

    @Test(arguments: [
        ("33.3333333333", false), ("33.3333333334", true), ("33.33", false), ("34", true), ("100", true),
    ])
    func comparesWithOneThirdByCrossMultiplication(text: String, reached: Bool) throws {
        #expect(try Percent(parsing: text).isAtLeast(.oneThird) == reached)
    }

    @Test func describesThresholds() {
        #expect(Threshold(10).description == "10")
        #expect(Threshold.oneThird.description == "100/3")
        #expect(Threshold(Percent(decimal: 15, scale: 1)).description == "1.5")
    }
}
