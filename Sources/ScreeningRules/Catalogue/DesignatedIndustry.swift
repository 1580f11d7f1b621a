public import JapaneseCalendar

/// One row of the designated and core industry catalogue (spec/data/designated-industries.csv).
///
/// The notices (業種告示) define items by JSIC name plus product limits; their full text was not available, so
/// each row carries its source and a confidence, and rows that are not verbatim are flagged in findings.
public struct DesignatedIndustry: Sendable, Hashable {
    /// How sure the row is.
    public enum Confidence: String, Sendable, Hashable {
        /// Copied from the notice text.
        case verbatim
        /// From secondary sources (law-firm notes, MOF press releases).
        case secondary
        /// Inferred, not read from any source: to be confirmed.
        case inferred
    }

    /// How a JSIC code given for the target can match the row.
    public enum Matching: String, Sendable, Hashable {
        /// The row's JSIC codes cover exactly its businesses: a code within them is in the row.
        case definite
        /// The row's codes are wider than the item (for example metal mining of 34 minerals within 051): a
        /// code within them may be in the row.
        case possible
        /// The row is a JSIC division limited by product (「次に掲げる物の大分類E―製造業」): a code cannot show it.
        case productDefined
        /// The row has no JSIC code.
        case noCode
    }

    /// `designated` or `core`.
    public let tier: TargetTier
    /// The sector group, such as `ICT/cybersecurity`.
    public let group: String
    /// The JSIC codes (a division letter or 2-4 digits), empty when none is known.
    public let jsicCodes: [JSICCode]
    /// The JSIC revision of the codes (13 or 14), when known.
    public let jsicRevision: Int?
    /// How a target's JSIC code can match this row.
    public let matching: Matching
    /// The industry in Japanese.
    public let nameJa: String
    /// The industry in English.
    public let nameEn: String
    /// Limits and remarks.
    public let qualifier: String
    /// The first day an FDI is caught, or `nil` for rows older than every amendment covered.
    public let appliesFrom: LegalDate?
    /// Whether the row existed before ``appliesFrom`` with a narrower scope (so earlier it may apply).
    public let narrowerScopeBefore: Bool
    /// The index of the row's source in ``IndustryCatalogue/sources``.
    public let sourceIndex: Int
    /// How sure the row is.
    public let confidence: Confidence

    init(
        _ tier: TargetTier, _ group: String, _ codes: [String], _ revision: Int?, _ matching: Matching,
        ja: String, en: String, qualifier: String, from: String?, narrowerBefore: Bool, source: Int,
        _ confidence: Confidence
    ) {
        self.tier = tier
        self.group = group
        self.jsicCodes = codes.compactMap { JSICCode($0) }
        self.jsicRevision = revision
        self.matching = matching
        self.nameJa = ja
        self.nameEn = en
        self.qualifier = qualifier
        self.appliesFrom = from.flatMap { try? LegalDate(iso8601: $0) }
        self.narrowerScopeBefore = narrowerBefore
        self.sourceIndex = source
        self.confidence = confidence
    }

    /// The row's source.
    public var source: String { IndustryCatalogue.sources[sourceIndex] }

    /// Whether the row applies to acts on `date`.
    public func isInForce(on date: LegalDate) -> Bool { appliesFrom.map { $0 <= date } ?? true }

    /// How the target's `code` relates to the row: `.definite`, `.possible`, or `nil` for no match.
    func match(_ code: JSICCode) -> Matching? {
        guard matching == .definite || matching == .possible else { return nil }
        var best: Matching?
        for own in jsicCodes {
            if own.isDivision {
                if code.division.map({ String($0) == own.code }) ?? false { return matching }
            } else if code.code.hasPrefix(own.code) {
                return matching
            } else if !code.isDivision, own.code.hasPrefix(code.code) {
                best = .possible  // the target's code is coarser than the row's
            } else if code.isDivision, own.division.map({ String($0) == code.code }) ?? false {
                best = .possible
            }
        }
        return best
    }
}
