package import Foundation

/// One row of `organisations`: a tenant (a law firm, a fund, a ministry team).
package struct OrganisationRecord: Sendable, Hashable {
    /// The organisation's id.
    package var id: UUID
    /// Its name, unique.
    package var name: String
    /// When it was added.
    package var createdAt: Date
}

/// One row of `people`: someone who acts in fefta, in one organisation and one role.
package struct PersonRecord: Sendable, Hashable {
    /// The person's id, recorded as `person:<id>` on the events they record.
    package var id: UUID
    /// Their organisation.
    package var organisationID: UUID
    /// Their name as shown to colleagues (never written to logs or the event log).
    package var displayName: String
    /// `filer`, `reviewer`, `auditor`, `worker` or `admin`.
    package var role: String
    /// The database or operating-system user name that maps to this person, if any.
    package var dbRole: String?
    /// Their team, if any (a reviewer sees the filings assigned to anyone in it).
    package var teamID: UUID?

    /// A person.
    package init(
        id: UUID, organisationID: UUID, displayName: String, role: String, dbRole: String?, teamID: UUID? = nil
    ) {
        self.id = id
        self.organisationID = organisationID
        self.displayName = displayName
        self.role = role
        self.dbRole = dbRole
        self.teamID = teamID
    }
}

/// One row of `teams`: a group of people within an organisation.
package struct TeamRecord: Sendable, Hashable {
    /// The team's id.
    package var id: UUID
    /// Its organisation.
    package var organisationID: UUID
    /// Its name, unique within the organisation.
    package var name: String
}
