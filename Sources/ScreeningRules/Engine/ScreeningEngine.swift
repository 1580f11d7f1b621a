import JapaneseCalendar

/// The FEFTA rules engine: facts in, determination out (design.md §3-4). Pure: no clock, environment, files or
/// database; every date comes in with the facts and issuer lists through an ``IssuerTierLookup``.
///
/// ```swift
/// let facts = try TransactionFacts(json: JSONParser().parse(bytes))
/// let determination = ScreeningEngine().explain(facts)
/// print(determination.json(language: .en).serialized(pretty: true))
/// ```
public struct ScreeningEngine: Sendable {
    /// Resolves `target.securitiesCode` to a tier from an imported MOF issuer list (LIST-1).
    public var issuerTiers: (any IssuerTierLookup)?
    /// The readings chosen where the texts allow two.
    public var readings: Readings

    /// An engine.
    ///
    /// - Parameters:
    ///   - issuerTiers: an issuer list; without one a target known only by its securities code has no tier.
    ///   - readings: the readings (default: those the spec recommends).
    public init(issuerTiers: (any IssuerTierLookup)? = nil, readings: Readings = .recommended) {
        self.issuerTiers = issuerTiers
        self.readings = readings
    }

    /// The determination without findings. Allocation-free when the facts are complete.
    public func determine(_ facts: TransactionFacts) -> Determination {
        var recorder = NoFindings()
        return run(facts, &recorder)
    }

    /// The determination with its findings trail.
    public func explain(_ facts: TransactionFacts) -> Determination {
        var recorder = FindingTrail()
        var determination = run(facts, &recorder)
        determination.findings = recorder.findings
        return determination
    }

    func run<R: FindingRecorder>(_ facts: TransactionFacts, _ recorder: inout R) -> Determination {
        guard let regime = Regime.inForce(on: facts.date) else {
            recorder.record(
                Finding(
                    rule: .ruleset, question: .rulesetQuestion(facts.date.iso8601),
                    facts: [FactUse("date", .string(facts.date.iso8601))],
                    answer: .outsideRuleset, citation: RulesetRule.citation
                )
            )
            return Determination(outcome: .undetermined, regime: nil)
        }
        let p = RegimeParameters.of(regime)
        let listEntry = facts.target.securitiesCode.flatMap {
            issuerTiers?.entry(forSecuritiesCode: $0, on: facts.date)
        }
        var base = ResolvedFacts(facts, regime: regime)
        RulesetRule.evaluate(base, &recorder)
        let tier = TargetTierRule.evaluate(facts, listEntry: listEntry, &recorder)

        var missing: FactPaths = []
        if facts.investor.category == nil { missing.insert(.investorCategory) }
        if facts.investor.investorClass == nil { missing.insert(.investorClass) }
        if facts.act.kind == nil { missing.insert(.actKind) }
        if facts.target.listed == nil && (facts.act.kind?.needsListedFact ?? true) { missing.insert(.targetListed) }
        if !(tier.bounds?.isExact ?? false) { missing.insert(.targetTier) }
        if facts.act.kind?.usesHoldings ?? true {
            if facts.act.holdingAfter == nil { missing.insert(.holdingAfter) }
            if facts.act.holdingBefore == nil && (facts.act.kind?.isAcquisition ?? true) {
                missing.insert(.holdingBefore)
            }
        }
        guard missing.isEmpty, let category = facts.investor.category, let investorClass = facts.investor.investorClass,
            let kind = facts.act.kind, let exactTier = tier.bounds?.lower
        else {
            return resolveMissing(facts, base: base, p, tierBounds: tier.bounds, missing: missing, &recorder)
        }
        base.category = category
        base.investorClass = investorClass
        base.kind = kind
        base.listed = facts.target.listed ?? kind.impliedListed
        base.tier = exactTier
        base.after = facts.act.holdingAfter ?? .zero
        base.before = facts.act.holdingBefore ?? .zero
        let verdict = Decision.decide(base, p, readings, &recorder)
        return finish(verdict, date: facts.date, p, &recorder)
    }

    /// Attaches the notification terms, the report due date and the ruleset version to a verdict.
    func finish<R: FindingRecorder>(
        _ verdict: Verdict, date: LegalDate, _ p: RegimeParameters, _ recorder: inout R
    ) -> Determination {
        var determination = Determination(outcome: verdict.outcome, missingFacts: verdict.missing, regime: p.regime)
        if verdict.outcome == .priorNotification {
            determination.priorNotification = PriorNotificationTerms(
                waitingDays: p.waitingDays, filingWindowMonths: p.filingWindowMonths,
                executionReportDays: p.executionReportDays
            )
        }
        if let basis = verdict.exemption {
            determination.exemption = Exemption(basis: basis, conditions: verdict.conditions)
        }
        if let row = verdict.report {
            determination.report = ReportObligation(row: row, dueDate: ReportDueDateRule.evaluate(date, &recorder))
        }
        return determination
    }
}

extension ResolvedFacts {
    /// The facts with every value that does not need resolving copied, and the rest at placeholders.
    init(_ facts: TransactionFacts, regime: Regime) {
        self.init(
            date: facts.date, regime: regime, category: facts.investor.category ?? .foreignEntity,
            investorClass: facts.investor.investorClass ?? .general, accredited: facts.investor.accredited,
            lowRiskStateOwned: facts.investor.confirmedLowRiskStateOwned, country: facts.investor.country,
            listed: facts.target.listed ?? false, tier: .nonDesignated, kind: facts.act.kind ?? .listedShares,
            before: facts.act.holdingBefore ?? .zero, after: facts.act.holdingAfter ?? .zero,
            fromForeignInvestor: facts.act.fromForeignInvestor, proposedByInvestor: facts.act.proposedByInvestor,
            controlMatters: facts.act.controlMatters, specifiedRatio: facts.act.specifiedRatio,
            loanThresholdsMet: facts.act.loanThresholdsMet,
            sanctionsCapitalTransaction: facts.act.sanctionsCapitalTransaction, plans: facts.plans,
            filed: facts.reportsAlreadyFiled,
            priorConsentBreach: facts.priorConsentBreach
        )
    }
}

extension ActKind {
    /// `target.listed` as the kind implies it (unlisted for acts where listing does not matter).
    var impliedListed: Bool { requiresListedTarget }
}

extension Finding.Message {
    static let outsideRuleset = Self(
        en: "None: the ruleset covers acts from 2017-10-01.", ja: "なし。本規則集は2017-10-01以降の行為を対象とする。"
    )
}
