import DatabaseTestSupport
import Foundation
import LibPQ
import Testing

@testable import ScreeningStore

/// Schema/0005's structure, read from the catalogue, and the directory functions that map logins to people.
@Suite struct RoleSchemaTests {
    @Test(.hangGuard)
    func everyTenantTableHasRowSecurityAndOnlyTheOwnerOwnsAnything() async throws {
        try await withTestDatabase { db in
            try await db.pool.withConnection(logger: db.logger) { session in
                let tables = try await session.query(
                    """
                    SELECT c.relname::text, c.relrowsecurity, c.relforcerowsecurity,
                        pg_get_userbyid(c.relowner)::text = current_user,
                        EXISTS (SELECT 1 FROM pg_attribute a
                                WHERE a.attrelid = c.oid AND a.attname = 'organisation_id' AND NOT a.attisdropped),
                        EXISTS (SELECT 1 FROM aclexplode(coalesce(c.relacl, acldefault('r', c.relowner))) x
                                WHERE x.grantee = 0)
                    FROM pg_class c WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r'
                    ORDER BY c.relname
                    """, logger: db.logger
                ).decode((String, Bool, Bool, Bool, Bool, Bool).self)
                #expect(tables.count >= 16)
                for (table, rowSecurity, forced, ownedByOwner, tenant, publicGrant) in tables {
                    #expect(ownedByOwner, "\(table) is owned by another role than the migration owner")
                    #expect(!publicGrant, "\(table) grants something to PUBLIC")
                    #expect(!forced, "\(table) forces row security on the owner")
                    if tenant { #expect(rowSecurity, "\(table) has organisation_id but no row-level security") }
                }
                let secured = Set(tables.filter(\.1).map(\.0))
                #expect(
                    secured == [
                        "organisations", "teams", "people", "filings", "deadlines", "filing_events", "notifications",
                        "investors", "holdings",
                    ])
            }
        }
    }

    @Test(.hangGuard)
    func theGroupRolesArePlainAndNobodyMayChangeTheEventLog() async throws {
        try await withTestDatabase { db in
            try await db.pool.withConnection(logger: db.logger) { session in
                let groups = try await session.query(
                    """
                    SELECT rolname::text, rolcanlogin, rolsuper OR rolbypassrls OR rolcreaterole OR rolcreatedb,
                        has_any_column_privilege(rolname, 'filing_events', 'UPDATE')
                            OR has_table_privilege(rolname, 'filing_events', 'DELETE')
                            OR has_table_privilege(rolname, 'filing_events', 'TRUNCATE')
                            OR has_any_column_privilege(rolname, 'audit_chain', 'UPDATE')
                            OR has_table_privilege(rolname, 'audit_chain', 'DELETE'),
                        has_schema_privilege(rolname, current_schema(), 'CREATE'),
                        has_any_column_privilege(rolname, 'filings', 'INSERT')
                    FROM pg_roles WHERE rolname LIKE 'fefta\\_%' ORDER BY rolname
                    """, logger: db.logger
                ).decode((String, Bool, Bool, Bool, Bool, Bool).self)
                #expect(
                    groups.map(\.0) == [
                        "fefta_admin", "fefta_auditor", "fefta_filer", "fefta_reviewer", "fefta_worker",
                    ])
                for (role, login, powerful, changesLog, createsObjects, opensFilings) in groups {
                    #expect(!login && !powerful, "\(role) can log in or has a powerful attribute")
                    #expect(!changesLog, "\(role) may change the event log or its head")
                    #expect(!createsObjects, "\(role) may create objects in the schema")
                    #expect(opensFilings == (role == "fefta_filer"), "\(role) INSERT on filings: \(opensFilings)")
                }
                // Every SECURITY DEFINER function pins its search_path, with pg_temp last.
                let definers = try await session.query(
                    """
                    SELECT p.proname::text, coalesce(array_to_string(p.proconfig, ','), '')
                    FROM pg_proc p WHERE p.pronamespace = current_schema()::regnamespace AND p.prosecdef
                    """, logger: db.logger
                ).decode((String, String).self)
                #expect(
                    Set(definers.map(\.0)) == [
                        "fefta_person_of", "fefta_lock_audit_chain", "filing_events_extend_chain",
                    ])
                for (name, config) in definers {
                    #expect(config.hasPrefix("search_path=") && config.hasSuffix(", pg_temp"), "\(name): \(config)")
                }
            }
        }
    }

    @Test(.hangGuard)
    func theMigrationRunsInSeveralDatabasesAtOnceOverTheSameRoles() async throws {
        // Each test database migrates on its own; these run at the same moment and share the cluster's roles.
        try await withThrowingTaskGroup(of: Int64.self) { group in
            for _ in 0..<4 {
                group.addTask { try await Self.migratedPolicyCount() }
            }
            var counts: [Int64] = []
            for try await count in group { counts.append(count) }
            #expect(counts.count == 4 && Set(counts).count == 1 && counts[0] > 30, "\(counts)")
        }
    }

    /// Makes and migrates a test database; returns how many policies it has.
    static func migratedPolicyCount() async throws -> Int64 {
        try await withTestDatabase { db -> Int64 in
            let count: Int64 = try await db.pool.withConnection(logger: db.logger) { session in
                try await session.query(
                    "SELECT count(*) FROM pg_policies WHERE schemaname = current_schema()", logger: db.logger
                ).decodeOne(Int64.self)
            }
            return count
        }
    }

    @Test(.hangGuard)
    func loginsAreGrantedOnlyWhenTheyCannotEscapeRowSecurity() async throws {
        try await withTestDatabase { db in
            try await withTestLogins(db, ["plain", "bypass", "taken"]) { logins in
                let firm = try await OrganisationDirectory.addOrganisation(
                    name: "Firm", pool: db.pool, logger: db.logger)
                func add(_ role: String, _ dbRole: String, _ login: LoginGrant) async throws -> PersonRecord {
                    try await OrganisationDirectory.addPerson(
                        organisationID: firm.id, displayName: "Someone", role: role, dbRole: dbRole, login: login,
                        pool: db.pool, logger: db.logger)
                }
                let bypass = try #require(logins["bypass"]?.name)
                let taken = try #require(logins["taken"]?.name)
                let plain = try #require(logins["plain"]?.name)
                try await db.pool.withConnection(logger: db.logger) { session in
                    try await session.execute("ALTER ROLE \(identifier: bypass) BYPASSRLS", logger: db.logger)
                    try await session.execute("GRANT fefta_reviewer TO \(identifier: taken)", logger: db.logger)
                }
                let cases: [(String, String, LoginGrant, String)] = [
                    ("filer", bypass, .existing, "BYPASSRLS"), ("filer", taken, .existing, "fefta_reviewer"),
                    ("filer", plain, .create, "exists already"),
                    ("filer", "fefta_filer", .existing, "cannot be a login"),
                    ("filer", "pg_monitor", .existing, "cannot be a login"),
                    ("filer", plain + "_missing", .existing, "--create-login"),
                ]
                for (role, name, login, expected) in cases {
                    do {
                        _ = try await add(role, name, login)
                        Issue.record("\(name) was granted")
                    } catch let error as StorageError {
                        #expect("\(error)".contains(expected), "\(name): \(error)")
                    }
                }
                // Nothing of the refused additions was kept.
                #expect(
                    try await OrganisationDirectory.people(organisationID: nil, pool: db.pool, logger: db.logger)
                        .isEmpty)
                let person = try await add("auditor", plain, .existing)
                let created = plain + "_new"
                _ = try await add("worker", created, .create)
                let memberships = try await db.pool.withConnection(logger: db.logger) { session in
                    try await session.query(
                        """
                        SELECT r.rolname::text, g.rolname::text, r.rolcanlogin, r.rolpassword IS NULL
                        FROM pg_auth_members m JOIN pg_authid r ON r.oid = m.member JOIN pg_roles g ON g.oid = m.roleid
                        WHERE r.rolname IN (\(plain), \(created)) ORDER BY 1
                        """, logger: db.logger
                    ).decode((String, String, Bool, Bool).self)
                }
                #expect(
                    memberships.map { "\($0.0) \($0.1) \($0.2) \($0.3)" } == [
                        "\(plain) fefta_auditor true false", "\(created) fefta_worker true true",
                    ])
                #expect(person.dbRole == plain)
                try await db.pool.withConnection(logger: db.logger) { session in
                    try await session.execute("DROP ROLE IF EXISTS \(identifier: created)", logger: db.logger)
                }
            }
        }
    }

    @Test(.hangGuard)
    func theSessionIsTheMappedPersonAndTheOwnersMappedConnectionActsOnlyAsIt() async throws {
        try await withTestDatabase { db in
            try await withTestLogins(db, ["reviewer"]) { logins in
                let fixture = try await FilingFixture.make(db)
                let login = try #require(logins["reviewer"])
                let person = try await OrganisationDirectory.addPerson(
                    organisationID: fixture.organisation, displayName: "Reviewer", role: "reviewer",
                    dbRole: login.name, login: .existing, pool: db.pool, logger: db.logger)
                let owner = try await OrganisationDirectory.session(pool: db.pool, logger: db.logger)
                #expect(owner.bypassesRowSecurity && owner.personID == nil)
                let seen = try await login.withPool(logger: db.logger) { pool in
                    try await OrganisationDirectory.session(pool: pool, logger: db.logger)
                }
                #expect(seen.currentRole == login.name && seen.loginRole == login.name)
                #expect(!seen.bypassesRowSecurity && seen.groups == ["fefta_reviewer"])
                #expect(seen.personID == person.id && seen.organisationID == fixture.organisation)
                #expect(seen.personRole == "reviewer")
                // The owner's connection, once its role is mapped to a person, records events only as that person.
                let filing = try await fixture.open(on: "2025-06-10", plannedExecution: "2026-03-02").filing.id
                let ownerRole = owner.currentRole
                try await fixture.execute(
                    "UPDATE people SET db_role = \(ownerRole) WHERE id = \(fixture.handler)")
                do {
                    try await fixture.apply(
                        .note(on: day("2025-06-11"), text: "x"), to: filing, actor: .person(person.id))
                    Issue.record("the mapped owner recorded an event as someone else")
                } catch let error as StorageError {
                    #expect(
                        "\(error)".contains("acts as person:\(fixture.handler.uuidString.lowercased())"), "\(error)")
                }
                try await fixture.apply(.note(on: day("2025-06-11"), text: "x"), to: filing)
            }
        }
    }
}
