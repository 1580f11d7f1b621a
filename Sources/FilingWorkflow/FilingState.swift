/// Where a filing stands (design.md §5).
///
/// Prior notifications move `draft → filed → waiting → (recommended → orderPending → ordered) → cleared →
/// executed → closed`, or to `withdrawn` before execution. Reports move `due → filed → closed`, through
/// `overdue` when the due date passes first.
public enum FilingState: String, Sendable, Hashable, CaseIterable {
    /// Being prepared; not yet submitted via the Bank of Japan.
    case draft
    /// Submitted (prior notification) or filed (report); not yet accepted or closed.
    case filed
    /// Accepted (受理); the waiting period (禁止期間) runs (Act 27(2)), possibly shortened or extended.
    case waiting
    /// A recommendation (勧告) to change or abort was received (Act 27(5)); the reply is due (D8).
    case recommended
    /// The recommendation was refused or not answered in time; an order (命令) may follow (Act 27(10), D10).
    case orderPending
    /// An order to change or abort was issued (Act 27(10)).
    case ordered
    /// The investment may be executed: the waiting period elapsed or was shortened, or the recommendation
    /// was accepted (D9).
    case cleared
    /// Executed; the execution report is due within 45 days (Ord. 7(1), D11).
    case executed
    /// Finished: execution report or report filed, or an order complied with.
    case closed
    /// Withdrawn before execution; every deadline cancelled.
    case withdrawn
    /// A report is due.
    case due
    /// A report's due date passed before it was filed.
    case overdue

    /// Whether no event but a note can follow.
    public var isTerminal: Bool { self == .closed || self == .withdrawn }
}
