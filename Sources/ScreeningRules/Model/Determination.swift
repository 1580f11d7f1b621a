public import JapaneseCalendar

/// The answer for one transaction (design.md §4 output).
///
/// Without findings (``ScreeningEngine/determine(_:)``) a determination holds only scalars, so computing one
/// allocates nothing; ``ScreeningEngine/explain(_:)`` adds the findings trail.
public struct Determination: Sendable, Hashable {
    /// The answer.
    public var outcome: Outcome
    /// The terms of the prior notification, when one is required.
    public var priorNotification: PriorNotificationTerms?
    /// The exemption, when the outcome is `exempt`.
    public var exemption: Exemption?
    /// The post-investment report due, if any.
    public var report: ReportObligation?
    /// The facts needed to decide (for `undetermined`).
    public var missingFacts: FactPaths
    /// The reasoning (empty from ``ScreeningEngine/determine(_:)``).
    public var findings: [Finding]
    /// The regime applied; its ``Regime/version`` is `ruleset.version`.
    public var regime: Regime?

    /// A determination.
    public init(
        outcome: Outcome, priorNotification: PriorNotificationTerms? = nil, exemption: Exemption? = nil,
        report: ReportObligation? = nil, missingFacts: FactPaths = [], findings: [Finding] = [], regime: Regime?
    ) {
        self.outcome = outcome
        self.priorNotification = priorNotification
        self.exemption = exemption
        self.report = report
        self.missingFacts = missingFacts
        self.findings = findings
        self.regime = regime
    }
}

/// The terms of a required prior notification (Act 27(1)-(2); Order 3(3); Ord. 7(1)).
public struct PriorNotificationTerms: Sendable, Hashable {
    /// The waiting period after acceptance, in days (30).
    public var waitingDays: Int
    /// The notification must be filed within this many months before the act (6).
    public var filingWindowMonths: Int
    /// The execution report is due this many days after the act (45).
    public var executionReportDays: Int

    /// Terms.
    public init(waitingDays: Int, filingWindowMonths: Int, executionReportDays: Int) {
        self.waitingDays = waitingDays
        self.filingWindowMonths = filingWindowMonths
        self.executionReportDays = executionReportDays
    }
}

/// An exemption from prior notification and the conditions the investor must keep.
public struct Exemption: Sendable, Hashable {
    /// The route.
    public var basis: ExemptionBasis
    /// The conditions (B1…Q2).
    public var conditions: ExemptionConditions

    /// An exemption.
    public init(basis: ExemptionBasis, conditions: ExemptionConditions) {
        self.basis = basis
        self.conditions = conditions
    }
}

/// A post-investment report obligation.
public struct ReportObligation: Sendable, Hashable {
    /// The row of 別表第三.
    public var row: ReportRow
    /// The due date: the act date + 45 days, moved to the next working day (D11, D12).
    public var dueDate: LegalDate
    /// The form (from the row).
    public var form: String { row.form }

    /// An obligation.
    public init(row: ReportRow, dueDate: LegalDate) {
        self.row = row
        self.dueDate = dueDate
    }
}
