import JapaneseCalendar

extension ScreeningEngine {
    /// One combination of values for the facts that were not given.
    struct Candidate: Hashable {
        var category: InvestorCategory
        var investorClass: InvestorClass
        var kind: ActKind
        var listed: Bool
        var tier: TargetTier
        var before: Percent
        var after: Percent

        /// The candidate with the coordinate of `fact` blanked, to group candidates that differ only in it.
        func without(_ fact: FactPaths) -> Candidate {
            var copy = self
            switch fact {
            case .investorCategory: copy.category = .domestic
            case .investorClass: copy.investorClass = .general
            case .actKind: copy.kind = .listedShares
            case .targetListed: copy.listed = false
            case .targetTier: copy.tier = .nonDesignated
            case .holdingBefore: copy.before = .zero
            case .holdingAfter: copy.after = .zero
            default: break
            }
            return copy
        }

        func value(of fact: FactPaths) -> String {
            switch fact {
            case .investorCategory: category.rawValue
            case .investorClass: investorClass.rawValue
            case .actKind: kind.rawValue
            case .targetListed: listed ? "true" : "false"
            case .targetTier: tier.rawValue
            case .holdingBefore: before.description
            case .holdingAfter: after.description
            default: ""
            }
        }
    }

    /// Decides with facts missing: tries every value they can take and keeps only those that change the answer.
    func resolveMissing<R: FindingRecorder>(
        _ facts: TransactionFacts, base: ResolvedFacts, _ p: RegimeParameters, tierBounds: TierBounds?,
        missing: FactPaths, _ recorder: inout R
    ) -> Determination {
        let candidates = Self.candidates(facts, p, tierBounds: tierBounds)
        var silent = NoFindings()
        var results: [(Candidate, Verdict)] = []
        results.reserveCapacity(candidates.count)
        for candidate in candidates {
            results.append((candidate, Decision.decide(base.with(candidate), p, readings, &silent)))
        }
        let distinct = Set(results.map(\.1))
        if distinct.count == 1, let verdict = distinct.first, let first = results.first {
            for (fact, path) in FactPaths.pathed where missing.contains(fact) {
                recorder.record(MissingFactRule.irrelevantFinding(path))
            }
            var resolved = base.with(first.0)
            resolved.substituted = missing
            let traced = Decision.decide(resolved, p, readings, &recorder)
            return finish(traced == verdict ? traced : verdict, date: facts.date, p, &recorder)
        }

        var needed: FactPaths = []
        var examples: [FactPaths: (String, String, String, String)] = [:]
        for (fact, _) in FactPaths.pathed where missing.contains(fact) {
            var seen: [Candidate: (Candidate, Verdict)] = [:]
            for (candidate, verdict) in results {
                let key = candidate.without(fact)
                if let (other, otherVerdict) = seen[key] {
                    if otherVerdict != verdict {
                        needed.insert(fact)
                        examples[fact] = (
                            other.value(of: fact), otherVerdict.summary, candidate.value(of: fact), verdict.summary
                        )
                        break
                    }
                } else {
                    seen[key] = (candidate, verdict)
                }
            }
        }
        if needed.isEmpty { needed = missing }
        for (fact, path) in FactPaths.pathed where needed.contains(fact) {
            recorder.record(MissingFactRule.neededFinding(path, example: examples[fact]))
        }
        return Determination(outcome: .undetermined, missingFacts: needed, regime: p.regime)
    }

    /// Every combination of values for the facts not given, with holdings in every band between the thresholds.
    static func candidates(_ facts: TransactionFacts, _ p: RegimeParameters, tierBounds: TierBounds?) -> [Candidate] {
        let categories = facts.investor.category.map { [$0] } ?? InvestorCategory.allCases
        let classes = facts.investor.investorClass.map { [$0] } ?? InvestorClass.allCases
        let kinds = facts.act.kind.map { [$0] } ?? ActKind.allCases
        let tiers = tierBounds?.tiers ?? TargetTier.allCases.filter(p.tiers.contains)
        let levels = holdingLevels(p, specifiedRatio: facts.act.specifiedRatio)
        var result: [Candidate] = []
        for kind in kinds {
            let listedValues =
                kind.needsListedFact ? (facts.target.listed.map { [$0] } ?? [true, false]) : [kind.impliedListed]
            var pairs: [(Percent, Percent)] = []
            if kind.usesHoldings {
                let afters = facts.act.holdingAfter.map { [$0] } ?? levels
                for after in afters {
                    if kind.isAcquisition {
                        let befores = facts.act.holdingBefore.map { [$0] } ?? levels.filter { $0 <= after }
                        for before in befores where before <= after { pairs.append((before, after)) }
                    } else {
                        pairs.append((facts.act.holdingBefore ?? .zero, after))
                    }
                }
            } else {
                pairs = [(facts.act.holdingBefore ?? .zero, facts.act.holdingAfter ?? .zero)]
            }
            for category in categories {
                for investorClass in classes {
                    for listed in listedValues {
                        for tier in tiers {
                            for (before, after) in pairs {
                                result.append(
                                    Candidate(
                                        category: category, investorClass: investorClass, kind: kind, listed: listed,
                                        tier: tier, before: before, after: after
                                    ))
                            }
                        }
                    }
                }
            }
        }
        return result
    }

    /// Holdings that fall in every band the thresholds in force draw: 0, each threshold, the value just below it, 100.
    static func holdingLevels(_ p: RegimeParameters, specifiedRatio: Percent?) -> [Percent] {
        var thresholds = [
            p.listedAcquisitionThreshold, p.purposeChangeConsentThreshold, p.jointVotingThreshold,
            p.listedProxyThreshold, p.unlistedFloor, p.reportBandRow3, p.reportBandRow4, p.reportBandRow5,
        ]
        if let cap = p.coreExemptionCap { thresholds.append(cap) }
        if let ratio = specifiedRatio { thresholds.append(Threshold(ratio)) }
        var levels: Set<Percent> = [.zero, .hundred]
        for threshold in thresholds {
            let at = threshold.smallestReachingUnits
            levels.insert(Percent(units: at))
            if at > 0 { levels.insert(Percent(units: at - 1)) }
        }
        return levels.sorted()
    }
}

extension Threshold {
    /// The smallest number of units (10⁻¹⁰ %) that reaches the threshold: ⌈numerator × 10¹⁰ / denominator⌉.
    var smallestReachingUnits: Int64 {
        let product = numerator.multipliedFullWidth(by: Percent.unitsPerPercent)
        let (quotient, remainder) = denominator.dividingFullWidth(product)
        return remainder > 0 ? quotient + 1 : quotient
    }
}

extension ResolvedFacts {
    func with(_ candidate: ScreeningEngine.Candidate) -> ResolvedFacts {
        var copy = self
        copy.category = candidate.category
        copy.investorClass = candidate.investorClass
        copy.kind = candidate.kind
        copy.listed = candidate.listed
        copy.tier = candidate.tier
        copy.before = candidate.before
        copy.after = candidate.after
        return copy
    }
}

extension Verdict {
    /// A short description for examples in findings: outcome, basis, report row.
    var summary: String {
        var text = outcome.rawValue
        if let exemption { text += " (\(exemption.rawValue))" }
        if let report { text += " + report \(report.rawValue)" }
        return text
    }
}
