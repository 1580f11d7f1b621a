/// A set of facts named by their JSON paths in the `fefta check` input, used for `missingFacts`.
public struct FactPaths: OptionSet, Sendable, Hashable {
    /// The bits of the set.
    public let rawValue: UInt16
    /// A set from its bits.
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// `investor.category`.
    public static let investorCategory = FactPaths(rawValue: 1 << 0)
    /// `investor.class`.
    public static let investorClass = FactPaths(rawValue: 1 << 1)
    /// `target.listed`.
    public static let targetListed = FactPaths(rawValue: 1 << 2)
    /// `target.tier`.
    public static let targetTier = FactPaths(rawValue: 1 << 3)
    /// `act.kind`.
    public static let actKind = FactPaths(rawValue: 1 << 4)
    /// `act.holdingBefore`.
    public static let holdingBefore = FactPaths(rawValue: 1 << 5)
    /// `act.holdingAfter`.
    public static let holdingAfter = FactPaths(rawValue: 1 << 6)
    /// `act.specifiedRatio` (特定割合, for 別表第三 row 7).
    public static let specifiedRatio = FactPaths(rawValue: 1 << 7)
    /// `act.loanThresholdsMet` (Order 2(14)-(15)).
    public static let loanThresholdsMet = FactPaths(rawValue: 1 << 8)

    /// Each fact with its JSON path, in the order the contract lists them.
    public static let pathed: [(fact: FactPaths, path: String)] = [
        (.investorCategory, "investor.category"), (.investorClass, "investor.class"),
        (.targetListed, "target.listed"), (.targetTier, "target.tier"), (.actKind, "act.kind"),
        (.holdingBefore, "act.holdingBefore"), (.holdingAfter, "act.holdingAfter"),
        (.specifiedRatio, "act.specifiedRatio"), (.loanThresholdsMet, "act.loanThresholdsMet"),
    ]

    /// The JSON paths of the facts in the set, in contract order.
    public var paths: [String] { FactPaths.pathed.filter { contains($0.fact) }.map(\.path) }
}
