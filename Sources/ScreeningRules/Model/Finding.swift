/// One step of a determination's reasoning: the question a rule asked, the facts it used, its answer and the
/// legal basis (STYLE.md §2.3; modelled on swift-format's `Finding`).
///
/// Findings are values, not errors. Every finding has a non-empty ``citation``.
public struct Finding: Sendable, Hashable {
    /// The rule that made the finding.
    public var rule: RuleID
    /// The question, in English and Japanese.
    public var question: Message
    /// The facts the rule read, by JSON path.
    public var facts: [FactUse]
    /// The answer, in English and Japanese.
    public var answer: Message
    /// The instrument and article (and rule ids of fefta-rules.md).
    public var citation: String
    /// A note on a reading chosen where the texts allow two, or on data confidence.
    public var note: Message?

    /// A finding.
    public init(
        rule: RuleID, question: Message, facts: [FactUse] = [], answer: Message, citation: String,
        note: Message? = nil
    ) {
        self.rule = rule
        self.question = question
        self.facts = facts
        self.answer = answer
        self.citation = citation
        self.note = note
    }

    /// A text in English and Japanese.
    public struct Message: Sendable, Hashable {
        /// English.
        public var en: String
        /// Japanese.
        public var ja: String

        /// A message in both languages.
        public init(en: String, ja: String) {
            self.en = en
            self.ja = ja
        }

        /// The text in `language`.
        public func text(_ language: Language) -> String { language == .ja ? ja : en }
    }
}

/// A fact a finding used: its JSON path and its value (`null` when it was not given).
public struct FactUse: Sendable, Hashable {
    /// The JSON path, such as `act.holdingAfter`.
    public var path: String
    /// The value as JSON (numbers exact); `null` when the fact was not given.
    public var value: JSONValue

    /// A fact use.
    public init(_ path: String, _ value: JSONValue) {
        self.path = path
        self.value = value
    }
}
