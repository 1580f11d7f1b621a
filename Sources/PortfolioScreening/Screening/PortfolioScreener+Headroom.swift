package import JapaneseCalendar
package import ScreeningRules

/// The room left before the next threshold whose crossing changes the obligation.
package struct Headroom: Sendable, Hashable {
    /// Percentage points that can still be acquired: `level - holdingAfter`.
    package var points: Percent
    /// The holding at which the obligation changes (the least exact percentage reaching the threshold).
    package var level: Percent
    /// The statutory threshold (1 %, 3 %, 10 %, the exemption cap…).
    package var threshold: Threshold
    /// What a further acquisition reaching `level` would be.
    package var next: Determination
}

/// What an investor must do: the parts of a determination that a threshold can change (not the due date).
package struct Obligation: Sendable, Hashable, CustomStringConvertible {
    /// The outcome.
    package var outcome: Outcome
    /// The exemption route.
    package var basis: ExemptionBasis?
    /// The exemption conditions.
    package var conditions: ExemptionConditions
    /// The report row.
    package var row: ReportRow?

    /// The obligation of a determination.
    package init(_ determination: Determination) {
        outcome = determination.outcome
        basis = determination.exemption?.basis
        conditions = determination.exemption?.conditions ?? []
        row = determination.report?.row
    }

    /// `exempt (B1 B2 B3), report P3`.
    package var description: String {
        var text = outcome.rawValue
        if !conditions.isEmpty { text += " (" + conditions.labels.joined(separator: " ") + ")" }
        if let row { text += ", report \(row.rawValue)" }
        return text
    }
}

extension PortfolioScreener {
    /// How close a holding may be to a threshold to be flagged in the note, in percentage points (0.1).
    package static let nearThreshold = Percent(decimal: 1, scale: 1)

    /// The thresholds of the regime in force on `date`, ascending and distinct: the same set the engine tries
    /// when it resolves a missing holding (the listed threshold, report bands, exemption cap, …).
    package static func thresholds(on date: LegalDate) -> [Threshold] {
        guard let regime = Regime.inForce(on: date) else { return [] }
        let p = RegimeParameters.of(regime)
        var all = [
            p.listedAcquisitionThreshold, p.purposeChangeConsentThreshold, p.jointVotingThreshold,
            p.listedProxyThreshold, p.unlistedFloor, p.reportBandRow3, p.reportBandRow4, p.reportBandRow5,
        ]
        if let cap = p.coreExemptionCap { all.append(cap) }
        var seen = Set<Percent>()
        return all.filter { seen.insert(PortfolioScreener.level($0)).inserted }
            .sorted { PortfolioScreener.level($0) < PortfolioScreener.level($1) }
    }

    /// The least exact percentage that reaches `threshold` (10 for 10 %; 33.3333333334 for one third).
    package static func level(_ threshold: Threshold) -> Percent {
        let scaled = threshold.numerator * Percent.unitsPerPercent
        let (quotient, remainder) = scaled.quotientAndRemainder(dividingBy: threshold.denominator)
        return Percent(units: min(quotient + (remainder > 0 ? 1 : 0), Percent.maximum.units))
    }

    /// The headroom of a position: the least threshold above `holdingAfter` at which a further acquisition (from
    /// `holdingAfter` to the threshold) has a different obligation than a further acquisition that stays below it.
    ///
    /// The comparison is made by the engine itself, so only thresholds that matter for this investor, tier and
    /// date count: 10 % (not 1 % or 3 %) for a non-designated issuer, 1 % for a designated one, the exemption cap
    /// for a core one. `nil` when the outcome is undetermined or nothing changes up to 100 %.
    func headroom(from facts: TransactionFacts, _ determination: Determination) -> Headroom? {
        guard determination.outcome != .undetermined, let after = facts.act.holdingAfter, after < .hundred else {
            return nil
        }
        var further = facts
        further.act.holdingBefore = after
        further.act.holdingAfter = after
        let staying = Obligation(engine.determine(further))
        for threshold in thresholds {
            let level = PortfolioScreener.level(threshold)
            guard level > after, level <= .hundred else { continue }
            further.act.holdingAfter = level
            let next = engine.determine(further)
            if Obligation(next) != staying {
                return Headroom(
                    points: Percent(units: level.units - after.units), level: level, threshold: threshold, next: next)
            }
        }
        return nil
    }

    /// The notes: missing facts, and the thresholds within 0.1 points below or above the holding after.
    func notes(_ facts: TransactionFacts, _ determination: Determination, _ headroom: Headroom?) -> [PortfolioNote] {
        if determination.outcome == .undetermined { return [.missingFacts(determination.missingFacts.paths)] }
        var notes: [PortfolioNote] = []
        if let headroom, headroom.points <= PortfolioScreener.nearThreshold {
            notes.append(
                .belowThreshold(
                    points: headroom.points, threshold: headroom.threshold, reaching: Obligation(headroom.next)))
        }
        // Just above a threshold: would the acquisition have stopped below it, the obligation would differ.
        guard let before = facts.act.holdingBefore, let after = facts.act.holdingAfter else { return notes }
        let actual = Obligation(determination)
        for threshold in thresholds.reversed() {
            let level = PortfolioScreener.level(threshold)
            guard level <= after, after.units - level.units <= PortfolioScreener.nearThreshold.units,
                level.units - 1 >= before.units
            else { continue }
            var below = facts
            below.act.holdingAfter = Percent(units: level.units - 1)
            let alternative = Obligation(engine.determine(below))
            if alternative != actual {
                notes.append(
                    .aboveThreshold(
                        points: Percent(units: after.units - level.units), threshold: threshold,
                        stoppingBelow: alternative))
                break
            }
        }
        return notes
    }
}
