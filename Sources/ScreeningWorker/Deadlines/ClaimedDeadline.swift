package import FilingWorkflow
package import Foundation
package import JapaneseCalendar
package import ScreeningStore

/// A due deadline, claimed (row-locked) inside the transaction that fires it.
package struct ClaimedDeadline: Sendable, Hashable {
    /// The deadline's id.
    package var id: UUID
    /// The filing it belongs to, as read under the claim's row lock.
    package var filing: FilingRecord
    /// The filing's id.
    package var filingID: UUID { filing.id }
    /// Its kind.
    package var kind: FilingDeadlineKind
    /// Its due date.
    package var due: LegalDate
    /// Today in Japan by the database clock: the event's effective date.
    package var today: LegalDate
    /// How long it has been due: since its firing day (`fires_on`) began in Japan, or since it was armed if later.
    package var lag: Duration

    /// Creates a claimed deadline.
    package init(
        id: UUID, filing: FilingRecord, kind: FilingDeadlineKind, due: LegalDate, today: LegalDate, lag: Duration
    ) {
        self.id = id
        self.filing = filing
        self.kind = kind
        self.due = due
        self.today = today
        self.lag = lag
    }
}

/// What firing one deadline did.
package enum FiringOutcome: Sendable, Hashable {
    /// The transition was applied: one event, the filing updated, the deadline fired.
    case fired(eventType: String)
    /// The workflow refused the event (the deadline no longer applies); nothing was written. The reason is a
    /// one-line description without personal data.
    case refused(reason: String)
}
