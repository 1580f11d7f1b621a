import FilingWorkflow
import LibPQ
import Logging
import ScreeningStore

extension DeadlineFiringService {
    /// Fires a deadline through `FilingStore.apply`, the one transition function `fefta filing` uses too, inside
    /// the claim transaction, on the filing and deadline the claim locked and read: the deadline becomes `fired`,
    /// the workflow's event is appended to the audit chain (actor `system:feftad`, effective date today in Japan by
    /// the database clock), the filing moves, and the store writes the `deadlineFired` notification. The filing's
    /// update and the event's statement go in one round trip with the `COMMIT` (nothing follows a firing in its
    /// transaction), so a firing is two round trips and the global chain head is not held while the daemon reads
    /// an answer. It does not `NOTIFY fefta_wakeup`:
    /// the service signals once after each batch (``DeadlineFiringService``), so firings neither wake every
    /// daemon's loops once each nor take PostgreSQL's notification-queue lock, which serialises the commits of
    /// notifying transactions.
    ///
    /// A refusal (the workflow no longer applies the deadline, or the filing or deadline is gone) is thrown by the
    /// store before it writes anything, so it is returned as ``FiringOutcome/refused(reason:)`` and the claim
    /// transaction parks the deadline.
    package static let store: FireDeadline = { deadline, session, logger in
        do {
            let applied = try await FilingStore.apply(
                .deadlineReached(deadline.kind, on: deadline.today), toLocked: deadline.filing,
                claimed: DeadlineReference(id: deadline.id, due: deadline.due), actor: .daemon,
                notifying: false, committing: true, in: session, logger: logger)
            return .fired(eventType: applied.eventType)
        } catch let refusal as TransitionRefusal {
            return .refused(reason: refusal.description)
        } catch StorageError.notFound(let what) {
            return .refused(reason: "\(what) was not found")
        }
    }
}
