/// The answer of a determination (design.md §4 `outcome`).
public enum Outcome: String, Sendable, Hashable, CaseIterable {
    /// Not an inward direct investment, or one with no obligation.
    case noFiling
    /// No prior notification; a post-investment report is due.
    case postInvestmentReport
    /// Prior notification would apply but the exemption covers it; `report` says whether a report is due.
    case exempt
    /// Prior notification is required.
    case priorNotification
    /// A fact the decision needs is missing (see `missingFacts`).
    case undetermined
}
