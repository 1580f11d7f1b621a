import Foundation
package import JapaneseCalendar
import LibPQ
package import Logging
import PortfolioScreening
package import ScreeningRules

extension HoldingsStore {
    /// Re-screens every stored holding for the date `date` against the issuer list in force then and the ruleset,
    /// stores the new outcomes, and returns the holdings whose obligation changed.
    ///
    /// Each holding is decided as `fefta check --published` would decide it: the stored investor facts, the target
    /// listed and known by its securities code (resolved to its tier on the list in force, or `undetermined` when the
    /// list no longer names it), the act `listedShares` from the stored holding before to the stored holding after.
    /// One transaction per investor, its holdings locked (`FOR UPDATE`) while they are compared and updated, so
    /// concurrent re-screens never report a change twice. Running it again with nothing new returns no changes.
    ///
    /// - Parameters:
    ///   - date: the date to screen for (the daemon passes the database's date in Japan).
    ///   - engine: the rules engine's readings (its issuer list is replaced by the stored one).
    ///   - logger: for the statements.
    /// - Returns: the versions used, the number of holdings screened, and the changes.
    /// - Throws: ``StorageError``.
    package func rescreenHoldings(
        on date: LegalDate, engine: ScreeningEngine = ScreeningEngine(), logger: Logger
    ) async throws -> HoldingsRescreen {
        do {
            let list = try await pool.withConnection(logger: logger) { session in
                try await IssuerListStore.loadInForce(on: date, session, logger)
            }
            var engine = engine
            engine.issuerTiers = list
            let investors = try await pool.withConnection(logger: logger) { session in
                try await session.query(
                    """
                    SELECT i.id, i.organisation_id, i.name, i.facts FROM investors i
                    WHERE EXISTS (SELECT 1 FROM holdings h WHERE h.investor_id = i.id) ORDER BY i.id
                    """, logger: logger
                ).decode((UUID, UUID, String, JSONValue).self)
            }
            var result = HoldingsRescreen(
                date: date, listPublished: list?.published, rulesetVersion: Regime.inForce(on: date)?.version,
                holdingsScreened: 0, changes: [])
            for (investorID, organisationID, name, facts) in investors {
                let profile = try InvestorProfile(json: facts)
                let investor = StoredInvestor(
                    id: investorID, organisationID: organisationID, name: name, facts: profile.facts)
                let (screened, changes) = try await pool.withTransaction(logger: logger) { session in
                    try await HoldingsStore.rescreen(investor, on: date, list: list, engine: engine, session, logger)
                }
                result.holdingsScreened += screened
                result.changes += changes
            }
            return result
        } catch let error as PQError {
            throw StorageError(error)
        } catch let error as RulesInputError {
            throw StorageError.database(
                PQError(.decodingFailed, reason: "investors.facts is not a valid investor: \(error.description)"))
        }
    }

    /// An investor as stored.
    struct StoredInvestor: Sendable {
        var id: UUID
        var organisationID: UUID
        var name: String
        var facts: InvestorFacts
    }

    /// Re-screens one investor's holdings inside a transaction; returns the number screened and the changes.
    static func rescreen(
        _ investor: StoredInvestor, on date: LegalDate, list: IssuerList?, engine: ScreeningEngine,
        _ session: DatabaseSession, _ logger: Logger
    ) async throws -> (Int, [HoldingOutcomeChange]) {
        let rows = try await session.query(
            """
            SELECT securities_code, holding_before, holding_after, tier, outcome, exemption_basis, conditions,
                report_row, report_due, screened_list, ruleset_version
            FROM holdings WHERE investor_id = \(investor.id) ORDER BY securities_code FOR UPDATE
            """, logger: logger
        ).decode(
            (
                String, PostgresNumeric, PostgresNumeric, String?, String, String?, [String], String?, LegalDate?,
                LegalDate?, String?
            ).self)
        let rulesetVersion = Regime.inForce(on: date)?.version
        var changes: [HoldingOutcomeChange] = []
        var updates = HoldingUpdates()
        for (code, beforeText, afterText, tier, outcome, basis, labels, row, due, screenedList, ruleset) in rows {
            let before = try HoldingsStore.percent(beforeText, column: "holding_before")
            let after = try HoldingsStore.percent(afterText, column: "holding_after")
            let previous = ScreenedOutcome(
                tier: tier.flatMap(TargetTier.init(rawValue:)), outcome: Outcome(rawValue: outcome) ?? .undetermined,
                exemptionBasis: basis.flatMap(ExemptionBasis.init(rawValue:)),
                conditions: ScreenedOutcome.conditions(labels), reportRow: row.flatMap(ReportRow.init(rawValue:)),
                reportDue: due)
            let facts = TransactionFacts(
                date: date, investor: investor.facts, target: TargetFacts(listed: true, securitiesCode: code),
                act: ActFacts(kind: .listedShares, holdingBefore: before, holdingAfter: after))
            let issuer = list?.issuer(securitiesCode: code)
            let current = ScreenedOutcome(tier: issuer?.tier, engine.determine(facts))
            if current.obligationDiffers(from: previous) {
                changes.append(
                    HoldingOutcomeChange(
                        organisationID: investor.organisationID, investorID: investor.id, investorName: investor.name,
                        securitiesCode: code, issuerName: issuer?.name, holdingBefore: before, holdingAfter: after,
                        previous: previous, current: current))
            }
            if current != previous || screenedList != list?.published || ruleset != rulesetVersion {
                updates.append(code, current)
            }
        }
        if !updates.codes.isEmpty {
            try await session.execute(
                """
                UPDATE holdings h SET screened_on = \(date), screened_list = \(list?.published),
                    ruleset_version = \(rulesetVersion), tier = NULLIF(u.tier, ''), outcome = u.outcome,
                    exemption_basis = NULLIF(u.basis, ''), conditions = string_to_array(u.conditions, ' '),
                    report_row = NULLIF(u.report_row, ''), report_due = NULLIF(u.report_due, '')::date,
                    screened_at = now()
                FROM unnest(\(updates.codes)::text[], \(updates.tiers)::text[], \(updates.outcomes)::text[],
                            \(updates.bases)::text[], \(updates.conditions)::text[], \(updates.rows)::text[],
                            \(updates.dues)::text[])
                    AS u(code, tier, outcome, basis, conditions, report_row, report_due)
                WHERE h.investor_id = \(investor.id) AND h.securities_code = u.code
                """, logger: logger)
        }
        return (rows.count, changes)
    }

    /// A stored numeric as an exact percentage.
    static func percent(_ value: PostgresNumeric, column: String) throws -> Percent {
        do {
            return try Percent(parsing: value.description)
        } catch {
            throw PQError(.decodingFailed, reason: "holdings.\(column) is not an exact percentage")
        }
    }

    /// Column arrays for one bulk update.
    struct HoldingUpdates {
        var codes: [String] = []
        var tiers: [String] = []
        var outcomes: [String] = []
        var bases: [String] = []
        var conditions: [String] = []
        var rows: [String] = []
        var dues: [String] = []

        mutating func append(_ code: String, _ outcome: ScreenedOutcome) {
            codes.append(code)
            tiers.append(outcome.tier?.rawValue ?? "")
            outcomes.append(outcome.outcome.rawValue)
            bases.append(outcome.exemptionBasis?.rawValue ?? "")
            conditions.append(outcome.conditionLabels.joined(separator: " "))
            rows.append(outcome.reportRow?.rawValue ?? "")
            dues.append(outcome.reportDue?.iso8601 ?? "")
        }
    }
}
