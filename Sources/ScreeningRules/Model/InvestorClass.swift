/// The investor's class for the prior-notification exemption (fefta-rules.md §6.1; Order 3-2(1); Ord. 3-2(4)-(6)).
///
/// The JSON names are those of the `fefta check` contract (`investor.class`).
public enum InvestorClass: String, Sendable, Hashable, CaseIterable {
    /// Everyone not in another class (一般投資家).
    case general
    /// A licensed or registered financial institution acting in the course of its business (Ord. 3-2(6); FFI).
    case financialInstitution
    /// A foreign government, government agency, local government, central bank or political party (Order 3-2(1)(iii)).
    case foreignGovernment
    /// An entity controlled by a foreign government or by a specified investor, or one of its officers (Order 3-2(1)(v)-(vi)).
    case stateControlled
    /// Obliged by contract or foreign law to cooperate with a foreign government's information gathering
    /// (Order 3-2(1)(iv), from 2025-05-19).
    case specified
    /// Quasi-specified (特定外国投資家に準ずる者, Ord. 3-2(4), from 2025-05-19).
    case quasiSpecified
    /// Sentenced or ordered under FEFTA within the look-back period (Order 3-2(1)(i)-(ii)).
    case violator

    /// Whether MOF accreditation can restore the exemption (Order 3-2(1) chapeau: items (iii)-(v)).
    public var isAccreditable: Bool {
        switch self {
        case .foreignGovernment, .stateControlled, .specified: true
        default: false
        }
    }
}
