/// Which kind of person or body the investor is, for the definition of a foreign investor (Act 26(1)).
///
/// The JSON names are those of the `fefta check` contract (`investor.category`).
public enum InvestorCategory: String, Sendable, Hashable, CaseIterable {
    /// A non-resident individual (Act 26(1)(i); FI1): residence decides, not nationality.
    case nonResidentIndividual
    /// A foreign entity: incorporated under foreign law or with its principal office abroad (Act 26(1)(ii); FI2).
    case foreignEntity
    /// A Japanese company ≥50% of whose votes are held, directly or indirectly, by foreign investors (Act 26(1)(iii); FI3).
    case foreignControlledCompany
    /// A specified partnership (特定組合等) whose contributions or general partners are mainly foreign (Act 26(1)(iv); FI4).
    case foreignPartnership
    /// An entity most of whose officers or representative officers are non-resident individuals (Act 26(1)(v); FI5).
    case foreignOfficerControlled
    /// Not a foreign investor.
    case domestic

    /// Whether the category makes the investor a foreign investor under Act 26(1).
    public var isForeignInvestor: Bool { self != .domestic }

    /// The identifier of fefta-rules.md §2.1 ("FI1"…"FI5"), or "non-FI".
    public var ruleLabel: String {
        switch self {
        case .nonResidentIndividual: "FI1"
        case .foreignEntity: "FI2"
        case .foreignControlledCompany: "FI3"
        case .foreignPartnership: "FI4"
        case .foreignOfficerControlled: "FI5"
        case .domestic: "non-FI"
        }
    }
}
