/// The sector tier of the target (fefta-rules.md §4.1), highest first for the target and its group.
///
/// The JSON names are those of the `fefta check` contract (`target.tier`). Tiers are ordered: a higher tier
/// never needs less than a lower one.
public enum TargetTier: String, Sendable, Hashable, CaseIterable, Comparable {
    /// ① Only non-designated businesses (事後報告業種).
    case nonDesignated
    /// ② Designated businesses, none of them core (Ord. 3(3)).
    case designated
    /// ③ A core business (コア業種, 特定業種 of Ord. 3-2(3)).
    case core
    /// ③ and a 特定社会基盤事業者 under the Economic Security Promotion Act Art. 50(1) (Ord. 3-2(5), from 2025-05-19).
    case coreSpecified

    /// The circled numeral of the MOF issuer list (①②③; ③ for `coreSpecified`).
    public var listClass: String {
        switch self {
        case .nonDesignated: "①"
        case .designated: "②"
        case .core, .coreSpecified: "③"
        }
    }

    /// Whether the tier is designated (②, ③ or ③+).
    public var isDesignated: Bool { self != .nonDesignated }
    /// Whether the tier is core (③ or ③+).
    public var isCore: Bool { self == .core || self == .coreSpecified }

    var rank: Int {
        switch self {
        case .nonDesignated: 0
        case .designated: 1
        case .core: 2
        case .coreSpecified: 3
        }
    }

    /// Orders tiers from ① to ③+.
    public static func < (lhs: TargetTier, rhs: TargetTier) -> Bool { lhs.rank < rhs.rank }
}
