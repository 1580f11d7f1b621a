import Foundation
package import LibPQ
package import Logging

/// What `fefta admin person add --db-role` does with the person's database role.
package enum LoginGrant: Sendable, Hashable {
    /// The LOGIN role exists: make it a member of the person's group role.
    case existing
    /// Create the LOGIN role (without a password), then make it a member of the group role.
    case create
}

extension OrganisationDirectory {
    /// The fefta group roles (Schema/0005), one per person role.
    package static let groupRoles = roles.map(SessionIdentity.groupRole(for:))

    /// Makes the database role `roleName` a member of the group role of `personRole` (`fefta_filer` for `filer`),
    /// creating it as a LOGIN role without a password first when `create` is set, inside the caller's transaction.
    ///
    /// A password is never set here: the person's password is set with `\password ROLE` in psql (which sends only a
    /// SCRAM verifier), or the login authenticates another way (peer, certificate); see the README.
    ///
    /// - Throws: ``StorageError/invalidValue(_:)`` when the role name is reserved (`pg_…`, `fefta_…`), the role is
    ///   missing without `create` or present with it, is a superuser or has BYPASSRLS, owns fefta's tables, or
    ///   already holds another fefta group role; ``StorageError/permissionDenied(_:)`` when the session may not create
    ///   roles or grant the group role (it needs CREATEROLE, or to be a superuser).
    package static func grantLogin(
        _ roleName: String, to personRole: String, create: Bool, session: DatabaseSession, logger: Logger
    ) async throws {
        guard isUserName(roleName), !roleName.hasPrefix("pg_"), !roleName.hasPrefix("fefta_") else {
            throw StorageError.invalidValue(
                "'\(String(roleName.prefix(63)))' cannot be a login: use lowercase letters, digits and underscores, "
                    + "not starting with pg_ or fefta_")
        }
        guard roles.contains(personRole) else {
            throw StorageError.invalidValue("a role is one of: " + roles.joined(separator: ", "))
        }
        let group = SessionIdentity.groupRole(for: personRole)
        let existing = try await session.query(
            """
            SELECT r.rolsuper OR r.rolbypassrls,
                EXISTS (SELECT 1 FROM pg_catalog.pg_class c
                        WHERE c.relowner = r.oid AND c.relnamespace = current_schema()::regnamespace),
                coalesce((SELECT array_agg(g.rolname::text ORDER BY g.rolname)
                          FROM pg_catalog.pg_auth_members m JOIN pg_catalog.pg_roles g ON g.oid = m.roleid
                          WHERE m.member = r.oid AND g.rolname = ANY(\(groupRoles))), '{}')
            FROM pg_catalog.pg_roles r WHERE r.rolname = \(roleName)
            """,
            logger: logger
        ).decodeFirst((Bool, Bool, [String]).self)
        if let (privileged, owner, groups) = existing {
            guard !create else {
                throw StorageError.invalidValue(
                    "the database role \(roleName) exists already; leave out --create-login to map it")
            }
            guard !privileged else {
                throw StorageError.invalidValue(
                    "the database role \(roleName) is a superuser or has BYPASSRLS, so row-level security would not "
                        + "apply to it; map a plain login role")
            }
            guard !owner else {
                throw StorageError.invalidValue(
                    "the database role \(roleName) owns fefta's tables (it runs the migrations) and is not subject to "
                        + "row-level security; map a plain login role")
            }
            if let other = groups.first(where: { $0 != group }) {
                throw StorageError.invalidValue(
                    "the database role \(roleName) is already a member of \(other); a login acts in one fefta role")
            }
        } else {
            guard create else {
                throw StorageError.invalidValue(
                    "there is no database role \(roleName); pass --create-login to create it (LOGIN, no password), "
                        + "or create it yourself first")
            }
            try await session.execute("CREATE ROLE \(identifier: roleName) LOGIN", logger: logger)
        }
        try await session.execute("GRANT \(identifier: group) TO \(identifier: roleName)", logger: logger)
        logger.debug("login granted", metadata: ["db.group": "\(group)", "db.created": "\(create)"])
    }

    /// Who the database says this session is (``SessionIdentity``).
    ///
    /// Works on a database without Schema/0005 too: the session then maps to no person.
    ///
    /// - Throws: ``StorageError``.
    package static func session(pool: DatabasePool, logger: Logger) async throws -> SessionIdentity {
        try await run(pool: pool, logger: logger) { session in
            let (current, login, bypasses, groups, mapped) = try await session.query(
                """
                SELECT current_user::text, session_user::text,
                    (SELECT r.rolsuper OR r.rolbypassrls FROM pg_catalog.pg_roles r WHERE r.rolname = current_user)
                    OR coalesce((SELECT pg_catalog.pg_has_role(current_user, c.relowner, 'USAGE')
                                 FROM pg_catalog.pg_class c WHERE c.oid = to_regclass('filings')), false),
                    coalesce((SELECT array_agg(r.rolname::text ORDER BY r.rolname) FROM pg_catalog.pg_roles r
                              WHERE r.rolname = ANY(\(groupRoles))
                                AND pg_catalog.pg_has_role(current_user, r.oid, 'USAGE')), '{}'),
                    to_regprocedure('fefta_person_of(name)') IS NOT NULL
                """,
                logger: logger
            ).decodeOne((String, String, Bool, [String], Bool).self)
            var identity = SessionIdentity(
                currentRole: current, loginRole: login, bypassesRowSecurity: bypasses, groups: groups)
            if mapped,
                let (person, organisation, team, role) = try await session.query(
                    "SELECT person_id, organisation_id, team_id, person_role FROM fefta_person_of(current_user)",
                    logger: logger
                ).decodeFirst((UUID, UUID, UUID?, String).self)
            {
                identity.personID = person
                identity.organisationID = organisation
                identity.teamID = team
                identity.personRole = role
            }
            return identity
        }
    }
}
