/// The exemption conditions an investor must keep (fefta-rules.md §6.3; Ord. 3-2(7); the exemption standards 告示).
public struct ExemptionConditions: OptionSet, Sendable, Hashable {
    /// The bits of the set.
    public let rawValue: UInt8
    /// A set from its bits.
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// B1: no officer seat for the investor or its related persons (Ord. 3-2(7)(i)).
    public static let b1 = ExemptionConditions(rawValue: 1 << 0)
    /// B2: no proposal to transfer or abolish the designated business (Ord. 3-2(7)(ii)).
    public static let b2 = ExemptionConditions(rawValue: 1 << 1)
    /// B3: no access to non-public technology of the designated business (Ord. 3-2(7)(iii)).
    public static let b3 = ExemptionConditions(rawValue: 1 << 2)
    /// C1: no attendance at board or key committee meetings on the core business (Ord. 3-2(7)(iv)).
    public static let c1 = ExemptionConditions(rawValue: 1 << 3)
    /// C2: no written proposals with a deadline to the board on the core business (Ord. 3-2(7)(iv)).
    public static let c2 = ExemptionConditions(rawValue: 1 << 4)
    /// Q1: no access to any non-public information on the core business (Ord. 3-2(7)(v)).
    public static let q1 = ExemptionConditions(rawValue: 1 << 5)
    /// Q2: no staffing of, or soliciting personnel from, the issuer group (Ord. 3-2(7)(vi)).
    public static let q2 = ExemptionConditions(rawValue: 1 << 6)

    /// B1-B3, for every exempt investor.
    public static let basic: ExemptionConditions = [.b1, .b2, .b3]
    /// C1-C2, on the core route below 10 %.
    public static let core: ExemptionConditions = [.c1, .c2]
    /// Q1-Q2, for quasi-specified investors on the core route.
    public static let quasi: ExemptionConditions = [.q1, .q2]

    /// Each condition with its label, in the order B1, B2, B3, C1, C2, Q1, Q2.
    public static let labelled: [(condition: ExemptionConditions, label: String)] = [
        (.b1, "B1"), (.b2, "B2"), (.b3, "B3"), (.c1, "C1"), (.c2, "C2"), (.q1, "Q1"), (.q2, "Q2"),
    ]

    /// The labels of the conditions in the set, in order.
    public var labels: [String] { ExemptionConditions.labelled.filter { contains($0.condition) }.map(\.label) }
}
