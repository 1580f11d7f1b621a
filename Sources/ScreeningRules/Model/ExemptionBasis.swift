/// Which route of the prior-notification exemption (Act 27-2, 28-2) applies (design.md §4 `exemption.basis`).
public enum ExemptionBasis: String, Sendable, Hashable, CaseIterable {
    /// Listed acts in a designated, non-core target, or a joint-voting consent not on control matters, by a
    /// general, accredited or quasi-specified investor: no cap, basic conditions (一般免除; Act 27-2(1)).
    case generalDesignated
    /// Listed acts in a core target ending below 10 %, basic and core conditions (Order 3-2(2)(iii)ロ).
    case generalCore
    /// Listed acts by a licensed financial institution in its business, any tier and no cap (包括免除;
    /// Order 3-2(2)(iii)イ; Ord. 3-2(6)).
    case financialInstitution
    /// Unlisted shares of a designated, non-core company (Act 27-2(1); 別表第三 row 2).
    case unlistedDesignated
    /// A specified acquisition in an SA-designated, non-core company (Act 28-2(1); 別表第三 row 16).
    case specifiedAcquisition
}
