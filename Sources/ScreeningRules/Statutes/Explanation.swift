public import JapaneseCalendar

/// What `fefta rules explain` shows for a citation, a Japanese citation or a rule id: the rule (for an id), and for
/// each provision its text in the version that applies on the date, with the e-Gov law id and version, whether
/// that version applies on the date, and our English summary.
public struct Explanation: Sendable {
    /// The input as given.
    public let input: String
    /// The rule, when the input was a rule id.
    public let rule: RuleGlossary?
    /// The citation explained.
    public let citation: Citation
    /// The date asked about.
    public let date: LegalDate
    /// One entry per provision, in citation order.
    public let provisions: [ProvisionExplanation]

    /// One provision of the citation.
    public struct ProvisionExplanation: Sendable {
        /// The provision as a citation of its own (`Act 27(2)`).
        public let citation: Citation
        /// The resolution to text.
        public let resolution: ProvisionResolution
        /// Our English summary, when we wrote one.
        public let summary: String?
    }

    /// Whether every provision's text is held.
    public var isResolved: Bool { provisions.allSatisfy(\.resolution.isResolved) }

    /// Explains an input.
    ///
    /// - Parameters:
    ///   - input: a citation in the notation (`Act 27-2(1)`), in Japanese form (法27条の2第1項) or a rule id (`A3`).
    ///   - date: the date whose version of the text to show.
    /// - Throws: ``ExplanationError`` when the input is none of these, with near matches.
    public init(_ input: String, on date: LegalDate) throws(ExplanationError) {
        let trimmed = input.trimmingSpaces
        self.input = input
        self.date = date
        if let rule = RuleGlossary.entry(trimmed) {
            self.rule = rule
            do {
                self.citation = try Citation(parsing: rule.citation)
            } catch {
                throw ExplanationError(input: input, reason: error.description, suggestions: [])
            }
        } else {
            self.rule = nil
            do {
                self.citation = try Citation(anyForm: trimmed)
            } catch {
                throw ExplanationError(
                    input: input, reason: error.description, suggestions: ExplanationError.nearMatches(trimmed))
            }
        }
        self.provisions = citation.groups.flatMap { group in
            group.provisions.map { provision in
                ProvisionExplanation(
                    citation: Citation(groups: [.init(instrument: group.instrument, provisions: [provision])]),
                    resolution: StatuteLibrary.resolve(provision, of: group.instrument, on: date),
                    summary: StatuteLibrary.summary(of: provision, in: group.instrument))
            }
        }
    }
}

/// An input `fefta rules explain` cannot read: why, and the nearest rule ids and provisions held.
public struct ExplanationError: Error, Sendable, CustomStringConvertible {
    /// The input.
    public let input: String
    /// Why it was not read.
    public let reason: String
    /// Near matches (rule ids and provision citations), best first.
    public let suggestions: [String]

    public var description: String {
        var text = "cannot explain '\(input)': \(reason). Give \(CitationError.acceptedForms)."
        if !suggestions.isEmpty { text += " Did you mean: " + suggestions.joined(separator: ", ") + "?" }
        return text
    }

    /// The rule ids and held provisions closest to `input` (edit distance, case-insensitive), at most five.
    static func nearMatches(_ input: String) -> [String] {
        let candidates = RuleGlossary.all.map(\.id) + StatuteLibrary.heldCitations
        let needle = Array(input.lowercased())
        let scored = candidates.map { candidate in
            (candidate, editDistance(needle, Array(candidate.lowercased())))
        }
        let limit = max(2, needle.count / 3)
        return scored.filter { $0.1 <= limit }.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.prefix(5).map(\.0)
    }

    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1]
            for (j, y) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }
}

extension StatuteLibrary {
    /// The citation of every article, paragraph and table row held (`Act 27`, `Act 27(2)`, `Ord. 別表第三 row 3`).
    public static var heldCitations: [String] {
        var result: [String] = []
        for text in texts {
            let prefix = text.instrument.notation + " " + (text.instrument.usesArticleWord ? "Art. " : "")
            for node in text.nodes {
                let key: String? =
                    switch node.key {
                    case .caption(let article): prefix + article.map(String.init).joined(separator: "-")
                    case .node(let path) where path.depth <= 2: prefix + path.notation
                    case .row(let table, let row): "\(text.instrument.notation) 別表第\(KanjiNumeral.string(table)) row \(row)"
                    case .table(let table): "\(text.instrument.notation) 別表第\(KanjiNumeral.string(table))"
                    default: nil
                    }
                if let key, !result.contains(key) { result.append(key) }
            }
        }
        return result
    }
}
