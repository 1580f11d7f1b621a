import FilingWorkflow
import Foundation
import JapaneseCalendar
import LibPQ
import Logging
import ScreeningRules

extension FilingStore {
    /// The deadline rows one transition changed.
    struct DeadlineChanges {
        var fired: DeadlineRecord?
        var cancelled: [DeadlineRecord] = []
        var armed: [DeadlineRecord] = []
    }

    /// Refuses event arguments the database would not keep as given, before anything is read or written.
    static func validate(_ event: FilingEvent) throws {
        try validate(event.date)
        switch event {
        case .shorten(_, let until):
            try validate(until)
        case .note(_, let text):
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty else { throw StorageError.invalidValue("a note cannot be empty") }
            guard text.count <= maximumNoteLength else {
                throw StorageError.invalidValue(
                    "a note is at most \(maximumNoteLength) characters; this one has \(text.count)")
            }
            guard !text.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\n" && $0 != "\t" }) else {
                throw StorageError.invalidValue("a note may not contain control characters other than newline and tab")
            }
        case .assign(_, let person):
            guard UUID(uuidString: person) != nil else {
                throw StorageError.invalidValue("a filing is assigned to a person id (a UUID), not to a name")
            }
        default:
            break
        }
    }

    /// Refuses a date the FEFTA calendar cannot count from (``JapaneseCalendar/FEFTADeadlines/supportedDates``).
    static func validate(_ date: LegalDate) throws {
        guard FEFTADeadlines.supportedDates.contains(date) else {
            throw StorageError.invalidValue(
                "\(date) is out of range: filing dates lie between \(FEFTADeadlines.supportedDates.lowerBound) and "
                    + "\(FEFTADeadlines.supportedDates.upperBound)")
        }
    }

    /// Throws ``StorageError/notFound(_:)`` unless `person` is a person of `organisation`.
    static func requirePerson(
        _ person: UUID, in organisation: UUID, session: DatabaseSession, logger: Logger
    ) async throws {
        let exists = try await session.query(
            "SELECT EXISTS (SELECT 1 FROM people WHERE organisation_id = \(organisation) AND id = \(person))",
            logger: logger
        ).decodeOne(Bool.self)
        guard exists else {
            throw StorageError.notFound("person \(person.uuidString.lowercased()) in the filing's organisation")
        }
    }

    /// Cancels the kinds the transition cancels or re-arms, then arms the new deadlines, in that order (so a kind
    /// re-armed replaces its pending deadline). The deadline being fired (`fired`, by
    /// ``update(_:to:firing:eventType:session:logger:)``) is kept in the changes and needs no cancelling.
    static func changeDeadlines(
        of filing: FilingRecord, transition: Transition, fired: DeadlineRecord?, session: DatabaseSession,
        logger: Logger
    ) async throws -> DeadlineChanges {
        var changes = DeadlineChanges(fired: fired)
        let clearing = clearedKinds(of: transition, firing: fired?.kind)
        if !clearing.isEmpty {
            changes.cancelled = try await session.query(
                """
                UPDATE deadlines SET state = 'cancelled', cancelled_at = now()
                WHERE filing_id = \(filing.id) AND state = 'pending' AND kind = ANY(\(clearing))
                RETURNING \(unsafeRaw: DeadlineRecord.columns)
                """,
                logger: logger
            ).rows.map(DeadlineRecord.init(row:))
        }
        for deadline in transition.arm {
            let armed = try await session.query(
                """
                INSERT INTO deadlines (filing_id, organisation_id, kind, due, fires_on, basis)
                VALUES (\(filing.id), \(filing.organisationID), \(deadline.kind.rawValue), \(deadline.due),
                    \(deadline.reachedOn), \(String(deadline.basis.prefix(500))))
                RETURNING \(unsafeRaw: DeadlineRecord.columns)
                """,
                logger: logger
            ).rows.map(DeadlineRecord.init(row:))
            changes.armed += armed
        }
        return changes
    }

    /// The kinds whose pending deadline the transition cancels or replaces: what it cancels and what it arms, but
    /// not the kind being fired, which has no pending deadline left (one per kind) and needs no cancelling.
    static func clearedKinds(of transition: Transition, firing: FilingDeadlineKind?) -> [String] {
        var clearing: [String] = []
        for kind in transition.cancel + transition.arm.map(\.kind)
        where kind != firing && !clearing.contains(kind.rawValue) {
            clearing.append(kind.rawValue)
        }
        return clearing
    }

    /// The fired deadline's columns beside the filing's in ``update(_:to:firing:eventType:session:logger:)``,
    /// each named `fired_…` for ``DeadlineRecord/init(row:prefix:)``; built once.
    private static let firedDeadlineColumns = DeadlineRecord.columns.split(separator: ", ")
        .map { ", f.\($0) AS fired_\($0)" }.joined()

    /// Writes the filing's state and dates after a transition and increments its version; with `firing`, in the
    /// same statement, marks the filing's pending deadline of that kind `fired` and writes its `deadlineFired`
    /// notification to the outbox, and writes nothing at all when there is no such deadline.
    ///
    /// - Returns: the filing after the transition, and the deadline fired.
    /// - Throws: ``StorageError/notFound(_:)`` when there is no pending deadline of kind `firing` (nothing written).
    static func update(
        _ before: FilingRecord, to after: FilingCase, firing: FilingDeadlineKind?, eventType: String,
        session: DatabaseSession, logger: Logger
    ) async throws -> (filing: FilingRecord, fired: DeadlineRecord?) {
        let result = try await session.query(
            updateStatement(before, to: after, firing: firing, eventType: eventType), logger: logger)
        return try updated(before, firing: firing, from: result)
    }

    /// The statement of ``update(_:to:firing:eventType:session:logger:)``.
    static func updateStatement(
        _ before: FilingRecord, to after: FilingCase, firing: FilingDeadlineKind?, eventType: String
    ) -> SQL {
        let months = after.extendedTo.map { Int16($0.rawValue) }
        let assignee = after.assignee.flatMap(UUID.init(uuidString:))
        // Without a deadline to fire, the statement is the UPDATE alone; with one, the UPDATE runs only when the
        // deadline was pending, and the notification is built from both rows.
        var fire: SQL = ""
        var onlyIfFired: SQL = ""
        var announce: SQL = ""
        var firedColumns: SQL = ""
        var joinFired: SQL = ""
        if let firing {
            fire = """
                fired AS (
                    UPDATE deadlines SET state = 'fired', fired_at = now()
                    WHERE filing_id = \(before.id) AND kind = \(firing.rawValue) AND state = 'pending'
                    RETURNING \(unsafeRaw: DeadlineRecord.columns)
                ),
                """
            onlyIfFired = " AND EXISTS (SELECT FROM fired)"
            announce = """
                , announced AS (
                    INSERT INTO notifications (organisation_id, filing_id, deadline_id, kind, payload)
                    SELECT u.organisation_id, u.id, f.id, 'deadlineFired', jsonb_build_object(
                        'filing', u.id::text, 'filingKind', u.kind, 'deadline', f.id::text, 'kind', f.kind,
                        'due', to_char(f.due, 'YYYY-MM-DD'), 'event', \(eventType)::text, 'state', u.state)
                    FROM updated u CROSS JOIN fired f
                )
                """
            firedColumns = SQL(unsafeRaw: firedDeadlineColumns)
            joinFired = " CROSS JOIN fired f"
        }
        return """
            WITH \(sql: fire)updated AS (
                UPDATE filings SET state = \(after.state.rawValue), version = version + 1,
                    planned_execution_on = \(after.plannedExecution), filed_on = \(after.filedOn),
                    accepted_on = \(after.acceptedOn), waiting_ends_on = \(after.waitingEndsOn),
                    extended_to_months = \(months), recommendation_received_on = \(after.recommendationReceivedOn),
                    recommendation_accepted_on = \(after.recommendationAcceptedOn), executed_on = \(after.executedOn),
                    act_on = \(after.actOn), assignee_id = \(assignee), updated_at = now()
                WHERE id = \(before.id)\(sql: onlyIfFired)
                RETURNING \(unsafeRaw: FilingRecord.columns)
            )\(sql: announce)
            SELECT u.*\(sql: firedColumns) FROM updated u\(sql: joinFired)
            """
    }

    /// Reads the result of ``updateStatement(_:to:firing:eventType:)``.
    ///
    /// - Throws: ``StorageError/notFound(_:)`` when it changed nothing (no pending deadline of kind `firing`).
    static func updated(_ before: FilingRecord, firing: FilingDeadlineKind?, from result: QueryResult) throws -> (
        filing: FilingRecord, fired: DeadlineRecord?
    ) {
        guard let row = result.rows.first else {
            if let firing {
                throw StorageError.notFound(
                    "a pending \(firing.rawValue) deadline of filing \(before.id.uuidString.lowercased())")
            }
            throw StorageError.notFound("filing \(before.id)")
        }
        return (try FilingRecord(row: row), try firing.map { _ in try DeadlineRecord(row: row, prefix: "fired_") })
    }

    /// A new filing row, with its determination and facts as stored (for their digests).
    struct InsertedFiling {
        var record: FilingRecord
        var determination: JSONValue?
        var facts: JSONValue?
    }

    /// Inserts a new filing at version 1.
    static func insert(
        _ opening: FilingOpening, _ filing: FilingCase, session: DatabaseSession, logger: Logger
    ) async throws -> InsertedFiling {
        let result = try await session.query(
            """
            INSERT INTO filings (organisation_id, kind, state, ruleset_version, determination, facts,
                planned_execution_on, act_on)
            VALUES (\(opening.organisationID), \(filing.kind.rawValue), \(filing.state.rawValue),
                \(opening.rulesetVersion), \(opening.determination), \(opening.facts), \(filing.plannedExecution),
                \(filing.actOn))
            RETURNING \(unsafeRaw: FilingRecord.columns), determination, facts
            """,
            logger: logger
        )
        guard let row = result.rows.first else { throw StorageError.notFound("the new filing") }
        return InsertedFiling(
            record: try FilingRecord(row: row),
            determination: try row.decode(JSONValue?.self, column: "determination"),
            facts: try row.decode(JSONValue?.self, column: "facts"))
    }

    /// The event's payload: the states before and after, the event's own arguments, the deadline fired (its id and
    /// due date) and the deadline changes.
    static func eventPayload(
        _ event: FilingEvent, from state: FilingState, transition: Transition, fired: DeadlineReference?,
        changes: DeadlineChanges
    ) -> JSONValue {
        var payload = JSONObject()
        payload["from"] = .string(state.rawValue)
        payload["to"] = .string(transition.after.state.rawValue)
        switch event {
        case .shorten(_, let until): payload["until"] = .string(until.iso8601)
        case .extend(_, let months): payload["months"] = .number(JSONNumber(months.rawValue))
        case .reply(_, let accepted): payload["accepted"] = .bool(accepted)
        case .assign(_, let person): payload["assignee"] = .string(person.lowercased())
        case .note(_, let text): payload["text"] = .string(text)
        case .deadlineReached(let kind, _):
            payload["deadline"] = .string(kind.rawValue)
            if let fired {
                payload["deadlineId"] = .string(fired.id.uuidString.lowercased())
                payload["due"] = .string(fired.due.iso8601)
            }
        default: break
        }
        addDeadlineChanges(changes, to: &payload)
        return .object(payload)
    }

    /// Adds `armed` (kind, due, basis) and `cancelled` (kinds) members when the transition changed deadlines.
    static func addDeadlineChanges(_ changes: DeadlineChanges, to payload: inout JSONObject) {
        if !changes.armed.isEmpty {
            payload["armed"] = .array(
                changes.armed.map { deadline in
                    [
                        "kind": .string(deadline.kind.rawValue), "due": .string(deadline.due.iso8601),
                        "basis": .string(deadline.basis),
                    ]
                })
        }
        if !changes.cancelled.isEmpty {
            payload["cancelled"] = .array(changes.cancelled.map { .string($0.kind.rawValue) })
        }
    }
}
