package import FilingWorkflow
package import Foundation

/// One row of `filings` without its determination and facts (see ``FilingStore/determination(of:in:logger:)``).
package struct FilingRecord: Sendable, Hashable {
    /// The filing's id.
    package var id: UUID
    /// The organisation it belongs to.
    package var organisationID: UUID
    /// Incremented by every event; the version a case handler saw is checked on their next change.
    package var version: Int
    /// Kind, state and legal dates, as the workflow sees them; `assignee` is a person id.
    package var filing: FilingCase
    /// The ruleset version that decided the opening determination.
    package var rulesetVersion: String?
    /// When the case was opened.
    package var createdAt: Date
    /// When it last changed.
    package var updatedAt: Date

    /// The kind of case.
    package var kind: FilingKind { filing.kind }
    /// Where it stands.
    package var state: FilingState { filing.state }
    /// The assigned case handler.
    package var assigneeID: UUID? { filing.assignee.flatMap(UUID.init(uuidString:)) }

    /// The columns ``init(row:)`` reads, for `SELECT` lists.
    static let columns = """
        id, organisation_id, kind, state, version, ruleset_version, planned_execution_on, filed_on, accepted_on, \
        waiting_ends_on, extended_to_months, recommendation_received_on, recommendation_accepted_on, executed_on, \
        act_on, assignee_id, created_at, updated_at
        """

    /// ``columns`` qualified by a table alias (`f.id, f.organisation_id, …`), for a query joining `filings AS f`
    /// to other tables whose rows ``init(row:)`` then decodes.
    package static func selectList(qualifiedBy alias: String) -> String {
        columns.split(separator: ",").map { "\(alias).\($0.trimmingCharacters(in: .whitespacesAndNewlines))" }
            .joined(separator: ", ")
    }
}
