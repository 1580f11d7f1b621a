import FilingWorkflow
import Foundation
import JapaneseCalendar
import LibPQ
import Logging
import PortfolioScreening
import ScreeningRules
import ScreeningStore

extension RescreenService {
    /// Re-screens the open filings (not closed, not withdrawn) that carry their facts and determination: each is
    /// decided again by the rules engine with the stored issuer list in force on its act's date. When the outcome
    /// differs from the stored determination's, `FilingStore.redetermine` appends an `obligationChanged` event and
    /// replaces the stored determination (the one transition path; actor `system:feftad`), and an
    /// `obligationChanged` notification is written, in one transaction, once per (re-screening, filing). The state
    /// does not change: a case handler decides what the new obligation means for the case.
    ///
    /// A filing whose act date has no stored list in force is not compared (its stored determination may have used
    /// a list from a file).
    ///
    /// - Returns: how many filings were screened and how many changed.
    func rescreenFilings(rescreen id: Int64, today: LegalDate, logger: Logger) async throws -> (Int, Int) {
        let filings = try await pool.withConnection(logger: logger) { session in
            try await session.query(
                """
                SELECT id, facts, determination->>'outcome' FROM filings
                WHERE state NOT IN ('closed', 'withdrawn') AND facts IS NOT NULL AND determination IS NOT NULL
                ORDER BY id
                """, logger: logger
            ).decode((UUID, JSONValue, String?).self)
        }
        let issuers = IssuerListStore(pool: pool)
        var lists: [LegalDate: IssuerList?] = [:]
        var screened = 0
        var changed = 0
        for (filing, json, previous) in filings {
            guard let facts = try? TransactionFacts(json: json) else {
                logger.warning(
                    "a filing's stored facts no longer decode; not re-screened", metadata: ["filing.id": "\(filing)"])
                continue
            }
            if lists[facts.date] == nil {
                lists[facts.date] = .some(try await issuers.list(inForceOn: facts.date, logger: logger))
            }
            guard let list = lists[facts.date] ?? nil else { continue }
            screened += 1
            var engine = ScreeningEngine()
            engine.issuerTiers = list
            guard engine.determine(facts).outcome.rawValue != previous else { continue }
            if try await recordChange(
                filing: filing, rescreen: id, today: today, previous: previous ?? "none",
                determination: engine.explain(facts), listPublished: list.published, logger: logger)
            {
                changed += 1
                metrics.obligationsChanged.increment()
            }
        }
        return (screened, changed)
    }

    /// Records the new determination and writes the notification, unless this re-screening already did (a rerun
    /// after a crash).
    private func recordChange(
        filing: UUID, rescreen: Int64, today: LegalDate, previous: String, determination: Determination,
        listPublished: LegalDate?, logger: Logger
    ) async throws -> Bool {
        let current = determination.outcome.rawValue
        let subject = "filing:" + filing.uuidString.lowercased()
        return try await pool.withTransaction(logger: logger) { session in
            let organisation = try await session.query(
                "SELECT organisation_id FROM filings WHERE id = \(filing) FOR UPDATE", logger: logger
            ).decodeOne(UUID.self)
            let done = try await session.query(
                "SELECT EXISTS (SELECT 1 FROM notifications WHERE rescreen_id = \(rescreen) AND subject = \(subject))",
                logger: logger
            ).decodeOne(Bool.self)
            guard !done else { return false }
            let ruleset = determination.regime?.version ?? "none"
            _ = try await FilingStore.redetermine(
                filing,
                with: Redetermination(
                    determination: determination.json(language: .en), rulesetVersion: determination.regime?.version,
                    issuerListPublished: listPublished),
                on: today, actor: .daemon, in: session, logger: logger)
            let payload: JSONValue = [
                "kind": "obligationChanged", "rescreen": .number(JSONNumber(Int(rescreen))),
                "organisation": .string(organisation.uuidString.lowercased()),
                "filing": .string(filing.uuidString.lowercased()),
                "listPublished": listPublished.map { .string($0.iso8601) } ?? .null,
                "rulesetVersion": .string(ruleset), "effectiveOn": .string(today.iso8601),
                "previous": ["outcome": .string(previous)], "current": ["outcome": .string(current)],
            ]
            try await session.execute(
                """
                INSERT INTO notifications (organisation_id, filing_id, kind, payload, rescreen_id, subject)
                VALUES (\(organisation), \(filing), 'obligationChanged', \(payload), \(rescreen), \(subject))
                """, logger: logger)
            return true
        }
    }
}
