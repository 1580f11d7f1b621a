/// An exact, non-negative percentage with ten fractional digits, such as a holding of `1.5` (%).
///
/// Percentages that decide legal outcomes never pass through binary floating point: `0.1 + 0.2` must be
/// exactly `0.3`, and a holding of `0.9999999999` must stay below 1%. A `Percent` stores the value scaled by
/// 10¹⁰ in an `Int64`, so addition and comparison are exact integer operations, parsing allocates nothing,
/// and the type is a plain 8-byte value.
///
/// - Parsing: see ``init(parsing:)`` for the accepted text (JSON number literals and CSV cells).
/// - Thresholds that are not decimal fractions (the one third of Act 26(2)(v)) are ``Threshold`` values and
///   are compared by cross-multiplication, never through a rounded decimal.
public struct Percent: Sendable, Hashable, Comparable {
    /// The number of fractional digits a percentage keeps exactly.
    public static let fractionalDigits = 10
    /// 10¹⁰: the number of ``units`` in one percent.
    public static let unitsPerPercent: Int64 = 10_000_000_000
    /// The largest value accepted: 900,000,000 %, which keeps sums of many rows far from overflow.
    ///
    /// Holdings are further limited to 100 by ``init(holding:)`` and by the facts decoder.
    public static let maximum = Percent(units: 900_000_000 * unitsPerPercent)

    /// 0 %.
    public static let zero = Percent(units: 0)
    /// 100 %.
    public static let hundred = Percent(units: 100 * unitsPerPercent)

    /// The value in units of 10⁻¹⁰ percent.
    public let units: Int64

    /// A percentage from its scaled value (units of 10⁻¹⁰ %).
    ///
    /// - Parameter units: between 0 and the units of ``maximum``.
    public init(units: Int64) {
        precondition(units >= 0 && units <= 900_000_000 * Percent.unitsPerPercent, "Percent out of range")
        self.units = units
    }

    /// A whole number of percent, such as `Percent(10)` for 10 %.
    ///
    /// - Parameter whole: between 0 and 900,000,000.
    public init(_ whole: Int) {
        precondition(whole >= 0 && whole <= 900_000_000, "Percent out of range")
        self.units = Int64(whole) * Percent.unitsPerPercent
    }

    /// A percentage `numerator / 10^scale`, such as `Percent(decimal: 15, scale: 1)` for 1.5 %.
    ///
    /// - Parameters:
    ///   - numerator: the digits, non-negative.
    ///   - scale: the number of fractional digits, 0 through ``fractionalDigits``.
    public init(decimal numerator: Int64, scale: Int) {
        precondition(scale >= 0 && scale <= Percent.fractionalDigits && numerator >= 0, "Percent out of range")
        var factor: Int64 = 1
        for _ in 0..<(Percent.fractionalDigits - scale) { factor *= 10 }
        self.init(units: numerator * factor)
    }

    /// Orders percentages by value.
    public static func < (lhs: Percent, rhs: Percent) -> Bool { lhs.units < rhs.units }

    /// The exact sum, or `nil` when it would exceed ``maximum``.
    public func adding(_ other: Percent) -> Percent? {
        let (sum, overflow) = units.addingReportingOverflow(other.units)
        guard !overflow, sum <= Percent.maximum.units else { return nil }
        return Percent(units: sum)
    }

    /// Whether this percentage is at least `threshold`, compared exactly by cross-multiplication.
    @inlinable
    public func isAtLeast(_ threshold: Threshold) -> Bool {
        threshold.isReached(byUnits: units)
    }

    /// Whether this percentage is below `threshold` (the statute's 「未満」).
    @inlinable
    public func isBelow(_ threshold: Threshold) -> Bool {
        !threshold.isReached(byUnits: units)
    }
}

/// A percentage threshold written as an exact fraction of percent: `numerator / denominator` %.
///
/// Statutory thresholds are 「百分の一以上」 (1 %), 「百分の十以上」 (10 %) or 「三分の一以上」 (33⅓ %). The last has no
/// finite decimal expansion, so a threshold is a fraction and a ``Percent`` is compared with it by
/// cross-multiplication: `units × denominator ≥ numerator × 10¹⁰`, in 128-bit arithmetic.
public struct Threshold: Sendable, Hashable, CustomStringConvertible {
    /// The numerator, in percent.
    public let numerator: Int64
    /// The denominator (positive).
    public let denominator: Int64

    /// The threshold `numerator / denominator` percent.
    public init(_ numerator: Int64, over denominator: Int64 = 1) {
        precondition(numerator >= 0 && denominator > 0, "Threshold must be non-negative with a positive denominator")
        self.numerator = numerator
        self.denominator = denominator
    }

    /// A threshold of exactly `percent`.
    public init(_ percent: Percent) {
        self.init(percent.units, over: Percent.unitsPerPercent)
    }

    /// One third of the whole (33⅓ %), as in 「三分の一以上」.
    public static let oneThird = Threshold(100, over: 3)

    /// Whether a value of `units` (10⁻¹⁰ %) reaches this threshold.
    @inlinable
    public func isReached(byUnits units: Int64) -> Bool {
        let lhs = units.multipliedFullWidth(by: denominator)
        let rhs = numerator.multipliedFullWidth(by: Percent.unitsPerPercent)
        return (lhs.high, lhs.low) >= (rhs.high, rhs.low)
    }

    /// The threshold as a decimal when it has one (`"10"`), otherwise as a fraction (`"100/3"`).
    public var description: String {
        if numerator % denominator == 0 { return String(numerator / denominator) }
        if Percent.unitsPerPercent % denominator == 0 {
            return Percent(units: numerator * (Percent.unitsPerPercent / denominator)).description
        }
        return "\(numerator)/\(denominator)"
    }
}
