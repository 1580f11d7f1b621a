package import Foundation
package import JapaneseCalendar
import LibPQ
package import ScreeningRules

/// One stored holding with its last screening, as `fefta portfolio show` lists it.
package struct StoredHolding: Sendable, Hashable {
    /// The organisation's name.
    package var organisation: String
    /// The investor's name.
    package var investor: String
    /// The issuer's securities code.
    package var securitiesCode: String
    /// The issuer's name on the list version last used, when that version lists it.
    package var issuerName: String?
    /// The issuer's English name on that version, when it lists it.
    package var issuerNameEn: String?
    /// The aggregated holding before.
    package var holdingBefore: Percent
    /// The aggregated holding after.
    package var holdingAfter: Percent
    /// What the last screening gave.
    package var screened: ScreenedOutcome
    /// The date the last screening decided for.
    package var screenedOn: LegalDate
    /// The issuer list version it used (publication date), when one was in force.
    package var listPublished: LegalDate?
    /// That version's revision.
    package var listRevision: Int?
    /// The ruleset version it applied.
    package var rulesetVersion: String?
    /// When it was screened.
    package var screenedAt: Date

    /// The columns ``init(row:)`` reads, from `holdings h`, `investors i`, `organisations o`, `issuers s` and
    /// `issuer_lists l`.
    static let columns = """
        o.name AS organisation, i.name AS investor, h.securities_code, s.name AS issuer_name,
        s.name_en AS issuer_name_en, h.holding_before, h.holding_after, h.tier, h.outcome, h.exemption_basis,
        h.conditions, h.report_row, h.report_due, h.screened_on, h.screened_list, l.revision, h.ruleset_version,
        h.screened_at
        """

    init(row: QueryRow) throws {
        organisation = try row.decode(String.self, column: "organisation")
        investor = try row.decode(String.self, column: "investor")
        securitiesCode = try row.decode(String.self, column: "securities_code")
        issuerName = try row.decode(String?.self, column: "issuer_name")
        issuerNameEn = try row.decode(String?.self, column: "issuer_name_en")
        holdingBefore = try HoldingsStore.percent(
            row.decode(PostgresNumeric.self, column: "holding_before"), column: "holding_before")
        holdingAfter = try HoldingsStore.percent(
            row.decode(PostgresNumeric.self, column: "holding_after"), column: "holding_after")
        screened = ScreenedOutcome(
            tier: try row.decode(String?.self, column: "tier").flatMap(TargetTier.init(rawValue:)),
            outcome: Outcome(rawValue: try row.decode(String.self, column: "outcome")) ?? .undetermined,
            exemptionBasis: try row.decode(String?.self, column: "exemption_basis").flatMap(
                ExemptionBasis.init(rawValue:)),
            conditions: ScreenedOutcome.conditions(try row.decode([String].self, column: "conditions")),
            reportRow: try row.decode(String?.self, column: "report_row").flatMap(ReportRow.init(rawValue:)),
            reportDue: try row.decode(LegalDate?.self, column: "report_due"))
        screenedOn = try row.decode(LegalDate.self, column: "screened_on")
        listPublished = try row.decode(LegalDate?.self, column: "screened_list")
        listRevision = try row.decode(Int?.self, column: "revision")
        rulesetVersion = try row.decode(String?.self, column: "ruleset_version")
        screenedAt = try row.decode(Date.self, column: "screened_at")
    }
}
