package import FilingWorkflow
package import Foundation
package import JapaneseCalendar
package import ScreeningRules

/// What opens a filing: its organisation and kind, the dates that arm its first deadline, and the determination.
package struct FilingOpening: Sendable, Hashable {
    /// The organisation the filing belongs to.
    package var organisationID: UUID
    /// The kind of case.
    package var kind: FilingKind
    /// For a prior notification, the planned execution date, if known (it arms the filing window, D1).
    package var plannedExecution: LegalDate?
    /// For a report case, the date of the act or change reported (it arms the report deadline).
    package var actOn: LegalDate?
    /// The ruleset version that decided the determination (`ruleset.version`, `YYYY-MM-DD`).
    package var rulesetVersion: String?
    /// The `fefta check` output that calls for the filing.
    package var determination: JSONValue?
    /// The transaction facts the determination was computed from.
    package var facts: JSONValue?

    /// Creates an opening.
    package init(
        organisationID: UUID, kind: FilingKind, plannedExecution: LegalDate? = nil, actOn: LegalDate? = nil,
        rulesetVersion: String? = nil, determination: JSONValue? = nil, facts: JSONValue? = nil
    ) {
        self.organisationID = organisationID
        self.kind = kind
        self.plannedExecution = plannedExecution
        self.actOn = actOn
        self.rulesetVersion = rulesetVersion
        self.determination = determination
        self.facts = facts
    }
}
