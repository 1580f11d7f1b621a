import Foundation
package import LibPQ
package import Logging

extension OrganisationDirectory {
    /// The name the default organisation is created with.
    package static let defaultOrganisationName = "Default organisation"

    /// The default organisation (Schema/0009_default_organisation.sql: the one row marked `is_default`), created as "Default organisation"
    /// when there is none.
    ///
    /// Whatever command asks first creates it; a unique index lets only one row carry the mark, so concurrent
    /// callers all get the same organisation.
    ///
    /// - Returns: the organisation, and whether this call created it.
    /// - Throws: ``StorageError/conflict(constraint:)`` when an organisation of that name exists but is not the
    ///   default; ``StorageError/permissionDenied(_:)`` when the session may not create organisations.
    package static func defaultOrganisation(pool: DatabasePool, logger: Logger) async throws -> (
        OrganisationRecord, created: Bool
    ) {
        try await run(pool: pool, logger: logger) { session in
            try await defaultOrganisation(in: session, logger: logger)
        }
    }

    /// ``defaultOrganisation(pool:logger:)`` inside the caller's transaction (read committed: the second look sees
    /// what a concurrent caller committed).
    ///
    /// - Throws: `PQError`; ``StorageError/conflict(constraint:)`` when the name is taken by another organisation.
    package static func defaultOrganisation(in session: DatabaseSession, logger: Logger) async throws -> (
        OrganisationRecord, created: Bool
    ) {
        if let found = try await markedDefault(session, logger: logger) { return (found, false) }
        let made = try await session.query(
            """
            INSERT INTO organisations (name, is_default) VALUES (\(defaultOrganisationName), true)
            ON CONFLICT DO NOTHING RETURNING id, name, created_at
            """, logger: logger
        ).decodeFirst((UUID, String, Date).self)
        if let made { return (OrganisationRecord(id: made.0, name: made.1, createdAt: made.2), true) }
        // Another session created it meanwhile, or the name is taken by an organisation that is not the default.
        if let found = try await markedDefault(session, logger: logger) { return (found, false) }
        throw StorageError.conflict(constraint: "organisations_name_key")
    }

    /// The organisation marked default, if any.
    package static func markedDefault(pool: DatabasePool, logger: Logger) async throws -> OrganisationRecord? {
        try await run(pool: pool, logger: logger) { session in try await markedDefault(session, logger: logger) }
    }

    private static func markedDefault(_ session: DatabaseSession, logger: Logger) async throws -> OrganisationRecord? {
        try await session.query("SELECT id, name, created_at FROM organisations WHERE is_default", logger: logger)
            .decodeFirst((UUID, String, Date).self).map { OrganisationRecord(id: $0.0, name: $0.1, createdAt: $0.2) }
    }
}
