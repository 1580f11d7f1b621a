import DatabaseTestSupport
import FilingWorkflow
import Foundation
import JapaneseCalendar
import LibPQ
import Logging
import ScreeningRules
import Testing

@testable import ScreeningStore

/// Two organisations with a person in every role, each logging in as their own database role, and filings,
/// deadlines, events, notifications and holdings in both, made on the owner's connection.
///
/// Firm A: `filerA`, `reviewerA` and `colleagueA` (team "M&A"), `loneReviewerA` (no team), `auditor`, `worker`,
/// `admin`. Firm B: `filerB`. Filings: `assignedA` (firm A, assigned to `colleagueA`), `unassignedA` (firm A) and
/// `filingB` (firm B, a post-investment report case whose report deadline has passed).
struct TenantFixture {
    let db: TestDatabase
    let logins: [String: TestLogin]
    let firmA: UUID
    let firmB: UUID
    let people: [String: UUID]
    let assignedA: UUID
    let unassignedA: UUID
    let filingB: UUID

    /// The labels of the people who log in, with their roles and firms.
    static let cast: [(label: String, role: String, firmB: Bool, team: Bool)] = [
        ("filera", "filer", false, false), ("reviewera", "reviewer", false, true),
        ("colleaguea", "reviewer", false, true), ("lonereviewera", "reviewer", false, false),
        ("auditor", "auditor", false, false), ("worker", "worker", false, false), ("admin", "admin", false, false),
        ("filerb", "filer", true, false),
    ]

    var logger: Logger { db.logger }

    /// The person of `label`.
    func person(_ label: String) -> UUID {
        people[label] ?? UUID()
    }

    /// Runs `body` with a pool connected as the login of `label`.
    func `as`<Result>(_ label: String, _ body: (DatabasePool) async throws -> Result) async throws -> Result {
        guard let login = logins[label] else { throw TestDatabaseError(description: "no login \(label)") }
        return try await login.withPool(logger: logger, body)
    }

    /// Runs `body` with a fresh test database, the cast and their logins.
    static func with(_ body: (TenantFixture) async throws -> Void) async throws {
        try await withTestDatabase { db in
            try await withTestLogins(db, cast.map(\.label)) { logins in
                let fixture = try await make(db, logins)
                try await body(fixture)
            }
        }
    }

    private static func make(_ db: TestDatabase, _ logins: [String: TestLogin]) async throws -> TenantFixture {
        let firmA = try await OrganisationDirectory.addOrganisation(name: "Firm A", pool: db.pool, logger: db.logger)
        let firmB = try await OrganisationDirectory.addOrganisation(name: "Firm B", pool: db.pool, logger: db.logger)
        let team = try await OrganisationDirectory.addTeam(
            organisationID: firmA.id, name: "M&A", pool: db.pool, logger: db.logger)
        var people: [String: UUID] = [:]
        for member in cast {
            let person = try await OrganisationDirectory.addPerson(
                organisationID: member.firmB ? firmB.id : firmA.id, displayName: "Person \(member.label)",
                role: member.role, dbRole: logins[member.label]?.name, teamID: member.team ? team.id : nil,
                login: .existing, pool: db.pool, logger: db.logger)
            people[member.label] = person.id
        }
        func open(_ firm: UUID, _ opener: String, kind: FilingKind) async throws -> UUID {
            let determination: JSONValue = ["outcome": .string(kind.rawValue)]
            return try await FilingStore.open(
                FilingOpening(
                    organisationID: firm, kind: kind,
                    plannedExecution: kind == .priorNotification ? day("2026-03-02") : nil,
                    actOn: kind == .priorNotification ? nil : day("2025-06-02"), rulesetVersion: "2025-05-19",
                    determination: determination, facts: ["date": "2025-06-02"]),
                on: day("2025-06-10"), actor: .person(people[opener] ?? UUID()), pool: db.pool, logger: db.logger
            ).filing.id
        }
        let assignedA = try await open(firmA.id, "filera", kind: .priorNotification)
        let unassignedA = try await open(firmA.id, "filera", kind: .priorNotification)
        let filingB = try await open(firmB.id, "filerb", kind: .postInvestmentReport)
        _ = try await FilingStore.apply(
            .assign(on: day("2025-06-11"), to: (people["colleaguea"] ?? UUID()).uuidString), toFiling: assignedA,
            expectedVersion: nil, actor: .person(people["filera"] ?? UUID()), pool: db.pool, logger: db.logger)
        try await db.pool.withTransaction(logger: db.logger) { session in
            for (firm, filing) in [(firmA.id, assignedA), (firmB.id, filingB)] {
                try await session.execute(
                    """
                    INSERT INTO notifications (organisation_id, filing_id, kind, payload)
                    VALUES (\(firm), \(filing), 'obligationChanged', '{"test": true}')
                    """, logger: db.logger)
                let investor = try await session.query(
                    "INSERT INTO investors (organisation_id, name, facts) VALUES (\(firm), 'Fund', '{}') RETURNING id",
                    logger: db.logger
                ).decodeOne(UUID.self)
                try await session.execute(
                    """
                    INSERT INTO holdings (organisation_id, investor_id, securities_code, holding_before, holding_after,
                        source_rows, screened_on, outcome)
                    VALUES (\(firm), \(investor), '6501', 0, 1, 1, '2025-06-02', 'noFiling')
                    """, logger: db.logger)
            }
        }
        return TenantFixture(
            db: db, logins: logins, firmA: firmA.id, firmB: firmB.id, people: people, assignedA: assignedA,
            unassignedA: unassignedA, filingB: filingB)
    }
}

extension DatabasePool {
    /// The ids of the rows of `table` this pool's role sees, optionally of one filing.
    func visibleFilingIDs(_ table: String, logger: Logger) async throws -> Set<UUID> {
        let column = table == "filings" ? "id" : "filing_id"
        return try await withConnection(logger: logger) { session in
            Set(
                try await session.query(
                    "SELECT DISTINCT \(unsafeRaw: column) FROM \(identifier: table) WHERE \(unsafeRaw: column) IS NOT NULL",
                    logger: logger
                ).decode(UUID.self))
        }
    }

    /// The number of rows an ad-hoc statement changed, or the SQLSTATE it failed with.
    func attempt(_ sql: SQL, logger: Logger) async -> Result<Int, PQError> {
        do {
            return .success(
                try await withTransaction(logger: logger) { session in try await session.execute(sql, logger: logger) })
        } catch let error as PQError {
            return .failure(error)
        } catch {
            return .failure(PQError(.queryFailed, reason: "\(error)"))
        }
    }
}

extension Result where Failure == PQError {
    /// Whether the statement was refused for lack of privilege (SQLSTATE 42501), as grants, row-level security and
    /// the event log's triggers refuse.
    var isPermissionDenied: Bool {
        if case .failure(let error) = self { return error.sqlState == .insufficientPrivilege }
        return false
    }
}
