/// The once-per-issuer report rows the investor already filed for this issuer (design.md §4 `reportsAlreadyFiled`).
///
/// Rows 3 and 4 of 別表第三 exclude 「過去にこの項に基づく同一の上場会社等に係る対内直接投資等の報告をしたもの」,
/// each for its own row (fefta-rules.md §7.1).
public struct FiledReports: OptionSet, Sendable, Hashable {
    /// The bits of the set.
    public let rawValue: UInt8
    /// A set from its bits.
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// A row-3 (P3) report was filed for this issuer.
    public static let p3 = FiledReports(rawValue: 1 << 0)
    /// A row-4 (P4) report was filed for this issuer.
    public static let p4 = FiledReports(rawValue: 1 << 1)

    /// The labels in order ("P3", "P4").
    public var labels: [String] { (contains(.p3) ? ["P3"] : []) + (contains(.p4) ? ["P4"] : []) }
}
