import FilingWorkflow
import LibPQ
import Logging

// DRAFT until the `store` branch lands: this stands in for FilingStore's transition so the daemon's machinery can
// be exercised. It is replaced by a call to the store's function (the same code the CLI uses) on integration.
extension DeadlineFiringService {
    /// Fires a deadline through the filing store, inside the claim transaction.
    package static let store: FireDeadline = { deadline, session, logger in
        guard
            let (state, kind) = try await session.query(
                "SELECT state, kind FROM filings WHERE id = \(deadline.filingID) FOR UPDATE", logger: logger
            ).decodeFirst((String, String).self)
        else { return .refused(reason: "filing \(deadline.filingID) not found") }
        let transitions: [FilingDeadlineKind: (from: String, to: String?, event: String)] = [
            .waitingPeriodEnd: ("waiting", "cleared", "waitingPeriodElapsed"),
            .recommendationReply: ("recommended", "orderPending", "replyWindowElapsed"),
            .postInvestmentReport: ("due", "overdue", "reportOverdue"),
            .changeReport: ("due", "overdue", "reportOverdue"),
            .executionReport: ("executed", nil, "executionReportOverdue"),
            .filingWindow: ("draft", nil, "filingWindowOpened"),
        ]
        guard let transition = transitions[deadline.kind], transition.from == state else {
            return .refused(reason: "a \(deadline.kind.rawValue) deadline does not apply to a \(kind) that is \(state)")
        }
        try await session.execute(
            """
            UPDATE filings SET state = \(transition.to ?? state), version = version + 1, updated_at = now()
            WHERE id = \(deadline.filingID)
            """, logger: logger)
        try await session.execute(
            """
            INSERT INTO filing_events (id, filing_id, organisation_id, filing_version, type, actor, effective_on,
                prev_hash, hash)
            OVERRIDING SYSTEM VALUE
            SELECT coalesce(a.last_event_id, 0) + 1, f.id, f.organisation_id, f.version, \(transition.event),
                'system:feftad', \(deadline.today), a.last_hash,
                sha256(coalesce(a.last_hash, '') || convert_to(f.id::text || \(transition.event), 'UTF8'))
            FROM filings f, audit_chain a WHERE f.id = \(deadline.filingID) AND a.id FOR UPDATE OF a
            """, logger: logger)
        try await session.execute(
            "UPDATE deadlines SET state = 'fired', fired_at = now() WHERE id = \(deadline.id)", logger: logger)
        try await session.execute(
            "SELECT pg_notify('fefta_wakeup', \("{\"kind\":\"deadlineFired\"}"))", logger: logger)
        return .fired(eventType: transition.event)
    }
}
