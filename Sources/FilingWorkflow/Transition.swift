/// The result of applying an event: the case after it, the event type to record, and the deadline changes.
public struct Transition: Sendable, Hashable {
    /// The type recorded in the event log (for example `accepted`, `waitingPeriodElapsed`).
    public let eventType: String
    /// The case after the event.
    public let after: FilingCase
    /// Deadlines to arm. Arming a kind replaces that kind's pending deadline, if any.
    public let arm: [ArmedDeadline]
    /// Kinds whose pending deadline is cancelled.
    public let cancel: [FilingDeadlineKind]

    /// Creates a transition.
    public init(eventType: String, after: FilingCase, arm: [ArmedDeadline] = [], cancel: [FilingDeadlineKind] = []) {
        self.eventType = eventType
        self.after = after
        self.arm = arm
        self.cancel = cancel
    }
}

/// Why an event cannot be applied to a filing: not allowed in its state, or against the law's dates.
///
/// A refusal changes nothing. Its description is one line for a case handler: what was refused, why, and what
/// can be done instead.
public struct TransitionRefusal: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kind of refusal.
    public enum Reason: Sendable, Hashable {
        /// The event is not one the state allows.
        case notAllowedInState
        /// The event is allowed in the state, but its dates break a rule of law.
        case guardFailed
    }

    /// The kind of refusal.
    public let reason: Reason
    /// The event refused.
    public let event: FilingEventKind
    /// The filing's state.
    public let state: FilingState
    /// The events the state allows.
    public let allowed: [FilingEventKind]
    /// Why, in one sentence.
    public let message: String
    /// The rule id and statute behind a guard, if any.
    public let citation: String?

    public var description: String {
        var text = message
        if let citation { text += " (\(citation))" }
        if reason == .notAllowedInState {
            let names = allowed.filter { !$0.isSystemEvent }.map(\.rawValue)
            text += names.isEmpty ? "; no event is allowed" : "; allowed: " + names.joined(separator: ", ")
        }
        return text
    }
}
