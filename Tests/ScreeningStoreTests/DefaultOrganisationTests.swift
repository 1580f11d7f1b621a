import DatabaseTestSupport
import Foundation
import LibPQ
import Testing

@testable import ScreeningStore

/// One default organisation (the default-organisation migration): the database holds at most one, whichever
/// command creates it first, and an existing pair of "Default organisation" and "default" is merged when that is
/// safe.
@Suite struct DefaultOrganisationTests {
    /// The migrations before the one that adds the default.
    static let beforeDefault = Array(
        SchemaMigration.embedded.prefix { !$0.fileName.hasSuffix("_default_organisation.sql") })

    private func count(_ sql: SQL, _ db: TestDatabase) async throws -> Int64 {
        try await db.pool.withConnection(logger: db.logger) { session in
            try await session.query(sql, logger: db.logger).decodeOne(Int64.self)
        }
    }

    @Test(.hangGuard)
    func theDatabaseRefusesASecondDefault() async throws {
        try await withTestDatabase { db in
            let (first, created) = try await OrganisationDirectory.defaultOrganisation(pool: db.pool, logger: db.logger)
            #expect(created)
            #expect(first.name == "Default organisation")
            do {
                try await db.pool.withTransaction(logger: db.logger) { session in
                    try await session.execute(
                        "INSERT INTO organisations (name, is_default) VALUES ('Another', true)", logger: db.logger)
                }
                Issue.record("a second default was accepted")
            } catch let error as PQError {
                guard case .conflict(let constraint) = StorageError(error) else {
                    Issue.record("unexpected error \(error)")
                    return
                }
                #expect(constraint == "organisations_one_default")
            }
        }
    }

    /// Eight sessions asking at once all get the same organisation, and only one exists.
    @Test(.hangGuard)
    func concurrentCallersGetTheSameDefault() async throws {
        try await withTestDatabase(maximumConnections: 8) { db in
            let ids = try await withThrowingTaskGroup(of: (UUID, Bool).self) { group in
                for _ in 0..<8 {
                    group.addTask {
                        let (organisation, created) = try await OrganisationDirectory.defaultOrganisation(
                            pool: db.pool, logger: db.logger)
                        return (organisation.id, created)
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(Set(ids.map(\.0)).count == 1)
            #expect(ids.filter(\.1).count == 1)
            #expect(try await count("SELECT count(*) FROM organisations", db) == 1)
        }
    }

    /// With several organisations, a command that names none gets the default; with one, that one.
    @Test(.hangGuard)
    func anUnnamedOrganisationIsTheOnlyOneElseTheDefault() async throws {
        try await withTestDatabase { db in
            let firm = try await OrganisationDirectory.addOrganisation(
                name: "Example LLP", pool: db.pool, logger: db.logger)
            #expect(try await OrganisationDirectory.organisation(nil, pool: db.pool, logger: db.logger) == firm)
            let (fallback, _) = try await OrganisationDirectory.defaultOrganisation(pool: db.pool, logger: db.logger)
            #expect(try await OrganisationDirectory.organisation(nil, pool: db.pool, logger: db.logger) == fallback)
        }
    }

    /// The quickstart's "Default organisation" and portfolio import's "default", as a database of the old
    /// version has them: "default" holds only investors, holdings and a notification about them, so it merges.
    @Test(.hangGuard)
    func anExistingPairMergesWhenTheSecondHoldsOnlyHoldings() async throws {
        try await withTestDatabase(migrated: false) { db in
            _ = try await SchemaMigrator(migrations: Self.beforeDefault).migrate(pool: db.pool, logger: db.logger)
            let investor = try await db.pool.withTransaction(logger: db.logger) { session in
                try await session.execute(
                    "INSERT INTO organisations (name) VALUES ('Default organisation'), ('default'), ('Example LLP')",
                    logger: db.logger)
                try await session.execute(
                    """
                    INSERT INTO people (organisation_id, display_name, role)
                    SELECT id, 'Operator', 'admin' FROM organisations WHERE name = 'Default organisation'
                    """, logger: db.logger)
                let investor = try await session.query(
                    """
                    INSERT INTO investors (organisation_id, name, facts)
                    SELECT id, 'Example Fund', '{}' FROM organisations WHERE name = 'default' RETURNING id
                    """, logger: db.logger
                ).decodeOne(UUID.self)
                try await session.execute(
                    """
                    INSERT INTO holdings (organisation_id, investor_id, securities_code, holding_before, holding_after,
                        source_rows, screened_on, outcome)
                    SELECT organisation_id, id, '7203', 0, 1, 1, '2025-09-01', 'exempt' FROM investors
                    """, logger: db.logger)
                try await session.execute(
                    """
                    INSERT INTO notifications (organisation_id, kind, payload)
                    SELECT id, 'obligationChanged', '{}' FROM organisations WHERE name = 'default'
                    """, logger: db.logger)
                return investor
            }
            _ = try await SchemaMigrator().migrate(pool: db.pool, logger: db.logger)

            let names = try await OrganisationDirectory.organisations(pool: db.pool, logger: db.logger).map(\.name)
            #expect(names == ["Default organisation", "Example LLP"])
            let (marked, created) = try await OrganisationDirectory.defaultOrganisation(
                pool: db.pool, logger: db.logger)
            #expect(marked.name == "Default organisation" && !created)
            #expect(
                try await count(
                    "SELECT count(*) FROM investors WHERE id = \(investor) AND organisation_id = \(marked.id)", db) == 1
            )
            #expect(try await count("SELECT count(*) FROM holdings WHERE organisation_id = \(marked.id)", db) == 1)
            #expect(try await count("SELECT count(*) FROM notifications WHERE organisation_id = \(marked.id)", db) == 1)
            // The foreign key between holdings and investors is back as it was.
            await #expect(throws: PQError.self) {
                try await db.pool.withTransaction(logger: db.logger) { session in
                    try await session.execute(
                        "UPDATE holdings SET organisation_id = (SELECT id FROM organisations WHERE name = 'Example LLP')",
                        logger: db.logger)
                }
            }
        }
    }

    /// "default" with people (or teams, filings, or an investor name "Default organisation" also uses) is left as
    /// it is: moving tenants' rows is not a migration's decision. "Default organisation" becomes the default.
    @Test(
        .hangGuard,
        arguments: [
            "INSERT INTO people (organisation_id, display_name, role) SELECT id, 'Someone', 'filer' FROM organisations WHERE name = 'default'",
            "INSERT INTO teams (organisation_id, name) SELECT id, 'M&A' FROM organisations WHERE name = 'default'",
            "INSERT INTO investors (organisation_id, name, facts) SELECT id, 'Same Fund', '{}' FROM organisations",
        ])
    func anExistingPairStaysApartWhenTheSecondHoldsMore(seed: String) async throws {
        try await withTestDatabase(migrated: false) { db in
            _ = try await SchemaMigrator(migrations: Self.beforeDefault).migrate(pool: db.pool, logger: db.logger)
            try await db.pool.withTransaction(logger: db.logger) { session in
                try await session.execute(
                    "INSERT INTO organisations (name) VALUES ('Default organisation'), ('default')", logger: db.logger)
                try await session.execute(SQL(unsafeRaw: seed), logger: db.logger)
            }
            _ = try await SchemaMigrator().migrate(pool: db.pool, logger: db.logger)
            let names = try await OrganisationDirectory.organisations(pool: db.pool, logger: db.logger).map(\.name)
            #expect(names == ["Default organisation", "default"])
            let (marked, _) = try await OrganisationDirectory.defaultOrganisation(pool: db.pool, logger: db.logger)
            #expect(marked.name == "Default organisation")
        }
    }

    /// Only "default" (portfolio import came first): it is the default, under its name.
    @Test(.hangGuard)
    func aLoneImportedDefaultBecomesTheDefault() async throws {
        try await withTestDatabase(migrated: false) { db in
            _ = try await SchemaMigrator(migrations: Self.beforeDefault).migrate(pool: db.pool, logger: db.logger)
            try await db.pool.withTransaction(logger: db.logger) { session in
                try await session.execute(
                    "INSERT INTO organisations (name) VALUES ('default'), ('Example LLP')", logger: db.logger)
            }
            _ = try await SchemaMigrator().migrate(pool: db.pool, logger: db.logger)
            let (marked, created) = try await OrganisationDirectory.defaultOrganisation(
                pool: db.pool, logger: db.logger)
            #expect(marked.name == "default" && !created)
        }
    }
}
