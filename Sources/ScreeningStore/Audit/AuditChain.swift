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
/// the appending statement until commit (through `fefta_lock_audit_chain()`, Schema/0005, so no role needs UPDATE on
/// the head); ids are assigned as head + 1, so the log has no gap. The appending statement itself fills the id,
/// previous hash and timestamp into the event's ``AuditEncoding/Template`` and hashes it with PostgreSQL's `sha256`,
/// so the head is held for that one statement and the commit, not for a round trip and a hash in between; the
/// appender then checks the hash against its own encoding before it commits. A trigger
/// (`filing_events_chain`) refuses any insert that does not extend the head, and others refuse UPDATE, DELETE and
/// TRUNCATE.
package enum AuditChain {
    /// The `NOTIFY` channel every change to a filing signals, so the daemon wakes.
    package static let wakeupChannel = "fefta_wakeup"

    /// Appends one event to the log, in the caller's transaction, and (unless `notifying` is false) signals
    /// ``wakeupChannel``.
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
    ///   - notifying: whether this transaction signals ``wakeupChannel``; false when the caller signals once for
    ///     a batch of transactions itself (the daemon's firings).
    ///   - committing: commit the caller's transaction with the appending statement, in the same round trip, so
    ///     the chain head is released without waiting for the client again; then a hash that does not match the
    ///     event's encoding (never expected) is reported after the commit instead of preventing it.
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
        notifying: Bool = true,
        committing: Bool = false,
        in session: DatabaseSession,
        logger: Logger
    ) async throws -> FilingEventRecord {
        let appending = try Appending(
            filing: filing, type: type, actor: actor, effectiveOn: effectiveOn, payload: payload, notifying: notifying)
        return try appending.record(
            from: try await session.query(appending.statement, logger: logger, committing: committing),
            committed: committing, logger: logger)
    }

    /// One event's appending statement, built before it is sent (alone by ``append(filing:type:actor:effectiveOn:payload:notifying:committing:in:logger:)``,
    /// or after the filing's update in one round trip), and the reading of its result.
    struct Appending {
        let filing: FilingRecord
        let type: String
        let actor: FilingActor
        let effectiveOn: LegalDate
        let payload: JSONValue
        let template: AuditEncoding.Template
        /// Locks the head, takes the next id, hashes the canonical text with the gaps filled exactly as
        /// `AuditEncoding.Template.filled` fills them, inserts, signals; returns what ``record(from:committed:logger:)``
        /// checks.
        let statement: SQL

        /// Builds the statement.
        ///
        /// - Parameter requiringVersion: insert only if the filing's row is at `filing.version` when the statement
        ///   runs (for a statement sent with the filing's update without waiting for it: when the update changed
        ///   nothing, nothing is appended).
        /// - Throws: ``StorageError/invalidValue(_:)`` for a payload `jsonb` would not keep as it is.
        init(
            filing: FilingRecord, type: String, actor: FilingActor, effectiveOn: LegalDate, payload: JSONValue,
            notifying: Bool, requiringVersion: Bool = false
        ) throws {
            guard AuditEncoding.isStable(payload) else {
                throw StorageError.invalidValue(
                    "an event payload may hold only integers, strings without NUL, booleans, arrays and objects")
            }
            self.filing = filing
            self.type = type
            self.actor = actor
            self.effectiveOn = effectiveOn
            self.payload = payload
            // The template ignores the id, previous hash and timestamp, which the statement fills in.
            let template = AuditEncoding.template(
                AuditEncoding.Fields(
                    id: 0, filingID: filing.id, organisationID: filing.organisationID, filingVersion: filing.version,
                    type: type, actor: actor.description, recordedAt: "", effectiveOn: effectiveOn, payload: payload,
                    prevHash: nil))
            self.template = template
            let wakeup: JSONValue = [
                "change": "filingEvent", "filing": .string(filing.id.uuidString.lowercased()), "event": .string(type),
            ]
            let signal: SQL =
                notifying ? ", pg_notify(\(wakeupChannel), \(wakeup.serialized()))::text" : ", NULL::text"
            let requirement: SQL =
                requiringVersion
                ? "\nWHERE EXISTS (SELECT FROM filings WHERE id = \(filing.id) AND version = \(filing.version))" : ""
            self.statement = """
                WITH head AS (
                    SELECT coalesce(last_event_id, 0) + 1 AS id, last_hash AS prev_hash,
                        to_char(now() AT TIME ZONE 'UTC', \(unsafeRaw: FilingEventRecord.recordedAtPattern)) AS recorded_at_text
                    FROM fefta_lock_audit_chain()
                ),
                appended AS (
                    INSERT INTO filing_events
                        (id, filing_id, organisation_id, filing_version, type, actor, actor_person_id, recorded_at,
                         effective_on, payload, prev_hash, hash)
                    OVERRIDING SYSTEM VALUE
                    SELECT h.id, \(filing.id), \(filing.organisationID), \(filing.version), \(type), \(actor.description),
                        \(actor.personID), now(), \(effectiveOn), \(payload), h.prev_hash,
                        sha256(convert_to(\(template.beforeID) || h.id::text || \(template.beforePrevHash)
                            || coalesce('"' || encode(h.prev_hash, 'hex') || '"', 'null') || \(template.beforeRecordedAt)
                            || '"' || h.recorded_at_text || '"' || \(template.end), 'UTF8'))
                    FROM head h\(sql: requirement)
                    RETURNING id, prev_hash, hash, recorded_at
                )
                SELECT a.id, a.prev_hash, a.hash, a.recorded_at, h.recorded_at_text\(sql: signal)
                FROM appended a CROSS JOIN head h
                """
        }

        /// Reads the appended event from the statement's result and checks its hash against the encoding.
        ///
        /// - Parameter committed: whether the statement's transaction committed with it, so a mismatch (never
        ///   expected) is reported rather than prevented.
        /// - Throws: ``StorageError/invalidValue(_:)`` when the hash does not match; ``PQError`` when nothing was
        ///   appended.
        func record(from result: QueryResult, committed: Bool, logger: Logger) throws -> FilingEventRecord {
            let (id, storedPrevHash, hash, recordedAt, recordedAtText, _) = try result.decodeOne(
                (Int64, Data?, Data, Date, String, String?).self)
            let prevHash = storedPrevHash.map { Array($0) }
            let expected = SHA256.hash(template.filled(id: id, prevHash: prevHash, recordedAt: recordedAtText).utf8)
                .bytes
            guard [UInt8](hash) == expected else {
                // Never expected: the database's filling of the template differs from AuditEncoding's. Before the
                // commit, rolling back keeps an event that `audit verify` would reject out of the log.
                guard committed else {
                    throw StorageError.invalidValue(
                        "event \(id)'s hash computed by the database does not match its canonical encoding; "
                            + "nothing was written")
                }
                logger.critical(
                    "an appended event's hash does not match its encoding", metadata: ["event.id": "\(id)"])
                throw StorageError.invalidValue(
                    "event \(id) was committed with a hash that does not match its canonical encoding; "
                        + "`fefta audit verify` reports it")
            }
            return FilingEventRecord(
                id: id, filingID: filing.id, organisationID: filing.organisationID, filingVersion: filing.version,
                type: type, actor: actor.description, recordedAt: recordedAt, recordedAtText: recordedAtText,
                effectiveOn: effectiveOn, payload: payload, prevHash: prevHash, hash: expected)
        }
    }
}
