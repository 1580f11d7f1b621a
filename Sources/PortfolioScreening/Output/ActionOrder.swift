package import JapaneseCalendar
package import ScreeningRules

/// The order of portfolio tables, what needs action first: prior notification; not screened; undetermined; a
/// report due (earliest first); exempt without a report; no filing. Within each, the issuer nearest a threshold
/// comes first, then by securities code.
package struct ActionOrder: Comparable, Sendable {
    let rank: Int
    let due: Int32
    let headroom: Int64
    let code: String

    /// The place of an issuer with this outcome (`nil`: not screened), report due date, headroom and code.
    package init(outcome: Outcome?, reportDue: LegalDate?, headroom: Percent?, code: String) {
        switch outcome {
        case .priorNotification: rank = 0
        case nil: rank = 1
        case .undetermined: rank = 2
        case .postInvestmentReport: rank = 3
        case .exempt: rank = reportDue == nil ? 4 : 3
        case .noFiling: rank = 5
        }
        due = rank == 3 ? reportDue?.dayNumber ?? .max : .max
        self.headroom = headroom?.units ?? .max
        self.code = code
    }

    package static func < (lhs: ActionOrder, rhs: ActionOrder) -> Bool {
        (lhs.rank, lhs.due, lhs.headroom, lhs.code) < (rhs.rank, rhs.due, rhs.headroom, rhs.code)
    }
}
