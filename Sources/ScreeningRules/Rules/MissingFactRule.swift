/// A fact without a default that is absent: the engine tries every value it can take (every category, class,
/// tier or act kind; a value in every band between the thresholds for holdings) and asks whether the answer
/// changes. If it does, the determination is `undetermined` and the fact is in `missingFacts`; if it does not, the
/// answer stands and this finding says the fact was not needed. Never a silent default (design.md §3-4).
///
/// Legal basis: design.md §4 (missing facts); the thresholds tried are those of ``RegimeParameters``.
enum MissingFactRule: ScreeningRule {
    static let id = RuleID.missingFact
    static let citation = "design.md §4 (undetermined and missingFacts); thresholds of the ruleset in force"

    static func neededFinding(_ path: String, example: (String, String, String, String)?) -> Finding {
        Finding(
            rule: id, question: .missingQuestion(path), facts: [FactUse(path, .null)],
            answer: .missingNeeded(path, example), citation: citation)
    }

    static func irrelevantFinding(_ path: String) -> Finding {
        Finding(
            rule: id, question: .missingQuestion(path), facts: [FactUse(path, .null)], answer: .missingIrrelevant,
            citation: citation)
    }
}

extension Finding.Message {
    static func missingQuestion(_ path: String) -> Self {
        .init(en: "Is \(path), which was not given, needed for the answer?", ja: "指定のない\(path)は判断に必要か。")
    }

    static func missingNeeded(_ path: String, _ example: (String, String, String, String)?) -> Self {
        guard let (a, resultA, b, resultB) = example else {
            return .init(en: "Yes: the answer depends on it.", ja: "必要。結論がこれに依存する。")
        }
        return .init(
            en: "Yes: the answer depends on it (with \(a): \(resultA); with \(b): \(resultB)).",
            ja: "必要。結論がこれに依存する（\(a)の場合：\(resultA)、\(b)の場合：\(resultB)）。"
        )
    }

    static let missingIrrelevant = Self(
        en: "No: every value it can take gives the same answer; the findings below show it as not given.",
        ja: "不要。いずれの値でも結論は同じ。以下の判断では指定なしとして示す。"
    )
}
