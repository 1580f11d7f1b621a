import FilingWorkflow
import Foundation
import JapaneseCalendar
import LibPQ
import Logging
import ScreeningRules

/// The global hash chain of `filing_events`: appending an event and verifying the whole log.
///
/// Every event's hash is SHA-256 over its ``AuditEncoding`` canonical encoding, which includes the previous event's
/// hash. Appenders serialise on the one row of `audit_chain` (the head: last id and hash), held `FOR UPDATE` from
/// just before the insert until commit (through `fefta_lock_audit_chain()`, Schema/0005, so no role needs UPDATE on
/// the head); ids are assigned as head + 1, so the log has no gap. A trigger
/// (`filing_events_chain`) refuses any insert that does not extend the head, and others refuse UPDATE, DELETE and
/// TRUNCATE.
package enum AuditChain {
    /// The `NOTIFY` channel every change to a filing signals, so the daemon wakes.
    package static let wakeupChannel = "fefta_wakeup"

    /// Appends one event to the log, in the caller's transaction, and signals ``wakeupChannel``.
    ///
    /// Call it as the last statement that writes, so the head row stays locked for as short a time as possible
    /// (until the caller commits).
    ///
    /// - Parameters:
    ///   - filing: the filing, after the event.
    ///   - type: the event type.
    ///   - actor: who recorded it.
    ///   - effectiveOn: the legal date it took effect.
    ///   - payload: what happened; numbers must be integers (``AuditEncoding/isStable(_:)``).
    ///   - session: a session inside a transaction.
    ///   - logger: for the statements.
    /// - Returns: the stored event.
    /// - Throws: ``StorageError/invalidValue(_:)`` for a payload `jsonb` would not keep as it is; ``PQError``.
    static func append(
        filing: FilingRecord,
        type: String,
        actor: FilingActor,
        effectiveOn: LegalDate,
        payload: JSONValue,
        in session: DatabaseSession,
        logger: Logger
    ) async throws -> FilingEventRecord {
        guard AuditEncoding.isStable(payload) else {
            throw StorageError.invalidValue(
                "an event payload may hold only integers, strings without NUL, booleans, arrays and objects")
        }
        let (lastID, lastHash, recordedAtText, recordedAt) = try await session.query(
            """
            SELECT last_event_id, last_hash,
                to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), now()
            FROM fefta_lock_audit_chain()
            """,
            logger: logger
        ).decodeOne((Int64?, Data?, String, Date).self)
        let prevHash = lastHash.map { Array($0) }
        let fields = AuditEncoding.Fields(
            id: (lastID ?? 0) + 1, filingID: filing.id, organisationID: filing.organisationID,
            filingVersion: filing.version, type: type, actor: actor.description, recordedAt: recordedAtText,
            effectiveOn: effectiveOn, payload: payload, prevHash: prevHash)
        let hash = AuditEncoding.hash(fields)
        let wakeup: JSONValue = [
            "change": "filingEvent", "filing": .string(filing.id.uuidString.lowercased()), "event": .string(type),
        ]
        try await session.query(
            """
            WITH appended AS (
                INSERT INTO filing_events
                    (id, filing_id, organisation_id, filing_version, type, actor, actor_person_id, recorded_at,
                     effective_on, payload, prev_hash, hash)
                OVERRIDING SYSTEM VALUE VALUES (\(fields.id), \(filing.id), \(filing.organisationID), \(filing.version), \(type),
                    \(actor.description), \(actor.personID), now(), \(effectiveOn), \(payload),
                    \(prevHash.map { Data($0) }), \(Data(hash)))
                RETURNING id
            )
            SELECT pg_notify(\(wakeupChannel), \(wakeup.serialized())) FROM appended
            """,
            logger: logger
        )
        return FilingEventRecord(
            id: fields.id, filingID: filing.id, organisationID: filing.organisationID, filingVersion: filing.version,
            type: type, actor: actor.description, recordedAt: recordedAt, recordedAtText: recordedAtText,
            effectiveOn: effectiveOn, payload: payload, prevHash: prevHash, hash: hash)
    }
}
