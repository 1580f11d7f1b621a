package import Foundation

/// Who the database says the session is: its roles, the fefta group roles it holds and the person it acts as.
///
/// Read by ``OrganisationDirectory/session(pool:logger:)``. Row-level security (Schema/0005) keys on the same
/// mapping, `people.db_role` = the session's current role, so the person here is the one every event the session
/// records must name.
package struct SessionIdentity: Sendable, Hashable {
    /// The role privileges are checked against (`current_user`).
    package var currentRole: String
    /// The role that logged in (`session_user`).
    package var loginRole: String
    /// Whether the session is not subject to row-level security: a superuser, a role with BYPASSRLS, or the owner
    /// of the tables (the role that ran the migrations).
    package var bypassesRowSecurity: Bool
    /// The fefta group roles (`fefta_filer`…) the current role has the privileges of.
    package var groups: [String]
    /// The person the current role maps to, if any.
    package var personID: UUID?
    /// That person's organisation.
    package var organisationID: UUID?
    /// That person's team.
    package var teamID: UUID?
    /// That person's role (`filer`, `reviewer`…).
    package var personRole: String?

    /// The group role a person of `role` logs in under: `fefta_filer` for `filer`.
    package static func groupRole(for role: String) -> String {
        "fefta_" + role
    }
}
