/// The decision procedure of fefta-rules.md §10 over fully resolved facts, in the Catala default/exception shape:
/// the base rule (Act 27(1)) says whether notification is required; the exemption (Act 27-2(1), "notwithstanding
/// Act 27(1)") is an exception to it; the bars to the exemption are exceptions to the exception. Each
/// "notwithstanding" of the statute is one call below, to one rule file.
enum Decision {
    static func decide<R: FindingRecorder>(
        _ f: ResolvedFacts, _ p: RegimeParameters, _ readings: Readings, _ recorder: inout R
    ) -> Verdict {
        // Who: only foreign investors make inward direct investment (Act 26(1)).
        guard ForeignInvestorRule.evaluate(f, &recorder) else { return .noFiling }
        // What: the act must be FDI under the rules in force and the thresholds of its kind (Act 26(2)-(3)).
        guard ActInForceRule.evaluate(f, p, &recorder) else { return .noFiling }
        let trigger = SectorFreeTrigger.evaluate(f, &recorder)
        switch ActScope.evaluate(f, p, trigger: trigger, &recorder) {
        case .notFDI: return .noFiling
        case .missing(let facts): return .undetermined(facts)
        case .fdi: break
        }

        // Default: prior notification where Order 3(2) (or Order 4(2)) is met (Act 27(1), 28(1)).
        guard PriorNotificationRule.evaluate(f, trigger: trigger, &recorder) else {
            return postInvestmentReport(f, p, readings, &recorder)
        }

        // Exception: the exemption (Act 27-2(1), 28-2(1)), itself subject to its exceptions.
        if let exemption = exemption(f, p, trigger: trigger, &recorder) {
            var silent = NoFindings()
            let investorClass = InvestorClassInForceRule.evaluate(f, p, &silent)
            var verdict = Verdict(outcome: .exempt, exemption: exemption.basis, conditions: exemption.conditions)
            if f.kind == .unlistedShares {
                verdict.report = UnlistedReportRule.evaluate(f, exempt: true, p, &recorder)
            } else {
                let (row, missing) = ListedReportRule.exempt(f, investorClass: investorClass, p, readings, &recorder)
                if !missing.isEmpty { return .undetermined(missing) }
                verdict.report = row
            }
            return verdict
        }
        _ = ExecutionReportRule.evaluate(p, &recorder)
        return .priorNotification
    }

    /// The exemption and the exceptions to it, in statutory order; `nil` when notification stays required.
    static func exemption<R: FindingRecorder>(
        _ f: ResolvedFacts, _ p: RegimeParameters, trigger: SectorFreeTrigger, _ recorder: inout R
    ) -> Exemption? {
        guard p.exemptionAvailable else { return nil }
        // Order 3-2(2)(i)-(iii), 4-3(2)(i): acts never exempted.
        guard NonExemptibleActRule.evaluate(f, trigger: trigger, &recorder) else { return nil }
        // Order 3-2(1): investors never exempted.
        let investorClass = InvestorClassInForceRule.evaluate(f, p, &recorder)
        guard !ExcludedInvestorRule.evaluate(f, investorClass: investorClass, &recorder) else { return nil }
        // Act 27-2(1); Order 3-2(2)(iii)イ-ロ: the route and its conditions.
        guard let exemption = ExemptionEligibilityRule.evaluate(f, investorClass: investorClass, p, &recorder) else {
            return nil
        }
        // Ord. 3-2(7)(i)-(vi): planned conduct against the conditions.
        guard ExemptionConditionsRule.evaluate(f, conditions: exemption.conditions, &recorder) else { return nil }
        // Ord. 3-2(7)(vii)-(x): past consent breaches for this issuer (X1).
        guard !PriorConsentBreachRule.evaluate(f, &recorder) else { return nil }
        return exemption
    }

    /// No notification is required: a report if a row of 別表第三 covers the act, otherwise nothing.
    static func postInvestmentReport<R: FindingRecorder>(
        _ f: ResolvedFacts, _ p: RegimeParameters, _ readings: Readings, _ recorder: inout R
    ) -> Verdict {
        let row: ReportRow?
        switch f.kind {
        case .listedShares, .listedVotingRights, .discretionaryMandate, .votingAuthority:
            row = ListedReportRule.nonDesignated(f, p, readings, &recorder)
        case .unlistedShares:
            row = UnlistedReportRule.evaluate(f, exempt: false, p, &recorder)
        default:
            row = OtherActReportRule.evaluate(f, p, &recorder)
        }
        guard let row else { return .noFiling }
        return Verdict(outcome: .postInvestmentReport, report: row)
    }
}
