extension Percent: CustomStringConvertible {
    /// The shortest exact decimal: `1.5`, `0.3333`, `10`, `33.3333333334`.
    public var description: String {
        let whole = units / Percent.unitsPerPercent
        var fraction = units % Percent.unitsPerPercent
        guard fraction != 0 else { return String(whole) }
        var digits = Percent.fractionalDigits
        while fraction % 10 == 0 {
            fraction /= 10
            digits -= 1
        }
        let fractionText = String(fraction)
        return String(whole) + "." + String(repeating: "0", count: digits - fractionText.count) + fractionText
    }

    /// The value as a JSON number literal, exactly.
    public var jsonNumber: JSONNumber {
        // The description always matches the JSON number grammar.
        JSONNumber(literal: description) ?? JSONNumber(0)
    }
}
