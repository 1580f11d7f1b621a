import FilingWorkflow

/// What one applied transition wrote: the filing after it, its event, and the deadlines it changed.
package struct AppliedTransition: Sendable, Hashable {
    /// The filing after the event (its version is the event's `filingVersion`).
    package var filing: FilingRecord
    /// The event appended to the log.
    package var event: FilingEventRecord
    /// Deadlines armed by the transition.
    package var armed: [DeadlineRecord]
    /// Deadlines cancelled by the transition, or replaced by one it armed.
    package var cancelled: [DeadlineRecord]
    /// For ``FilingWorkflow/FilingEvent/deadlineReached(_:on:)``: the deadline that was fired.
    package var fired: DeadlineRecord?

    /// The event type recorded, such as `waitingPeriodElapsed`.
    package var eventType: String { event.type }
}
