import DatabaseTestSupport
import FilingWorkflow
import Foundation
import JapaneseCalendar
import LibPQ
import ScreeningRules
import Testing

@testable import ScreeningStore

/// Schema/0005 from the database side: each test logs in as the people of ``TenantFixture`` (real LOGIN roles with
/// passwords, members of the fefta group roles) and tries what their role may and may not do, with the store's
/// functions and with hand-written SQL.
@Suite struct RowSecurityTests {
    static let tenantTables = ["filings", "deadlines", "filing_events", "notifications"]

    @Test(.hangGuard)
    func aFilerSeesAndChangesOnlyItsOrganisationsRowsEvenWithHandWrittenSQL() async throws {
        try await TenantFixture.with { f in
            try await f.as("filera") { pool throws in
                for table in Self.tenantTables {
                    let seen = try await pool.visibleFilingIDs(table, logger: f.logger)
                    #expect(!seen.contains(f.filingB), "filer A sees firm B's \(table)")
                    #expect(seen.isSubset(of: [f.assignedA, f.unassignedA]), "\(table): \(seen)")
                }
                #expect(try await pool.visibleFilingIDs("filings", logger: f.logger) == [f.assignedA, f.unassignedA])
                let counts = try await pool.withConnection(logger: f.logger) { session in
                    try await session.query(
                        """
                        SELECT (SELECT count(*) FROM filings WHERE id = \(f.filingB)),
                            (SELECT count(*) FROM deadlines WHERE filing_id = \(f.filingB)),
                            (SELECT count(*) FROM filing_events WHERE organisation_id = \(f.firmB)),
                            (SELECT count(*) FROM notifications WHERE organisation_id = \(f.firmB)),
                            (SELECT count(*) FROM investors WHERE organisation_id = \(f.firmB)),
                            (SELECT count(*) FROM holdings WHERE organisation_id = \(f.firmB)),
                            (SELECT count(*) FROM people WHERE organisation_id = \(f.firmB)),
                            (SELECT count(*) FROM organisations WHERE id = \(f.firmB)),
                            (SELECT count(*) FROM holdings), (SELECT count(*) FROM people)
                        """, logger: f.logger
                    ).decodeOne((Int64, Int64, Int64, Int64, Int64, Int64, Int64, Int64, Int64, Int64).self)
                }
                #expect(counts.0 == 0 && counts.1 == 0 && counts.2 == 0 && counts.3 == 0)
                #expect(counts.4 == 0 && counts.5 == 0 && counts.6 == 0 && counts.7 == 0)
                #expect(counts.8 == 1, "filer A sees its own holding")
                #expect(counts.9 == 7, "filer A sees the seven people of firm A")
                // Updates that name firm B's rows change nothing; moving a row to firm B is refused.
                let updates: [SQL] = [
                    "UPDATE filings SET state = 'due', updated_at = now() WHERE id = \(f.filingB)",
                    "UPDATE deadlines SET state = 'cancelled', cancelled_at = now() WHERE filing_id = \(f.filingB)",
                    "DELETE FROM holdings WHERE organisation_id = \(f.firmB)",
                    "UPDATE investors SET facts = '{}' WHERE organisation_id = \(f.firmB)",
                ]
                for update in updates {
                    #expect(try await pool.attempt(update, logger: f.logger).get() == 0, "\(update)")
                }
                let intrusions: [SQL] = [
                    """
                    INSERT INTO filings (organisation_id, kind, state, act_on)
                    VALUES (\(f.firmB), 'postInvestmentReport', 'due', '2025-06-02')
                    """,
                    "UPDATE filings SET organisation_id = \(f.firmB) WHERE id = \(f.unassignedA)",
                    "UPDATE filings SET determination = '{}' WHERE id = \(f.unassignedA)",
                    "INSERT INTO investors (organisation_id, name, facts) VALUES (\(f.firmB), 'Planted', '{}')",
                    """
                    INSERT INTO deadlines (filing_id, organisation_id, kind, due, fires_on, basis)
                    VALUES (\(f.filingB), \(f.firmB), 'changeReport', '2025-07-01', '2025-07-02', 'x')
                    """,
                    "INSERT INTO notifications (organisation_id, kind, payload) VALUES (\(f.firmB), 'obligationChanged', '{}')",
                ]
                for intrusion in intrusions {
                    let result = await pool.attempt(intrusion, logger: f.logger)
                    #expect(result.isPermissionDenied, "\(intrusion): \(result)")
                }
            }
        }
    }

    @Test(.hangGuard)
    func aFilerCannotRecordEventsOnAnotherOrganisationsFilingOrAsSomeoneElse() async throws {
        try await TenantFixture.with { f in
            let recordB = try await f.db.pool.withConnection(logger: f.logger) { session in
                try await session.query(
                    "SELECT \(unsafeRaw: FilingRecord.columns) FROM filings WHERE id = \(f.filingB)", logger: f.logger
                ).rows.map(FilingRecord.init(row:)).first
            }
            try await f.as("filera") { pool throws in
                let note = FilingEvent.note(on: day("2025-06-12"), text: "checked")
                await #expect(throws: StorageError.self) {
                    try await FilingStore.apply(
                        note, toFiling: f.filingB, expectedVersion: nil, actor: .person(f.person("filera")),
                        pool: pool, logger: f.logger)
                }
                // Appending to firm B's filing directly, with a correct chain link, is refused by row security.
                let record = try #require(recordB)
                do {
                    try await pool.withTransaction(logger: f.logger) { session in
                        _ = try await AuditChain.append(
                            filing: record, type: "noted", actor: .person(f.person("filera")),
                            effectiveOn: day("2025-06-12"), payload: ["text": "planted"], in: session, logger: f.logger)
                    }
                    Issue.record("filer A appended an event to firm B's filing")
                } catch let error as PQError {
                    #expect(error.sqlState == .insufficientPrivilege, "\(error.debugDescription)")
                }
                // Its own filing, as itself: recorded under its person; as a colleague: refused.
                let applied = try await FilingStore.apply(
                    note, toFiling: f.unassignedA, expectedVersion: nil, actor: .person(f.person("filera")), pool: pool,
                    logger: f.logger)
                #expect(applied.event.actor == "person:" + f.person("filera").uuidString.lowercased())
                do {
                    _ = try await FilingStore.apply(
                        note, toFiling: f.unassignedA, expectedVersion: nil, actor: .person(f.person("reviewera")),
                        pool: pool, logger: f.logger)
                    Issue.record("filer A recorded an event as someone else")
                } catch let error as StorageError {
                    guard case .permissionDenied = error else {
                        Issue.record("expected permissionDenied, got \(error)")
                        return
                    }
                }
                do {
                    _ = try await FilingStore.open(
                        FilingOpening(
                            organisationID: f.firmB, kind: .postInvestmentReport, plannedExecution: nil,
                            actOn: day("2025-06-02"), rulesetVersion: nil, determination: nil, facts: nil),
                        on: day("2025-06-10"), actor: .person(f.person("filera")), pool: pool, logger: f.logger)
                    Issue.record("filer A opened a filing for firm B")
                } catch let error as StorageError {
                    #expect("\(error)".contains("organisation"), "\(error)")
                }
            }
            // Nothing of it reached firm B's filing.
            let events = try await f.db.pool.withConnection(logger: f.logger) { session in
                try await session.query(
                    "SELECT count(*) FROM filing_events WHERE filing_id = \(f.filingB)", logger: f.logger
                ).decodeOne(Int64.self)
            }
            #expect(events == 1)
        }
    }

    @Test(.hangGuard)
    func aReviewerSeesTheFilingsAssignedToItOrItsTeam() async throws {
        try await TenantFixture.with { f in
            for reviewer in ["reviewera", "colleaguea"] {
                try await f.as(reviewer) { pool throws in
                    for table in Self.tenantTables where table != "notifications" {
                        #expect(
                            try await pool.visibleFilingIDs(table, logger: f.logger) == [f.assignedA],
                            "\(reviewer) \(table)")
                    }
                    #expect(try await pool.visibleFilingIDs("notifications", logger: f.logger) == [f.assignedA])
                    let applied = try await FilingStore.apply(
                        .note(on: day("2025-06-12"), text: "reviewed"), toFiling: f.assignedA, expectedVersion: nil,
                        actor: .person(f.person(reviewer)), pool: pool, logger: f.logger)
                    #expect(applied.event.actor == "person:" + f.person(reviewer).uuidString.lowercased())
                    await #expect(throws: StorageError.self) {
                        try await FilingStore.apply(
                            .note(on: day("2025-06-12"), text: "x"), toFiling: f.unassignedA, expectedVersion: nil,
                            actor: .person(f.person(reviewer)), pool: pool, logger: f.logger)
                    }
                    let update = await pool.attempt(
                        "UPDATE filings SET updated_at = now() WHERE id IN (\(f.unassignedA), \(f.filingB))",
                        logger: f.logger)
                    #expect((try? update.get()) == 0)
                }
            }
            // Without a team, only what is assigned to the reviewer in person.
            try await f.as("lonereviewera") { pool throws in
                #expect(try await pool.visibleFilingIDs("filings", logger: f.logger).isEmpty)
            }
            _ = try await FilingStore.apply(
                .assign(on: day("2025-06-13"), to: f.person("lonereviewera").uuidString), toFiling: f.unassignedA,
                expectedVersion: nil, actor: .person(f.person("filera")), pool: f.db.pool, logger: f.logger)
            try await f.as("lonereviewera") { pool throws in
                #expect(try await pool.visibleFilingIDs("filings", logger: f.logger) == [f.unassignedA])
                #expect(try await pool.visibleFilingIDs("filing_events", logger: f.logger) == [f.unassignedA])
            }
        }
    }

    @Test(.hangGuard)
    func anAuditorReadsEverythingAndWritesNothing() async throws {
        try await TenantFixture.with { f in
            let everything = try await f.db.pool.visibleFilingIDs("filings", logger: f.logger)
            try await f.as("auditor") { pool throws in
                for table in Self.tenantTables {
                    #expect(
                        try await pool.visibleFilingIDs(table, logger: f.logger)
                            == (try await f.db.pool.visibleFilingIDs(table, logger: f.logger)), "\(table)")
                }
                #expect(try await pool.visibleFilingIDs("filings", logger: f.logger) == everything)
                let writes: [SQL] = [
                    "UPDATE filings SET updated_at = now()", "DELETE FROM filings",
                    "UPDATE deadlines SET state = 'cancelled', cancelled_at = now()",
                    "UPDATE notifications SET state = 'sent', sent_at = now()",
                    "INSERT INTO organisations (name) VALUES ('Planted')", "UPDATE people SET display_name = 'x'",
                    "DELETE FROM holdings", "UPDATE investors SET facts = '{}'", "DELETE FROM issuers",
                    "UPDATE audit_chain SET last_hash = NULL",
                    "INSERT INTO teams (organisation_id, name) VALUES (\(f.firmA), 'x')",
                ]
                for write in writes {
                    let result = await pool.attempt(write, logger: f.logger)
                    #expect(result.isPermissionDenied, "\(write): \(result)")
                }
                let verification = try await AuditChain.verify(pool: pool, logger: f.logger)
                #expect(verification.isIntact, "the auditor verifies the whole chain: \(verification.problems)")
                do {
                    _ = try await FilingStore.apply(
                        .note(on: day("2025-06-12"), text: "x"), toFiling: f.assignedA, expectedVersion: nil,
                        actor: .person(f.person("auditor")), pool: pool, logger: f.logger)
                    Issue.record("the auditor recorded an event")
                } catch let error as StorageError {
                    guard case .permissionDenied = error else {
                        Issue.record("expected permissionDenied, got \(error)")
                        return
                    }
                }
            }
        }
    }

    @Test(.hangGuard)
    func theWorkerFiresEveryOrganisationsDeadlinesButCannotOpenFilingsOrReadNames() async throws {
        try await TenantFixture.with { f in
            try await f.as("worker") { pool throws in
                // The daemon's claim: the earliest due deadline with its filing locked, then the store's transition.
                let fired = try await pool.withTransaction(logger: f.logger) { session in
                    let claimed = try await session.query(
                        """
                        SELECT d.filing_id, d.kind FROM deadlines d JOIN filings f ON f.id = d.filing_id
                        WHERE d.state = 'pending' AND d.fires_on <= '2025-09-01' AND d.kind = 'postInvestmentReport'
                        ORDER BY d.fires_on, d.id LIMIT 1
                        FOR UPDATE OF d, f SKIP LOCKED
                        """, logger: f.logger
                    ).decodeFirst((UUID, String).self)
                    let (filing, kindText) = try #require(claimed)
                    #expect(filing == f.filingB)
                    return try await FilingStore.apply(
                        .deadlineReached(try #require(FilingDeadlineKind(rawValue: kindText)), on: day("2025-09-01")),
                        toFiling: filing, expectedVersion: nil, actor: .daemon, in: session, logger: f.logger)
                }
                #expect(fired.event.actor == "system:feftad")
                #expect(fired.filing.state == .overdue)
                let outbox = try await pool.withConnection(logger: f.logger) { session in
                    try await session.query(
                        "SELECT count(*) FROM notifications WHERE kind = 'deadlineFired' AND filing_id = \(f.filingB)",
                        logger: f.logger
                    ).decodeOne(Int64.self)
                }
                #expect(outbox == 1)
                let refused: [SQL] = [
                    """
                    INSERT INTO filings (organisation_id, kind, state, act_on)
                    VALUES (\(f.firmA), 'postInvestmentReport', 'due', '2025-06-02')
                    """,
                    "SELECT display_name FROM people", "INSERT INTO organisations (name) VALUES ('x')",
                    "UPDATE filings SET organisation_id = \(f.firmB) WHERE id = \(f.assignedA)",
                    "DELETE FROM notifications", "UPDATE holdings SET organisation_id = \(f.firmB)",
                ]
                for statement in refused {
                    let result = await pool.attempt(statement, logger: f.logger)
                    #expect(result.isPermissionDenied, "\(statement): \(result)")
                }
                await #expect(throws: StorageError.self) {
                    try await FilingStore.open(
                        FilingOpening(
                            organisationID: f.firmA, kind: .postInvestmentReport, plannedExecution: nil,
                            actOn: day("2025-06-02"), rulesetVersion: nil, determination: nil, facts: nil),
                        on: day("2025-06-10"), actor: .daemon, pool: pool, logger: f.logger)
                }
                // Re-screening replaces a determination through the transition path, as the daemon.
                let redetermined = try await pool.withTransaction(logger: f.logger) { session in
                    try await FilingStore.redetermine(
                        f.unassignedA,
                        with: Redetermination(
                            determination: ["outcome": "postInvestmentReport"], rulesetVersion: "2025-05-19",
                            issuerListPublished: nil),
                        on: day("2025-09-01"), actor: .daemon, in: session, logger: f.logger)
                }
                #expect(redetermined.event.type == "obligationChanged" && redetermined.event.actor == "system:feftad")
                // A note as the daemon is allowed; as a person it is refused.
                _ = try await FilingStore.apply(
                    .note(on: day("2025-09-01"), text: "re-screened"), toFiling: f.assignedA, expectedVersion: nil,
                    actor: .daemon, pool: pool, logger: f.logger)
                await #expect(throws: StorageError.self) {
                    try await FilingStore.apply(
                        .note(on: day("2025-09-01"), text: "forged"), toFiling: f.assignedA, expectedVersion: nil,
                        actor: .person(f.person("filera")), pool: pool, logger: f.logger)
                }
                await #expect(throws: StorageError.self) {
                    try await FilingStore.apply(
                        .withdraw(on: day("2025-09-01")), toFiling: f.unassignedA, expectedVersion: nil,
                        actor: .daemon, pool: pool, logger: f.logger)
                }
            }
        }
    }

    @Test(.hangGuard)
    func nobodyChangesTheEventLogNotEvenTheAdminOrTheOwner() async throws {
        try await TenantFixture.with { f in
            let statements: [SQL] = [
                "UPDATE filing_events SET payload = '{}'", "DELETE FROM filing_events",
                "TRUNCATE filing_events CASCADE", "DELETE FROM audit_chain", "TRUNCATE audit_chain",
                "UPDATE filing_events SET actor = 'system:forged', actor_person_id = NULL WHERE id = 1",
            ]
            for label in ["filera", "reviewera", "auditor", "worker", "admin", "filerb"] {
                try await f.as(label) { pool throws in
                    for statement in statements {
                        let result = await pool.attempt(statement, logger: f.logger)
                        #expect(result.isPermissionDenied, "\(label): \(statement): \(result)")
                    }
                }
            }
            for statement in statements {
                let result = await f.db.pool.attempt(statement, logger: f.logger)
                #expect(result.isPermissionDenied, "owner: \(statement): \(result)")
            }
            let verification = try await AuditChain.verify(pool: f.db.pool, logger: f.logger)
            #expect(verification.isIntact && verification.eventCount == 4)
        }
    }

    @Test(.hangGuard)
    func theAdminManagesOrganisationsAndPeopleButRecordsNoEvents() async throws {
        try await TenantFixture.with { f in
            try await f.as("admin") { pool throws in
                let firm = try await OrganisationDirectory.addOrganisation(name: "Firm C", pool: pool, logger: f.logger)
                let team = try await OrganisationDirectory.addTeam(
                    organisationID: firm.id, name: "Funds", pool: pool, logger: f.logger)
                let person = try await OrganisationDirectory.addPerson(
                    organisationID: firm.id, displayName: "New Filer", role: "filer", dbRole: nil, teamID: team.id,
                    pool: pool, logger: f.logger)
                #expect(person.teamID == team.id)
                #expect(
                    try await OrganisationDirectory.people(organisationID: nil, pool: pool, logger: f.logger).count == 9
                )
                #expect(try await pool.visibleFilingIDs("filings", logger: f.logger).count == 3)
                await #expect(throws: StorageError.self) {
                    try await FilingStore.apply(
                        .note(on: day("2025-06-12"), text: "x"), toFiling: f.assignedA, expectedVersion: nil,
                        actor: .person(f.person("admin")), pool: pool, logger: f.logger)
                }
                for statement: SQL in [
                    "UPDATE filings SET updated_at = now()", "UPDATE holdings SET outcome = 'exempt'",
                    "UPDATE people SET organisation_id = \(f.firmB)",
                ] {
                    let result = await pool.attempt(statement, logger: f.logger)
                    #expect(result.isPermissionDenied, "\(statement): \(result)")
                }
            }
        }
    }
}
