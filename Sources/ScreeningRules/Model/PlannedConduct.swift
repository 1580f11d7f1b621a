/// What the investor plans to do that an exemption condition forbids (design.md §4 `plans`).
///
/// Each member is one `plans.*` key set to `true`; an omitted or `false` key means the investor will comply.
/// The bits line up with ``ExemptionConditions``: planning a conduct breaks the condition of the same bit.
public struct PlannedConduct: OptionSet, Sendable, Hashable {
    /// The bits of the set.
    public let rawValue: UInt8
    /// A set from its bits.
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// `plans.boardSeat` (breaks B1).
    public static let boardSeat = PlannedConduct(rawValue: ExemptionConditions.b1.rawValue)
    /// `plans.proposeBusinessTransferOrAbolition` (breaks B2).
    public static let proposeBusinessTransferOrAbolition = PlannedConduct(rawValue: ExemptionConditions.b2.rawValue)
    /// `plans.accessNonPublicTechnology` (breaks B3).
    public static let accessNonPublicTechnology = PlannedConduct(rawValue: ExemptionConditions.b3.rawValue)
    /// `plans.attendCoreBoardMeetings` (breaks C1).
    public static let attendCoreBoardMeetings = PlannedConduct(rawValue: ExemptionConditions.c1.rawValue)
    /// `plans.writtenProposalsWithDeadline` (breaks C2).
    public static let writtenProposalsWithDeadline = PlannedConduct(rawValue: ExemptionConditions.c2.rawValue)
    /// `plans.accessNonPublicInformation` (breaks Q1).
    public static let accessNonPublicInformation = PlannedConduct(rawValue: ExemptionConditions.q1.rawValue)
    /// `plans.staffOrSolicitPersonnel` (breaks Q2).
    public static let staffOrSolicitPersonnel = PlannedConduct(rawValue: ExemptionConditions.q2.rawValue)

    /// Each planned conduct with its JSON key, in contract order.
    public static let keyed: [(conduct: PlannedConduct, key: String)] = [
        (.boardSeat, "boardSeat"),
        (.proposeBusinessTransferOrAbolition, "proposeBusinessTransferOrAbolition"),
        (.accessNonPublicTechnology, "accessNonPublicTechnology"),
        (.attendCoreBoardMeetings, "attendCoreBoardMeetings"),
        (.writtenProposalsWithDeadline, "writtenProposalsWithDeadline"),
        (.accessNonPublicInformation, "accessNonPublicInformation"),
        (.staffOrSolicitPersonnel, "staffOrSolicitPersonnel"),
    ]

    /// The conditions this conduct would break.
    public var brokenConditions: ExemptionConditions { ExemptionConditions(rawValue: rawValue) }
}
