package import Foundation
package import LibPQ
package import Logging

/// Organisations and people: adding and finding them.
///
/// Deliberately small: enough to open filings for an organisation and to name the person who acts. Roles, grants
/// and row-level security (Schema/0005) build on these tables: see ``OrganisationDirectory/grantLogin(_:to:create:session:logger:)``
/// and ``OrganisationDirectory/session(pool:logger:)``.
package enum OrganisationDirectory {
    /// The roles a person can have (`people_role_check`).
    package static let roles = ["filer", "reviewer", "auditor", "worker", "admin"]

    /// Every organisation, by name.
    ///
    /// - Throws: ``StorageError``.
    package static func organisations(pool: DatabasePool, logger: Logger) async throws -> [OrganisationRecord] {
        try await run(pool: pool, logger: logger) { session in
            try await session.query("SELECT id, name, created_at FROM organisations ORDER BY name", logger: logger)
                .decode((UUID, String, Date).self).map { OrganisationRecord(id: $0.0, name: $0.1, createdAt: $0.2) }
        }
    }

    /// Adds an organisation.
    ///
    /// - Throws: ``StorageError/invalidValue(_:)`` for a blank or overlong name; ``StorageError/conflict(constraint:)``
    ///   when the name is taken.
    package static func addOrganisation(name: String, pool: DatabasePool, logger: Logger) async throws
        -> OrganisationRecord
    {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, trimmed.count <= 200, !trimmed.unicodeScalars.contains(where: { $0.value < 0x20 })
        else {
            throw StorageError.invalidValue("an organisation name is 1 to 200 characters without control characters")
        }
        return try await run(pool: pool, logger: logger) { session in
            let (id, created) = try await session.query(
                "INSERT INTO organisations (name) VALUES (\(trimmed)) RETURNING id, created_at", logger: logger
            ).decodeOne((UUID, Date).self)
            return OrganisationRecord(id: id, name: trimmed, createdAt: created)
        }
    }

    /// The id of the organisation `reference` (an id or a name) names, or `nil` without one: the `--org` filter of
    /// the listing commands, where no reference means every organisation the session may see.
    ///
    /// - Throws: ``StorageError/notFound(_:)`` for an unknown organisation.
    package static func organisationID(filteringBy reference: String?, pool: DatabasePool, logger: Logger)
        async throws -> UUID?
    {
        guard let reference else { return nil }
        return try await organisation(reference, pool: pool, logger: logger).id
    }

    /// The organisation named by `reference` (its id or its exact name), or with `nil` the only organisation the
    /// session sees, else the default organisation (Schema/0009_default_organisation.sql).
    ///
    /// - Throws: ``StorageError/notFound(_:)``; ``StorageError/invalidValue(_:)`` when `reference` is `nil`, there
    ///   are several organisations and none is the default, or there is none.
    package static func organisation(_ reference: String?, pool: DatabasePool, logger: Logger) async throws
        -> OrganisationRecord
    {
        let all = try await organisations(pool: pool, logger: logger)
        guard let reference else {
            if all.count > 1, let marked = try await markedDefault(pool: pool, logger: logger) { return marked }
            guard all.count == 1, let only = all.first else {
                throw StorageError.invalidValue(
                    all.isEmpty
                        ? "there is no organisation yet; add one with `fefta admin org add NAME`"
                        : "there are \(all.count) organisations; choose one with --org (id or name)")
            }
            return only
        }
        let id = UUID(uuidString: reference)
        guard let match = all.first(where: { $0.id == id || $0.name == reference }) else {
            throw StorageError.notFound("organisation '\(String(reference.prefix(60)))'")
        }
        return match
    }

    /// People, optionally of one organisation, by name.
    ///
    /// - Throws: ``StorageError``.
    package static func people(organisationID: UUID?, pool: DatabasePool, logger: Logger) async throws
        -> [PersonRecord]
    {
        try await run(pool: pool, logger: logger) { session in
            try await session.query(
                """
                SELECT \(unsafeRaw: PersonRecord.columns) FROM people
                WHERE \(organisationID) IS NULL OR organisation_id = \(organisationID)
                ORDER BY display_name, id
                """,
                logger: logger
            ).rows.map(PersonRecord.init(row:))
        }
    }

    /// Adds a person, and with `login` makes their database role a member of the group role of their `role`.
    ///
    /// - Parameters:
    ///   - dbRole: the database or operating-system user name that maps to them (lowercase, `[a-z_][a-z0-9_]*`).
    ///   - teamID: their team, which must belong to the organisation.
    ///   - login: grant `dbRole` its group role (``grantLogin(_:to:create:session:logger:)``), creating the LOGIN
    ///     role first when it is ``LoginGrant/create``; in the same transaction as the insert.
    /// - Throws: ``StorageError/invalidValue(_:)`` for a bad name, role or user name, or a role that cannot be
    ///   granted; ``StorageError/conflict(constraint:)`` when the user name is taken; ``StorageError/notFound(_:)``
    ///   for an unknown organisation or team; ``StorageError/permissionDenied(_:)`` when the session may not add
    ///   people or grant roles.
    package static func addPerson(
        organisationID: UUID, displayName: String, role: String, dbRole: String?, teamID: UUID? = nil,
        login: LoginGrant? = nil, pool: DatabasePool, logger: Logger
    ) async throws -> PersonRecord {
        let name = displayName.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty, name.count <= 200, !name.unicodeScalars.contains(where: { $0.value < 0x20 }) else {
            throw StorageError.invalidValue("a person's name is 1 to 200 characters without control characters")
        }
        guard roles.contains(role) else {
            throw StorageError.invalidValue("a role is one of: " + roles.joined(separator: ", "))
        }
        if let dbRole, !isUserName(dbRole) {
            throw StorageError.invalidValue(
                "a user name is 1 to 63 lowercase letters, digits and underscores, not starting with a digit")
        }
        if login != nil, dbRole == nil {
            throw StorageError.invalidValue("a database login needs the role's name (--db-role)")
        }
        return try await run(pool: pool, logger: logger) { session in
            let exists = try await session.query(
                "SELECT EXISTS (SELECT 1 FROM organisations WHERE id = \(organisationID))", logger: logger
            ).decodeOne(Bool.self)
            guard exists else { throw StorageError.notFound("organisation \(organisationID.uuidString.lowercased())") }
            if let teamID {
                let inOrganisation = try await session.query(
                    "SELECT EXISTS (SELECT 1 FROM teams WHERE id = \(teamID) AND organisation_id = \(organisationID))",
                    logger: logger
                ).decodeOne(Bool.self)
                guard inOrganisation else { throw StorageError.notFound("team \(teamID.uuidString.lowercased())") }
            }
            let id = try await session.query(
                """
                INSERT INTO people (organisation_id, display_name, role, db_role, team_id)
                VALUES (\(organisationID), \(name), \(role), \(dbRole), \(teamID)) RETURNING id
                """,
                logger: logger
            ).decodeOne(UUID.self)
            if let login, let dbRole {
                try await grantLogin(dbRole, to: role, create: login == .create, session: session, logger: logger)
            }
            return PersonRecord(
                id: id, organisationID: organisationID, displayName: name, role: role, dbRole: dbRole, teamID: teamID)
        }
    }

    /// The person whose database or operating-system user name is `userName`, if any.
    ///
    /// - Throws: ``StorageError``.
    package static func person(userName: String, pool: DatabasePool, logger: Logger) async throws -> PersonRecord? {
        guard isUserName(userName) else { return nil }
        return try await run(pool: pool, logger: logger) { session in
            try await session.query(
                "SELECT \(unsafeRaw: PersonRecord.columns) FROM people WHERE db_role = \(userName)", logger: logger
            ).rows.map(PersonRecord.init(row:)).first
        }
    }

    /// The person with this id, if any.
    ///
    /// - Throws: ``StorageError``.
    package static func person(id: UUID, pool: DatabasePool, logger: Logger) async throws -> PersonRecord? {
        try await run(pool: pool, logger: logger) { session in
            try await session.query(
                "SELECT \(unsafeRaw: PersonRecord.columns) FROM people WHERE id = \(id)", logger: logger
            ).rows.map(PersonRecord.init(row:)).first
        }
    }

    /// Whether `name` fits `people.db_role` (`^[a-z_][a-z0-9_]{0,62}$`).
    package static func isUserName(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        guard let first = bytes.first, bytes.count <= 63, first == UInt8(ascii: "_") || (97...122).contains(first)
        else { return false }
        return bytes.allSatisfy { $0 == UInt8(ascii: "_") || (97...122).contains($0) || (48...57).contains($0) }
    }

    static func run<Result: Sendable>(
        pool: DatabasePool, logger: Logger, _ body: (DatabaseSession) async throws -> Result
    ) async throws -> Result {
        do {
            return try await pool.withTransaction(logger: logger) { session in try await body(session) }
        } catch let error as PQError {
            throw StorageError(error)
        }
    }
}

extension PersonRecord {
    /// The columns ``init(row:)`` reads.
    static let columns = "id, organisation_id, display_name, role, db_role, team_id"

    init(row: QueryRow) throws {
        self.init(
            id: try row.decode(UUID.self, column: "id"),
            organisationID: try row.decode(UUID.self, column: "organisation_id"),
            displayName: try row.decode(String.self, column: "display_name"),
            role: try row.decode(String.self, column: "role"),
            dbRole: try row.decode(String?.self, column: "db_role"),
            teamID: try row.decode(UUID?.self, column: "team_id"))
    }
}
