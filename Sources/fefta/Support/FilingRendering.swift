import FilingWorkflow
import Foundation
import JapaneseCalendar
import ScreeningRules
import ScreeningStore

/// The JSON shapes of `fefta filing`, `queue`, `deadlines` and `audit` (issue 5 §4): the members the contract
/// names come first, in its order; further members follow.
enum FilingJSON {
    /// `filing show` (with events) and `filing list` (without): `id`, `kind`, `state`, `version`,
    /// `determination`, `deadlines` [`kind`, `due`, `state`…], `events` [`id`, `type`, `date`, `actor`…].
    static func filing(_ detail: FilingDetail, events: Bool) -> JSONValue {
        let record = detail.record
        var object = JSONObject()
        object["id"] = .string(id(record.id))
        object["kind"] = .string(record.kind.rawValue)
        object["state"] = .string(record.state.rawValue)
        object["version"] = .number(JSONNumber(record.version))
        object["determination"] = detail.determination ?? .null
        object["deadlines"] = .array(detail.deadlines.map(deadline))
        if events { object["events"] = .array(detail.events.map(eventSummary)) }
        object["organisation"] = .string(id(record.organisationID))
        object["assignee"] = record.assigneeID.map { .string(id($0)) } ?? .null
        object["rulesetVersion"] = record.rulesetVersion.map { .string($0) } ?? .null
        object["dates"] = dates(record.filing)
        object["createdAt"] = .string(instant(record.createdAt))
        object["updatedAt"] = .string(instant(record.updatedAt))
        return .object(object)
    }

    /// A transition's result: the filing after it, its event and the deadlines it changed.
    static func applied(_ applied: AppliedTransition) -> JSONValue {
        var object = JSONObject()
        object["id"] = .string(id(applied.filing.id))
        object["kind"] = .string(applied.filing.kind.rawValue)
        object["state"] = .string(applied.filing.state.rawValue)
        object["version"] = .number(JSONNumber(applied.filing.version))
        object["event"] = eventSummary(applied.event)
        object["armed"] = .array(applied.armed.map(deadline))
        object["cancelled"] = .array(applied.cancelled.map(deadline))
        return .object(object)
    }

    /// A deadline: `kind`, `due`, `state`, then `id`, `firesOn`, `basis`.
    static func deadline(_ deadline: DeadlineRecord) -> JSONValue {
        [
            "kind": .string(deadline.kind.rawValue), "due": .string(deadline.due.iso8601),
            "state": .string(deadline.state.rawValue), "id": .string(id(deadline.id)),
            "firesOn": .string(deadline.firesOn.iso8601), "basis": .string(deadline.basis),
        ]
    }

    /// An event in a filing: `id`, `type`, `date`, `actor`, `version`, `recordedAt`.
    static func eventSummary(_ event: FilingEventRecord) -> JSONValue {
        [
            "id": .number(JSONNumber(Int(event.id))), "type": .string(event.type),
            "date": .string(event.effectiveOn.iso8601), "actor": .string(event.actor),
            "version": .number(JSONNumber(event.filingVersion)), "recordedAt": .string(event.recordedAtText),
        ]
    }

    /// An event with everything the audit needs: the summary, the payload and the hashes.
    static func auditEvent(_ event: FilingEventRecord) -> JSONValue {
        guard case .object(var object) = eventSummary(event) else { return .null }
        object["payload"] = event.payload
        object["prevHash"] = event.prevHash.map { .string(hex($0)) } ?? .null
        object["hash"] = .string(hex(event.hash))
        return .object(object)
    }

    /// A pending deadline with its filing.
    static func listing(_ listing: DeadlineListing) -> JSONValue {
        guard case .object(var object) = deadline(listing.deadline) else { return .null }
        object["filing"] = [
            "id": .string(id(listing.filing.id)), "kind": .string(listing.filing.kind.rawValue),
            "state": .string(listing.filing.state.rawValue), "organisation": .string(listing.organisationName),
        ]
        return .object(object)
    }

    /// A line of the work list.
    static func queueItem(_ item: QueueItem) -> JSONValue {
        var object = JSONObject()
        object["id"] = .string(id(item.record.id))
        object["kind"] = .string(item.record.kind.rawValue)
        object["state"] = .string(item.record.state.rawValue)
        object["version"] = .number(JSONNumber(item.record.version))
        object["overdue"] = .bool(item.isOverdue)
        object["missedDue"] = item.missedDue.map { .string($0.iso8601) } ?? .null
        object["next"] = item.next.map(deadline) ?? .null
        object["assignee"] = item.record.assigneeID.map { .string(id($0)) } ?? .null
        return .object(object)
    }

    private static func dates(_ filing: FilingCase) -> JSONValue {
        var object = JSONObject()
        func add(_ key: String, _ date: LegalDate?) { if let date { object[key] = .string(date.iso8601) } }
        add("plannedExecution", filing.plannedExecution)
        add("filed", filing.filedOn)
        add("accepted", filing.acceptedOn)
        add("waitingEnds", filing.waitingEndsOn)
        if let months = filing.extendedTo { object["extendedToMonths"] = .number(JSONNumber(months.rawValue)) }
        add("recommendationReceived", filing.recommendationReceivedOn)
        add("recommendationAccepted", filing.recommendationAcceptedOn)
        add("executed", filing.executedOn)
        add("act", filing.actOn)
        return .object(object)
    }

    static func id(_ uuid: UUID) -> String { uuid.uuidString.lowercased() }

    static func instant(_ date: Date) -> String {
        var formatter = Date.ISO8601FormatStyle()
        formatter.timeZone = TimeZone(identifier: "UTC") ?? .current
        return date.formatted(formatter)
    }

    static func hex(_ bytes: [UInt8]) -> String {
        bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
    }
}
