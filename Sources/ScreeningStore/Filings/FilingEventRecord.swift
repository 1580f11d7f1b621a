package import Foundation
package import JapaneseCalendar
package import ScreeningRules

/// One row of `filing_events`: an event of the append-only, hash-chained log.
package struct FilingEventRecord: Sendable, Hashable {
    /// The event's position in the whole log: 1, 2, 3… with no gap.
    package var id: Int64
    /// The filing.
    package var filingID: UUID
    /// The filing's organisation.
    package var organisationID: UUID
    /// The filing's version after the event (1 for `opened`).
    package var filingVersion: Int
    /// The event type, such as `accepted` or `waitingPeriodElapsed` (``FilingWorkflow/Transition/eventType``).
    package var type: String
    /// Who recorded it: `person:<uuid>` or `system:<name>`.
    package var actor: String
    /// When it was recorded (the database clock).
    package var recordedAt: Date
    /// `recordedAt` as hashed: UTC, microseconds, `YYYY-MM-DDTHH:MM:SS.ffffffZ`.
    package var recordedAtText: String
    /// The legal date the event took effect.
    package var effectiveOn: LegalDate
    /// What happened: the event's arguments, the states before and after, the deadlines armed and cancelled.
    package var payload: JSONValue
    /// The previous event's hash (`nil` for event 1).
    package var prevHash: [UInt8]?
    /// SHA-256 over ``AuditEncoding/canonical(_:)`` of this event.
    package var hash: [UInt8]

    /// The `to_char` pattern of `recorded_at_text` (UTC, microseconds), the form ``AuditEncoding`` hashes.
    static let recordedAtPattern = #"'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'"#

    /// The columns ``init(row:)`` reads, for `SELECT` lists.
    static let columns = """
        id, filing_id, organisation_id, filing_version, type, actor, recorded_at, \
        to_char(recorded_at AT TIME ZONE 'UTC', \(recordedAtPattern)) AS recorded_at_text, effective_on, \
        payload, prev_hash, hash
        """
}
