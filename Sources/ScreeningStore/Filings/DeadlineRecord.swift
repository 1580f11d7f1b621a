package import FilingWorkflow
package import Foundation
package import JapaneseCalendar

/// One row of `deadlines`: a statutory deadline a filing armed.
package struct DeadlineRecord: Sendable, Hashable {
    /// Where a deadline stands.
    package enum State: String, Sendable, Hashable, CaseIterable {
        /// Armed and not yet reached.
        case pending
        /// Reached: the daemon recorded it on the filing.
        case fired
        /// Cancelled by a transition, or replaced by a new deadline of the same kind.
        case cancelled
    }

    /// The deadline's id.
    package var id: UUID
    /// The filing that armed it.
    package var filingID: UUID
    /// The filing's organisation.
    package var organisationID: UUID
    /// Which deadline.
    package var kind: FilingDeadlineKind
    /// The due date (for `waitingPeriodEnd`, the first day execution is permitted).
    package var due: LegalDate
    /// The first day it counts as reached, when the daemon fires it (``FilingDeadlineKind/reachedOn(due:)``).
    package var firesOn: LegalDate
    /// Pending, fired or cancelled.
    package var state: State
    /// The rule id and statute that set the date.
    package var basis: String
    /// When it was armed.
    package var armedAt: Date
    /// When it was fired.
    package var firedAt: Date?
    /// When it was cancelled.
    package var cancelledAt: Date?

    /// The columns ``init(row:)`` reads, for `SELECT` lists.
    static let columns =
        "id, filing_id, organisation_id, kind, due, fires_on, state, basis, armed_at, fired_at, cancelled_at"
}

/// A deadline as an event names it: its id and due date.
package struct DeadlineReference: Sendable, Hashable {
    /// The deadline's id.
    package var id: UUID
    /// Its due date.
    package var due: LegalDate

    package init(id: UUID, due: LegalDate) {
        self.id = id
        self.due = due
    }
}

extension DeadlineRecord {
    /// The deadline's id and due date.
    package var reference: DeadlineReference {
        DeadlineReference(id: id, due: due)
    }
}
