/// The tier of the target: the highest of the investor's assessment (`target.tier`), the MOF issuer list
/// (LIST-1: never below it) and the designated-industry catalogue for `target.industries` and
/// `target.groupIndustries`; capped to the tiers in force on the date.
///
/// Legal basis: Order 3(2)(i) (the target's subsidiaries and certain affiliates count); Ord. 3(3)-(4), 3-2(3),
/// 3-2(5); fefta-rules.md §4.1, §4.3 (LIST-1). Core sectors exist from 2020-06-07 and 特定コア事業者 from
/// 2025-05-19; a tier not yet in force is read as the highest tier then in force.
enum TargetTierRule: ScreeningRule {
    static let id = RuleID.targetTier
    static let citation = "Order 3(2)(i); Ord. 3(3)-(4), 3-2(3), 3-2(5); LIST-1 (fefta-rules.md §4)"

    /// The tier range the facts allow (``TierResolution``), with its finding.
    static func evaluate<R: FindingRecorder>(
        _ facts: TransactionFacts, listEntry: IssuerListEntry?, _ recorder: inout R
    ) -> TierResolution {
        let date = facts.date
        let tiersInForce = Ruleset.tiers.value(on: date) ?? [.nonDesignated, .designated]
        func capped(_ tier: TargetTier) -> TargetTier {
            var tier = tier
            while !tiersInForce.contains(tier) { tier = TargetTier.allCases[tier.rank - 1] }
            return tier
        }
        var explicit: TargetTier?
        if let tier = facts.target.tier { explicit = capped(tier) }
        if let entry = listEntry { explicit = max(explicit ?? .nonDesignated, capped(entry.tier)) }
        var classification: IndustryClassification?
        let codes = facts.target.industries + facts.target.groupIndustries
        if !codes.isEmpty {
            classification = IndustryCatalogue.classify(
                codes, on: date, essentialInfrastructureOperator: facts.target.essentialInfrastructureOperator
            )
        }
        var bounds: TierBounds?
        switch (explicit, classification) {
        case (let tier?, let found?): bounds = TierBounds(exactly: max(tier, found.bounds.lower))
        case (let tier?, nil): bounds = TierBounds(exactly: tier)
        case (nil, let found?): bounds = found.bounds
        case (nil, nil): bounds = nil
        }
        if R.isRecording {
            recorder.record(finding(facts, listEntry: listEntry, classification: classification, bounds: bounds))
        }
        return TierResolution(bounds: bounds)
    }

    static func finding(
        _ facts: TransactionFacts, listEntry: IssuerListEntry?, classification: IndustryClassification?,
        bounds: TierBounds?
    ) -> Finding {
        var used: [FactUse] = [FactUse("target.tier", facts.target.tier.map { .string($0.rawValue) } ?? .null)]
        if let code = facts.target.securitiesCode { used.append(FactUse("target.securitiesCode", .string(code))) }
        if !facts.target.industries.isEmpty {
            used.append(FactUse("target.industries", .array(facts.target.industries.map { .string($0.code) })))
        }
        if !facts.target.groupIndustries.isEmpty {
            used.append(
                FactUse("target.groupIndustries", .array(facts.target.groupIndustries.map { .string($0.code) })))
        }
        var notes: [Finding.Message] = []
        if let given = facts.target.tier, let tiers = Ruleset.tiers.value(on: facts.date), !tiers.contains(given) {
            notes.append(.tierNotInForce(given))
        }
        if let entry = listEntry { notes.append(.tierFromList(entry)) }
        if facts.target.securitiesCode != nil && listEntry == nil { notes.append(.tierNoList) }
        if let found = classification {
            for match in found.matches { notes.append(.tierMatch(match)) }
            for row in found.openCoreRows { notes.append(.tierOpenCore(row)) }
            if found.matches.isEmpty { notes.append(.tierNoMatch) }
            notes.append(.tierProductDefinedCaveat)
        }
        let answer: Finding.Message = bounds.map { .tierAnswer($0) } ?? .tierUnknown
        let note =
            notes.isEmpty
            ? nil
            : Finding.Message(en: notes.map(\.en).joined(separator: " "), ja: notes.map(\.ja).joined(separator: " "))
        return Finding(rule: id, question: .tierQuestion, facts: used, answer: answer, citation: citation, note: note)
    }
}

/// The tier range found for the target, or `nil` bounds when nothing says it.
struct TierResolution {
    var bounds: TierBounds?
}

extension Finding.Message {
    static let tierQuestion = Self(
        en: "Which sector tier do the target and its group have?", ja: "対象会社及びそのグループの業種区分は何か。"
    )

    static func tierAnswer(_ bounds: TierBounds) -> Self {
        bounds.isExact
            ? .init(
                en: "\(bounds.lower.rawValue) (\(bounds.lower.listClass)).",
                ja: "\(bounds.lower.rawValue)（\(bounds.lower.listClass)）。")
            : .init(
                en: "Between \(bounds.lower.rawValue) and \(bounds.upper.rawValue): the facts do not fix it.",
                ja: "\(bounds.lower.rawValue)から\(bounds.upper.rawValue)までのいずれか。事実からは確定しない。"
            )
    }

    static let tierUnknown = Self(
        en: "Unknown: give target.tier, target.industries, or a securities code that an issuer list resolves.",
        ja: "不明。target.tier、target.industries、又は銘柄リストで解決できる証券コードが必要。"
    )

    static func tierFromList(_ entry: IssuerListEntry) -> Self {
        .init(
            en:
                "The MOF issuer list of \(entry.listVersion) classes it \(entry.tier.listClass) (\(entry.tier.rawValue)); the tier is never below it (LIST-1).",
            ja:
                "財務省の銘柄リスト（\(entry.listVersion)）では\(entry.tier.listClass)（\(entry.tier.rawValue)）。これを下回る区分とはしない（LIST-1）。"
        )
    }

    static func tierNotInForce(_ tier: TargetTier) -> Self {
        .init(
            en:
                "\(tier.rawValue) is not a tier under the rules then in force (core from 2020-06-07, coreSpecified from 2025-05-19); it is read as the highest tier then in force.",
            ja: "\(tier.rawValue)は当時の規則に存在しない区分（コアは2020-06-07から、特定コアは2025-05-19から）のため、当時の最上位の区分として扱う。"
        )
    }

    static let tierNoList = Self(
        en: "No issuer list resolved the securities code.", ja: "銘柄リストにより証券コードを解決できなかった。"
    )

    static func tierMatch(_ match: IndustryMatch) -> Self {
        let how = match.definite ? "is in" : "may be in"
        let howJa = match.definite ? "に該当する" : "に該当する可能性がある"
        let flag = match.entry.confidence == .secondary ? "" : " [\(match.entry.confidence.rawValue)]"
        return .init(
            en:
                "JSIC \(match.code) \(how) \(match.entry.tier.rawValue) '\(match.entry.nameEn)' (\(match.entry.group))\(flag).",
            ja: "JSIC \(match.code)は\(match.entry.tier.rawValue)「\(match.entry.nameJa)」\(howJa)\(flag)。"
        )
    }

    static func tierOpenCore(_ row: DesignatedIndustry) -> Self {
        let flag = row.confidence == .secondary ? "" : " [\(row.confidence.rawValue)]"
        return .init(
            en:
                "The group's core row '\(row.nameEn)'\(flag) cannot be decided from JSIC codes, so core stays possible.",
            ja: "同じ区分のコア業種「\(row.nameJa)」\(flag)はJSICコードでは判定できないため、コア業種の可能性が残る。"
        )
    }

    static let tierNoMatch = Self(
        en: "No catalogue row matches the JSIC codes given.", ja: "指定されたJSICコードに該当する業種はカタログにない。"
    )

    static let tierProductDefinedCaveat = Self(
        en:
            "Caution: items defined by product (weapons, aircraft, space, nuclear, dual-use, medical, supply-chain goods) cannot be shown by JSIC codes; give target.tier if the target makes them.",
        ja: "注意：製品で定める業種（武器・航空機・宇宙・原子力・汎用品・医療・サプライチェーン関連物資）はJSICコードでは判定できない。該当する場合はtarget.tierを指定すること。"
    )
}
