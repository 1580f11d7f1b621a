import DatabaseTestSupport
import FilingWorkflow
import Foundation
import LibPQ
import Testing

@testable import ScreeningStore

/// `Schema/0002_filings.sql`: rows the workflow can never produce are refused by the database itself.
@Suite struct FilingSchemaTests {
    private func violation(_ fixture: FilingFixture, _ sql: SQL) async -> (SQLState?, String?) {
        do {
            try await fixture.execute(sql)
            return (nil, nil)
        } catch let error as PQError {
            return (error.sqlState, error.constraintName)
        } catch {
            return (nil, nil)
        }
    }

    @Test(.hangGuard)
    func impossibleFilingsAreRefused() async throws {
        try await withTestDatabase { db in
            let fixture = try await FilingFixture.make(db)
            let org = fixture.organisation
            let cases: [(SQL, String)] = [
                (
                    "INSERT INTO filings (organisation_id, kind, state) VALUES (\(org), 'priorNotification', 'due')",
                    "filings_state_check"
                ),
                (
                    "INSERT INTO filings (organisation_id, kind, state) VALUES (\(org), 'merger', 'draft')",
                    "filings_kind_check"
                ),
                (
                    "INSERT INTO filings (organisation_id, kind, state) VALUES (\(org), 'postInvestmentReport', 'due')",
                    "filings_report_dates"
                ),
                (
                    "INSERT INTO filings (organisation_id, kind, state) VALUES (\(org), 'priorNotification', 'filed')",
                    "filings_submitted_check"
                ),
                (
                    """
                    INSERT INTO filings (organisation_id, kind, state, filed_on)
                    VALUES (\(org), 'priorNotification', 'waiting', '2025-07-01')
                    """, "filings_accepted_check"
                ),
                (
                    """
                    INSERT INTO filings (organisation_id, kind, state, filed_on, accepted_on, waiting_ends_on)
                    VALUES (\(org), 'priorNotification', 'filed', '2025-07-02', '2025-07-01', '2025-07-31')
                    """, "filings_accepted_after_filing"
                ),
                (
                    """
                    INSERT INTO filings (organisation_id, kind, state, extended_to_months)
                    VALUES (\(org), 'priorNotification', 'draft', 6)
                    """, "filings_extended_to_months_check"
                ),
                (
                    "INSERT INTO filings (organisation_id, kind, state, assignee_id) VALUES (\(org), 'priorNotification', 'draft', \(UUID()))",
                    "filings_assignee_fkey"
                ),
            ]
            for (sql, constraint) in cases {
                let (_, name) = await violation(fixture, sql)
                #expect(name == constraint, "\(sql)")
            }
        }
    }

    @Test(.hangGuard)
    func deadlinesKeepOnePendingPerKindAndTheirFiringDay() async throws {
        try await withTestDatabase { db in
            let fixture = try await FilingFixture.make(db)
            let opened = try await fixture.open(.postInvestmentReport, on: "2025-07-01", actOn: "2025-06-27")
            let id = opened.filing.id
            let org = fixture.organisation
            let duplicate = await violation(
                fixture,
                """
                INSERT INTO deadlines (filing_id, organisation_id, kind, due, fires_on, basis)
                VALUES (\(id), \(org), 'postInvestmentReport', '2025-08-12', '2025-08-13', 'D11')
                """)
            #expect(duplicate.0 == .uniqueViolation)
            #expect(duplicate.1 == "deadlines_one_pending_key")
            let early = await violation(
                fixture,
                """
                INSERT INTO deadlines (filing_id, organisation_id, kind, due, fires_on, basis)
                VALUES (\(id), \(org), 'executionReport', '2025-08-12', '2025-08-12', 'D11')
                """)
            #expect(early.1 == "deadlines_fires_on_check", "a deadline to act must fire the day after its due date")
            let firedWithoutTime = await violation(
                fixture, "UPDATE deadlines SET state = 'fired' WHERE filing_id = \(id)")
            #expect(firedWithoutTime.1 == "deadlines_fired_check")
            let otherTenant = try await FilingFixture.make(db, name: "Other LLP")
            let crossTenant = await violation(
                fixture,
                """
                INSERT INTO deadlines (filing_id, organisation_id, kind, due, fires_on, basis)
                VALUES (\(id), \(otherTenant.organisation), 'changeReport', '2025-08-12', '2025-08-13', 'D11b')
                """)
            #expect(crossTenant.1 == "deadlines_filing_fkey", "a deadline cannot point at another tenant's filing")
            let reminderTwice = await violation(
                fixture,
                """
                INSERT INTO notifications (organisation_id, filing_id, deadline_id, kind, reminder_offset, payload)
                SELECT organisation_id, filing_id, id, 'reminder', 5, '{}'::jsonb FROM deadlines WHERE filing_id = \(id)
                UNION ALL
                SELECT organisation_id, filing_id, id, 'reminder', 5, '{}'::jsonb FROM deadlines WHERE filing_id = \(id)
                """)
            #expect(reminderTwice.1 == "notifications_reminder_key")
            let badActor = await violation(
                fixture,
                """
                INSERT INTO filing_events (id, filing_id, organisation_id, filing_version, type, actor, effective_on,
                    prev_hash, hash)
                OVERRIDING SYSTEM VALUE
                SELECT 2, \(id), \(org), 2, 'noted', 'Taro Yamada', '2025-07-02', last_hash, last_hash FROM audit_chain
                """)
            #expect(badActor.1 == "filing_events_actor_check")
        }
    }
}
