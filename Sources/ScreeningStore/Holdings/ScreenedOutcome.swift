package import Foundation
package import JapaneseCalendar
package import ScreeningRules

/// What a stored holding was last screened to: the tier used and the determination's obligation.
package struct ScreenedOutcome: Sendable, Hashable {
    /// The tier from the issuer list, or `nil` when the list in force did not list the issuer.
    package var tier: TargetTier?
    /// The outcome.
    package var outcome: Outcome
    /// The exemption route.
    package var exemptionBasis: ExemptionBasis?
    /// The exemption conditions.
    package var conditions: ExemptionConditions
    /// The report row.
    package var reportRow: ReportRow?
    /// The report's due date.
    package var reportDue: LegalDate?

    /// An outcome.
    package init(
        tier: TargetTier?, outcome: Outcome, exemptionBasis: ExemptionBasis? = nil,
        conditions: ExemptionConditions = [],
        reportRow: ReportRow? = nil, reportDue: LegalDate? = nil
    ) {
        self.tier = tier
        self.outcome = outcome
        self.exemptionBasis = exemptionBasis
        self.conditions = conditions
        self.reportRow = reportRow
        self.reportDue = reportDue
    }

    /// The outcome of `determination` for an issuer of `tier`.
    package init(tier: TargetTier?, _ determination: Determination) {
        self.init(
            tier: tier, outcome: determination.outcome, exemptionBasis: determination.exemption?.basis,
            conditions: determination.exemption?.conditions ?? [], reportRow: determination.report?.row,
            reportDue: determination.report?.dueDate)
    }

    /// Whether what the investor must do differs (outcome, exemption route and conditions, report row); the tier
    /// and the due date alone do not count.
    package func obligationDiffers(from other: ScreenedOutcome) -> Bool {
        outcome != other.outcome || exemptionBasis != other.exemptionBasis || conditions != other.conditions
            || reportRow != other.reportRow
    }

    /// The conditions as stored (`{B1,B2,B3}`).
    var conditionLabels: [String] { conditions.labels }

    /// Conditions from stored labels.
    static func conditions(_ labels: [String]) -> ExemptionConditions {
        ExemptionConditions.labelled.reduce(into: []) { set, entry in
            if labels.contains(entry.label) { set.insert(entry.condition) }
        }
    }
}

/// A stored holding whose obligation changed on re-screening.
package struct HoldingOutcomeChange: Sendable, Hashable {
    /// The organisation.
    package var organisationID: UUID
    /// The investor.
    package var investorID: UUID
    /// The investor's name.
    package var investorName: String
    /// The issuer's securities code.
    package var securitiesCode: String
    /// The issuer's name on the list in force, when listed.
    package var issuerName: String?
    /// The aggregated holding before.
    package var holdingBefore: Percent
    /// The aggregated holding after.
    package var holdingAfter: Percent
    /// What it was.
    package var previous: ScreenedOutcome
    /// What it is now.
    package var current: ScreenedOutcome
}

/// The result of ``HoldingsStore/rescreenHoldings(on:engine:logger:)``.
package struct HoldingsRescreen: Sendable, Hashable {
    /// The date screened for.
    package var date: LegalDate
    /// The issuer list version used (`nil` when none was published by `date`).
    package var listPublished: LegalDate?
    /// The ruleset version used.
    package var rulesetVersion: String?
    /// The holdings screened.
    package var holdingsScreened: Int
    /// The holdings whose obligation changed, by investor and securities code.
    package var changes: [HoldingOutcomeChange]
}
