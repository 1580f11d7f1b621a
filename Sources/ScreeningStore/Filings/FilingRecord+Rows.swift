import FilingWorkflow
import Foundation
import JapaneseCalendar
package import LibPQ
import ScreeningRules

extension FilingRecord {
    /// Decodes a row holding ``columns``.
    ///
    /// - Throws: ``PQError`` naming the column when a value is missing or outside its closed set.
    package init(row: QueryRow) throws(PQError) {
        let kindText = try row.decode(String.self, column: "kind")
        let stateText = try row.decode(String.self, column: "state")
        guard let kind = FilingKind(rawValue: kindText), let state = FilingState(rawValue: stateText) else {
            throw PQError(
                .decodingFailed, reason: "filings.kind or filings.state is outside the workflow's closed sets")
        }
        let months = try row.decode(Int?.self, column: "extended_to_months")
        var filing = FilingCase(kind: kind, state: state)
        filing.plannedExecution = try row.decode(LegalDate?.self, column: "planned_execution_on")
        filing.filedOn = try row.decode(LegalDate?.self, column: "filed_on")
        filing.acceptedOn = try row.decode(LegalDate?.self, column: "accepted_on")
        filing.waitingEndsOn = try row.decode(LegalDate?.self, column: "waiting_ends_on")
        filing.extendedTo = months.flatMap(ExtensionLength.init(rawValue:))
        filing.recommendationReceivedOn = try row.decode(LegalDate?.self, column: "recommendation_received_on")
        filing.recommendationAcceptedOn = try row.decode(LegalDate?.self, column: "recommendation_accepted_on")
        filing.executedOn = try row.decode(LegalDate?.self, column: "executed_on")
        filing.actOn = try row.decode(LegalDate?.self, column: "act_on")
        filing.assignee = try row.decode(UUID?.self, column: "assignee_id").map { $0.uuidString.lowercased() }
        self.init(
            id: try row.decode(UUID.self, column: "id"),
            organisationID: try row.decode(UUID.self, column: "organisation_id"),
            version: try row.decode(Int.self, column: "version"),
            filing: filing,
            rulesetVersion: try row.decode(String?.self, column: "ruleset_version"),
            createdAt: try row.decode(Date.self, column: "created_at"),
            updatedAt: try row.decode(Date.self, column: "updated_at")
        )
    }
}

extension DeadlineRecord {
    /// Decodes a row holding ``columns``.
    ///
    /// - Throws: ``PQError`` naming the column when a value is missing or outside its closed set.
    init(row: QueryRow) throws(PQError) {
        try self.init(row: row, prefix: "")
    }

    /// Decodes a row holding ``columns``, each named with `prefix` in front (for a row holding another record too).
    ///
    /// - Throws: ``PQError`` naming the column when a value is missing or outside its closed set.
    init(row: QueryRow, prefix: String) throws(PQError) {
        let kindText = try row.decode(String.self, column: prefix + "kind")
        let stateText = try row.decode(String.self, column: prefix + "state")
        guard let kind = FilingDeadlineKind(rawValue: kindText), let state = State(rawValue: stateText) else {
            throw PQError(.decodingFailed, reason: "deadlines.kind or deadlines.state is outside its closed set")
        }
        self.init(
            id: try row.decode(UUID.self, column: prefix + "id"),
            filingID: try row.decode(UUID.self, column: prefix + "filing_id"),
            organisationID: try row.decode(UUID.self, column: prefix + "organisation_id"),
            kind: kind,
            due: try row.decode(LegalDate.self, column: prefix + "due"),
            firesOn: try row.decode(LegalDate.self, column: prefix + "fires_on"),
            state: state,
            basis: try row.decode(String.self, column: prefix + "basis"),
            armedAt: try row.decode(Date.self, column: prefix + "armed_at"),
            firedAt: try row.decode(Date?.self, column: prefix + "fired_at"),
            cancelledAt: try row.decode(Date?.self, column: prefix + "cancelled_at")
        )
    }
}

extension FilingEventRecord {
    /// Decodes a row holding ``columns``.
    ///
    /// - Throws: ``PQError`` naming the column.
    init(row: QueryRow) throws(PQError) {
        self.init(
            id: try row.decode(Int64.self, column: "id"),
            filingID: try row.decode(UUID.self, column: "filing_id"),
            organisationID: try row.decode(UUID.self, column: "organisation_id"),
            filingVersion: try row.decode(Int.self, column: "filing_version"),
            type: try row.decode(String.self, column: "type"),
            actor: try row.decode(String.self, column: "actor"),
            recordedAt: try row.decode(Date.self, column: "recorded_at"),
            recordedAtText: try row.decode(String.self, column: "recorded_at_text"),
            effectiveOn: try row.decode(LegalDate.self, column: "effective_on"),
            payload: try row.decode(JSONValue.self, column: "payload"),
            prevHash: try row.decode(Data?.self, column: "prev_hash").map { Array($0) },
            hash: Array(try row.decode(Data.self, column: "hash"))
        )
    }

    /// The fields the hash covers.
    var auditFields: AuditEncoding.Fields {
        AuditEncoding.Fields(
            id: id, filingID: filingID, organisationID: organisationID, filingVersion: filingVersion, type: type,
            actor: actor, recordedAt: recordedAtText, effectiveOn: effectiveOn, payload: payload, prevHash: prevHash)
    }
}
