package import Foundation
package import LibPQ
package import Logging

extension OrganisationDirectory {
    /// Adds a team to an organisation.
    ///
    /// - Throws: ``StorageError/invalidValue(_:)`` for a blank or overlong name; ``StorageError/conflict(constraint:)``
    ///   when the organisation has a team of that name; ``StorageError/notFound(_:)`` for an unknown organisation.
    package static func addTeam(organisationID: UUID, name: String, pool: DatabasePool, logger: Logger) async throws
        -> TeamRecord
    {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, trimmed.count <= 200, !trimmed.unicodeScalars.contains(where: { $0.value < 0x20 })
        else {
            throw StorageError.invalidValue("a team name is 1 to 200 characters without control characters")
        }
        return try await run(pool: pool, logger: logger) { session in
            let exists = try await session.query(
                "SELECT EXISTS (SELECT 1 FROM organisations WHERE id = \(organisationID))", logger: logger
            ).decodeOne(Bool.self)
            guard exists else { throw StorageError.notFound("organisation \(organisationID.uuidString.lowercased())") }
            let id = try await session.query(
                "INSERT INTO teams (organisation_id, name) VALUES (\(organisationID), \(trimmed)) RETURNING id",
                logger: logger
            ).decodeOne(UUID.self)
            return TeamRecord(id: id, organisationID: organisationID, name: trimmed)
        }
    }

    /// Teams, optionally of one organisation, by name.
    ///
    /// - Throws: ``StorageError``.
    package static func teams(organisationID: UUID?, pool: DatabasePool, logger: Logger) async throws -> [TeamRecord] {
        try await run(pool: pool, logger: logger) { session in
            try await session.query(
                """
                SELECT id, organisation_id, name FROM teams
                WHERE \(organisationID) IS NULL OR organisation_id = \(organisationID)
                ORDER BY name, id
                """,
                logger: logger
            ).decode((UUID, UUID, String).self).map { TeamRecord(id: $0.0, organisationID: $0.1, name: $0.2) }
        }
    }

    /// The team of `organisationID` named by `reference` (its id or its exact name).
    ///
    /// - Throws: ``StorageError/notFound(_:)``.
    package static func team(_ reference: String, organisationID: UUID, pool: DatabasePool, logger: Logger)
        async throws -> TeamRecord
    {
        let id = UUID(uuidString: reference)
        guard
            let match = try await teams(organisationID: organisationID, pool: pool, logger: logger)
                .first(where: { $0.id == id || $0.name == reference })
        else {
            throw StorageError.notFound("team '\(String(reference.prefix(60)))' in the organisation")
        }
        return match
    }
}
