import FilingWorkflow
import Foundation
import JapaneseCalendar
import ScreeningRules
import ScreeningStore

/// The text forms of the case handler's commands, for a terminal.
enum FilingText {
    /// The first 8 hexadecimal digits of an id, enough to name a filing on the command line.
    static func short(_ id: UUID) -> String { String(id.uuidString.lowercased().prefix(8)) }

    /// A date with its weekday, `2025-10-22 (Wed)`.
    static func day(_ date: LegalDate) -> String { "\(date) (\(date.weekday.name.prefix(3)))" }

    /// One transition: what happened, the version, and the deadlines changed.
    static func applied(_ applied: AppliedTransition, before: FilingState?) -> String {
        var lines: [String] = []
        let move = before.map {
            $0 == applied.filing.state ? "" : " (\($0.rawValue) → \(applied.filing.state.rawValue))"
        }
        lines.append(
            "filing \(short(applied.filing.id)) \(applied.event.type)\(move ?? " (\(applied.filing.state.rawValue))"), "
                + "version \(applied.filing.version)")
        for deadline in applied.armed {
            lines.append(
                "  armed      \(deadline.kind.rawValue) due \(day(deadline.due))  "
                    + "[\(Citation.render(deadline.basis, LanguageOptions.locale))]")
        }
        for deadline in applied.cancelled { lines.append("  cancelled  \(deadline.kind.rawValue) due \(deadline.due)") }
        return lines.joined(separator: "\n")
    }

    /// `filing show`: the case, its deadlines and its history.
    static func detail(_ detail: FilingDetail) -> String {
        let record = detail.record
        var lines = [
            "filing     \(record.id.uuidString.lowercased())",
            "kind       \(record.kind.rawValue)",
            "state      \(record.state.rawValue) (version \(record.version))",
        ]
        if case .object(let determination)? = detail.determination,
            case .string(let outcome)? = determination["outcome"]
        {
            lines.append("outcome    \(outcome) (ruleset \(record.rulesetVersion ?? "-"))")
        }
        if let assignee = record.assigneeID { lines.append("assignee   \(assignee.uuidString.lowercased())") }
        let filing = record.filing
        for (label, date) in [
            ("planned", filing.plannedExecution), ("filed", filing.filedOn), ("accepted", filing.acceptedOn),
            ("waiting to", filing.waitingEndsOn), ("executed", filing.executedOn), ("act", filing.actOn),
        ] {
            if let date { lines.append(label.padding(toLength: 11, withPad: " ", startingAt: 0) + day(date)) }
        }
        let allowed = Workflow.allowedEvents(record.kind, record.state).filter { $0 != .deadlineReached }
        lines.append("next       " + allowed.map(\.rawValue).joined(separator: ", "))
        if !detail.deadlines.isEmpty {
            lines.append("deadlines")
            for deadline in detail.deadlines {
                lines.append(
                    "  \(deadline.state.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)) "
                        + "\(deadline.kind.rawValue.padding(toLength: 20, withPad: " ", startingAt: 0)) \(day(deadline.due))"
                )
            }
        }
        if !detail.events.isEmpty {
            lines.append("events")
            for event in detail.events {
                lines.append(
                    "  #\(event.id)  v\(event.filingVersion)  \(event.effectiveOn)  "
                        + "\(event.type.padding(toLength: 24, withPad: " ", startingAt: 0)) \(event.actor)")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// A one-line summary for `filing list`.
    static func summary(_ detail: FilingDetail) -> String {
        let next = detail.deadlines.first { $0.state == .pending }
        return
            "\(short(detail.record.id))  \(detail.record.kind.rawValue.padding(toLength: 20, withPad: " ", startingAt: 0)) "
            + "\(detail.record.state.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)) v\(detail.record.version)"
            + (next.map { "  next: \($0.kind.rawValue) \(day($0.due))" } ?? "")
    }
}
