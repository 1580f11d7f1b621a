public import JapaneseCalendar

/// The designated and core industry catalogue (fefta-rules.md §4.2; designated-industries.md), as data.
///
/// ``classify(_:on:essentialInfrastructureOperator:)`` turns a target's JSIC codes into the range of tiers the
/// catalogue allows on a date: a definite match raises the lowest tier; a row whose codes are wider than its
/// item, or a group whose core rows are defined by product or "part of" the group, raises only the highest.
public enum IndustryCatalogue {
    /// Every row, in CSV order (99 rows: 63 designated, 36 core).
    public static let all: [DesignatedIndustry] = entriesPart1 + entriesPart2 + entriesPart3

    /// The citation for tier derivation from industries.
    public static let citation = "Order 3(2)(i); Ord. 3(3)-(4), 3-2(3); 業種告示 (designated and core notices)"

    /// Classifies JSIC codes on `date`.
    ///
    /// - Parameters:
    ///   - codes: the JSIC codes of the businesses (of the target and of its group).
    ///   - date: the date of the act; rows apply from their application dates.
    ///   - essentialInfrastructureOperator: whether a core business is run by a 特定社会基盤事業者 (Ord. 3-2(5));
    ///     `nil` when not known.
    /// - Returns: the tier range and the rows matched.
    public static func classify(
        _ codes: [JSICCode], on date: LegalDate, essentialInfrastructureOperator: Bool?
    ) -> IndustryClassification {
        var lower = TargetTier.nonDesignated
        var upper = TargetTier.nonDesignated
        var matches: [IndustryMatch] = []
        var openCoreRows: [DesignatedIndustry] = []
        let inForce = all.filter { $0.isInForce(on: date) }
        let coreRows = inForce.filter { $0.tier.isCore }
        let coreGroups = Set(coreRows.map(\.group))
        for code in codes {
            for entry in all {
                guard let strength = entry.match(code) else { continue }
                let applies = entry.isInForce(on: date)
                guard applies || entry.narrowerScopeBefore else { continue }
                let definite = applies && strength == .definite
                matches.append(IndustryMatch(code: code, entry: entry, definite: definite))
                if definite { lower = max(lower, entry.tier) }
                upper = max(upper, entry.tier)
                if entry.tier == .designated, coreGroups.contains(entry.group) {
                    upper = max(upper, .core)
                    for row in coreRows where row.group == entry.group && !openCoreRows.contains(row) {
                        openCoreRows.append(row)
                    }
                }
            }
        }
        let tiers = Ruleset.tiers.value(on: date) ?? [.nonDesignated, .designated]
        if !tiers.contains(.core) {
            lower = min(lower, .designated)
            upper = min(upper, .designated)
        } else if tiers.contains(.coreSpecified) {
            switch essentialInfrastructureOperator {
            case true?:
                if lower == .core { lower = .coreSpecified }
                if upper == .core { upper = .coreSpecified }
            case nil:
                if upper == .core { upper = .coreSpecified }
            case false?:
                break
            }
        }
        return IndustryClassification(
            bounds: TierBounds(lower: lower, upper: max(lower, upper)), matches: matches, openCoreRows: openCoreRows
        )
    }
}

/// The range of tiers a target can have: the facts establish at least `lower` and cannot exclude `upper`.
public struct TierBounds: Sendable, Hashable {
    /// The lowest tier the facts allow.
    public var lower: TargetTier
    /// The highest tier the facts allow.
    public var upper: TargetTier

    /// A range.
    public init(lower: TargetTier, upper: TargetTier) {
        self.lower = lower
        self.upper = max(lower, upper)
    }

    /// Exactly one tier.
    public init(exactly tier: TargetTier) { self.init(lower: tier, upper: tier) }

    /// Whether the range is a single tier.
    public var isExact: Bool { lower == upper }

    /// The tiers in the range, lowest first.
    public var tiers: [TargetTier] { TargetTier.allCases.filter { $0 >= lower && $0 <= upper } }
}

/// What the catalogue found for a set of JSIC codes.
public struct IndustryClassification: Sendable, Hashable {
    /// The tier range.
    public var bounds: TierBounds
    /// The rows matched.
    public var matches: [IndustryMatch]
    /// Core rows of the matched groups that JSIC codes cannot decide (defined by product, "part of" the group, or
    /// without a code); they are why the highest tier stays core.
    public var openCoreRows: [DesignatedIndustry]
}

/// A catalogue row matched by one of the target's JSIC codes.
public struct IndustryMatch: Sendable, Hashable {
    /// The target's code.
    public let code: JSICCode
    /// The row.
    public let entry: DesignatedIndustry
    /// Whether the code surely falls in the row (otherwise it may).
    public let definite: Bool
}
