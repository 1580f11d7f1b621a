/// The language of findings and memos.
public enum Language: String, Sendable, Hashable, CaseIterable {
    /// English.
    case en
    /// Japanese.
    case ja
}
