import DatabaseTestSupport
import FilingWorkflow
import Foundation
import JapaneseCalendar
import LibPQ
import ScreeningRules
import Testing

@testable import ScreeningStore

/// An organisation with one case handler, in a test database.
struct FilingFixture {
    let db: TestDatabase
    let organisation: UUID
    let handler: UUID

    var actor: FilingActor { .person(handler) }

    /// Creates the organisation `name` and a reviewer in it.
    static func make(_ db: TestDatabase, name: String = "Example LLP") async throws -> FilingFixture {
        let (organisation, handler) = try await db.pool.withTransaction(logger: db.logger) { session in
            let organisation = try await session.query(
                "INSERT INTO organisations (name) VALUES (\(name)) RETURNING id", logger: db.logger
            ).decodeOne(UUID.self)
            let handler = try await session.query(
                """
                INSERT INTO people (organisation_id, display_name, role)
                VALUES (\(organisation), 'Case Handler', 'reviewer') RETURNING id
                """,
                logger: db.logger
            ).decodeOne(UUID.self)
            return (organisation, handler)
        }
        return FilingFixture(db: db, organisation: organisation, handler: handler)
    }

    /// Adds another person to the organisation.
    func addPerson(_ name: String = "Second Handler") async throws -> UUID {
        try await db.pool.withTransaction(logger: db.logger) { session in
            try await session.query(
                """
                INSERT INTO people (organisation_id, display_name, role)
                VALUES (\(organisation), \(name), 'reviewer') RETURNING id
                """,
                logger: db.logger
            ).decodeOne(UUID.self)
        }
    }

    /// Opens a prior notification (or a report case) with a small determination and facts.
    func open(
        _ kind: FilingKind = .priorNotification, on date: String, plannedExecution: String? = nil,
        actOn: String? = nil
    ) async throws -> AppliedTransition {
        let determination: JSONValue = [
            "outcome": .string(kind == .priorNotification ? "priorNotification" : "postInvestmentReport"),
            "ruleset": ["version": "2025-05-19"],
        ]
        // Literals that jsonb rewrites (1e1 becomes 10) must not upset the digests the opened event records.
        let facts = try JSONParser().parse(
            #"{"date": "\#(actOn ?? plannedExecution ?? date)", "act": {"holdingAfter": 1.50, "holdingBefore": 1e-1}}"#)
        return try await FilingStore.open(
            FilingOpening(
                organisationID: organisation, kind: kind, plannedExecution: plannedExecution.map(day),
                actOn: actOn.map(day), rulesetVersion: "2025-05-19", determination: determination, facts: facts),
            on: day(date), actor: actor, pool: db.pool, logger: db.logger)
    }

    /// Applies `event` as the case handler.
    @discardableResult
    func apply(
        _ event: FilingEvent, to filing: UUID, expectedVersion: Int? = nil, actor: FilingActor? = nil
    ) async throws -> AppliedTransition {
        try await FilingStore.apply(
            event, toFiling: filing, expectedVersion: expectedVersion, actor: actor ?? self.actor, pool: db.pool,
            logger: db.logger)
    }

    /// Fires the pending deadline of `kind` as the daemon would: in one transaction, through the same function.
    @discardableResult
    func fire(_ kind: FilingDeadlineKind, of filing: UUID, on date: String) async throws -> AppliedTransition {
        try await db.pool.withTransaction(logger: db.logger) { session in
            try await FilingStore.apply(
                .deadlineReached(kind, on: day(date)), toFiling: filing, expectedVersion: nil, actor: .daemon,
                in: session, logger: db.logger)
        }
    }

    /// The filing's deadlines as (kind, due, state), in arming order.
    func deadlines(of filing: UUID) async throws -> [(String, LegalDate, String)] {
        try await db.pool.withConnection(logger: db.logger) { session in
            try await session.query(
                "SELECT kind, due, state FROM deadlines WHERE filing_id = \(filing) ORDER BY armed_at, kind, state",
                logger: db.logger
            ).decode((String, LegalDate, String).self)
        }
    }

    /// The filing's events as (type, version, actor), in log order.
    func events(of filing: UUID) async throws -> [(String, Int, String)] {
        try await db.pool.withConnection(logger: db.logger) { session in
            try await session.query(
                "SELECT type, filing_version, actor FROM filing_events WHERE filing_id = \(filing) ORDER BY id",
                logger: db.logger
            ).decode((String, Int, String).self)
        }
    }

    /// Runs one statement as the test database's superuser.
    func execute(_ sql: SQL) async throws {
        try await db.pool.withConnection(logger: db.logger) { session in
            try await session.execute(sql, logger: db.logger)
        }
    }
}

/// A legal date from its ISO text (test data only).
func day(_ text: String) -> LegalDate {
    do {
        return try LegalDate(iso8601: text)
    } catch {
        Issue.record("bad test date \(text)")
        return LegalDate(dayNumber: 0)
    }
}
