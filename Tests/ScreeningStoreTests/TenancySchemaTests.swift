import DatabaseTestSupport
import Foundation
import LibPQ
import Testing

@testable import ScreeningStore

/// `Schema/0001_organisations_and_people.sql`: the constraints hold, and violations map to `StorageError`.
@Suite struct TenancySchemaTests {
    private func insertOrganisation(_ name: String, _ db: TestDatabase) async throws -> UUID {
        try await db.pool.withTransaction(logger: db.logger) { session in
            try await session.query(
                "INSERT INTO organisations (name) VALUES (\(name)) RETURNING id", logger: db.logger
            ).decodeOne(UUID.self)
        }
    }

    private func insertPerson(
        _ organisation: UUID, name: String, role: String, dbRole: String? = nil, _ db: TestDatabase
    ) async throws {
        try await db.pool.withTransaction(logger: db.logger) { session in
            try await session.execute(
                """
                INSERT INTO people (organisation_id, display_name, role, db_role)
                VALUES (\(organisation), \(name), \(role), \(dbRole))
                """,
                logger: db.logger
            )
        }
    }

    /// Runs `body` and returns the `StorageError` its `PQError` maps to.
    private func storageError(_ body: () async throws -> Void) async -> StorageError? {
        do {
            try await body()
            return nil
        } catch let error as PQError {
            return StorageError(error)
        } catch {
            return nil
        }
    }

    @Test(.hangGuard)
    func peopleBelongToAnOrganisationInOneOfTheFiveRoles() async throws {
        try await withTestDatabase { db in
            let firm = try await insertOrganisation("長島・大野・常松法律事務所", db)
            for role in ["filer", "reviewer", "auditor", "worker", "admin"] {
                try await insertPerson(firm, name: "担当者 \(role)", role: role, db)
            }
            let stored = try await db.pool.withConnection(logger: db.logger) { session in
                try await session.query(
                    "SELECT o.name, count(*) FROM people p JOIN organisations o ON o.id = p.organisation_id GROUP BY o.name",
                    logger: db.logger
                ).decodeOne((String, Int64).self)
            }
            #expect(stored.0 == "長島・大野・常松法律事務所")
            #expect(stored.1 == 5)

            let badRole = await storageError { try await insertPerson(firm, name: "X", role: "owner", db) }
            guard case .database(let error)? = badRole else {
                Issue.record("role outside the closed set accepted: \(String(describing: badRole))")
                return
            }
            #expect(error.sqlState == .checkViolation)
            #expect(error.constraintName == "people_role_check")

            let orphan = await storageError { try await insertPerson(UUID(), name: "Y", role: "filer", db) }
            guard case .database(let fk)? = orphan else {
                Issue.record("a person without an organisation was accepted")
                return
            }
            #expect(fk.sqlState == .foreignKeyViolation)

            let blank = await storageError { _ = try await insertOrganisation("   ", db) }
            guard case .database(let check)? = blank else {
                Issue.record("a blank organisation name was accepted")
                return
            }
            #expect(check.constraintName == "organisations_name_not_blank")
        }
    }

    @Test(.hangGuard)
    func aDatabaseRoleBelongsToAtMostOnePersonAndDuplicatesMapToConflict() async throws {
        try await withTestDatabase { db in
            let firm = try await insertOrganisation("Firm", db)
            try await insertPerson(firm, name: "A", role: "filer", dbRole: "alice", db)
            try await insertPerson(firm, name: "B", role: "filer", db)
            try await insertPerson(firm, name: "C", role: "filer", db)
            let duplicate = await storageError {
                try await insertPerson(firm, name: "D", role: "admin", dbRole: "alice", db)
            }
            guard case .conflict(let constraint)? = duplicate else {
                Issue.record("duplicate db_role accepted: \(String(describing: duplicate))")
                return
            }
            #expect(constraint == "people_db_role_key")
            #expect(duplicate?.description.contains("alice") == false)

            let malformed = await storageError {
                try await insertPerson(firm, name: "E", role: "admin", dbRole: "Robert'); --", db)
            }
            guard case .database(let error)? = malformed else {
                Issue.record("malformed db_role accepted")
                return
            }
            #expect(error.constraintName == "people_db_role_format")
        }
    }

    @Test func storageErrorMapsEachSQLStateClassOnce() {
        #expect(
            {
                if case .conflict = StorageError(PQError(.queryFailed, sqlState: .uniqueViolation)) {
                    true
                } else {
                    false
                }
            }())
        #expect(
            {
                if case .stale = StorageError(PQError(.queryFailed, sqlState: .serializationFailure)) {
                    true
                } else {
                    false
                }
            }())
        #expect(
            {
                if case .stale = StorageError(PQError(.queryFailed, sqlState: .deadlockDetected)) {
                    true
                } else {
                    false
                }
            }())
        #expect({ if case .unavailable = StorageError(PQError(.connectionClosed)) { true } else { false } }())
        #expect(
            {
                if case .unavailable = StorageError(PQError(.queryFailed, sqlState: .adminShutdown)) {
                    true
                } else {
                    false
                }
            }())
        #expect(
            {
                if case .database = StorageError(PQError(.queryFailed, sqlState: .checkViolation)) {
                    true
                } else {
                    false
                }
            }())
    }
}
