public import JapaneseCalendar

/// What the workflow needs to know about a filing to decide a transition: its kind, state and key legal dates.
///
/// The store keeps these in the filing's row; the pure transition function reads and returns them, so every guard
/// works from recorded facts and never from the clock.
public struct FilingCase: Sendable, Hashable {
    /// The kind of case.
    public var kind: FilingKind
    /// Where it stands.
    public var state: FilingState
    /// Prior notification: the planned execution date, when known (it sets the filing window, D1).
    public var plannedExecution: LegalDate?
    /// Prior notification: the date it was submitted.
    public var filedOn: LegalDate?
    /// Prior notification: the date it was accepted (受理).
    public var acceptedOn: LegalDate?
    /// Prior notification: the first day execution is permitted, as accepted, shortened or extended.
    public var waitingEndsOn: LegalDate?
    /// Prior notification: the extension in force, if any.
    public var extendedTo: ExtensionLength?
    /// Prior notification: when a recommendation was received.
    public var recommendationReceivedOn: LegalDate?
    /// Prior notification: when the recommendation was accepted (the act may then be done as recommended, D9).
    public var recommendationAcceptedOn: LegalDate?
    /// Prior notification: when the investment was executed.
    public var executedOn: LegalDate?
    /// Report cases: the date of the act or change the report is about.
    public var actOn: LegalDate?
    /// The case handler it is assigned to (an opaque person id).
    public var assignee: String?

    /// Creates a case snapshot.
    public init(
        kind: FilingKind,
        state: FilingState,
        plannedExecution: LegalDate? = nil,
        filedOn: LegalDate? = nil,
        acceptedOn: LegalDate? = nil,
        waitingEndsOn: LegalDate? = nil,
        extendedTo: ExtensionLength? = nil,
        recommendationReceivedOn: LegalDate? = nil,
        recommendationAcceptedOn: LegalDate? = nil,
        executedOn: LegalDate? = nil,
        actOn: LegalDate? = nil,
        assignee: String? = nil
    ) {
        self.kind = kind
        self.state = state
        self.plannedExecution = plannedExecution
        self.filedOn = filedOn
        self.acceptedOn = acceptedOn
        self.waitingEndsOn = waitingEndsOn
        self.extendedTo = extendedTo
        self.recommendationReceivedOn = recommendationReceivedOn
        self.recommendationAcceptedOn = recommendationAcceptedOn
        self.executedOn = executedOn
        self.actOn = actOn
        self.assignee = assignee
    }
}
