/// What a filing is: the three kinds of case this system carries.
public enum FilingKind: String, Sendable, Hashable, CaseIterable {
    /// A prior notification (事前届出) under FEFTA Art. 27(1), from draft to execution report.
    case priorNotification
    /// A post-investment report (事後報告) under FEFTA Art. 55-5 and Ord. 6-2 (rows P1–P16).
    case postInvestmentReport
    /// A change report (変更報告) under Ord. 7(4) after a Form 11-2 report.
    case changeReport

    /// The state a new case of this kind starts in.
    public var initialState: FilingState {
        switch self {
        case .priorNotification: .draft
        case .postInvestmentReport, .changeReport: .due
        }
    }

    /// The states a case of this kind can be in.
    public var states: [FilingState] {
        switch self {
        case .priorNotification:
            [.draft, .filed, .waiting, .recommended, .orderPending, .ordered, .cleared, .executed, .closed, .withdrawn]
        case .postInvestmentReport, .changeReport:
            [.due, .overdue, .filed, .closed, .withdrawn]
        }
    }
}
