public import JapaneseCalendar

/// A cited provision resolved to the text of one version: the lines to show, the nodes the version lacks, and
/// whether the version applies on the date asked about.
public struct ProvisionResolution: Sendable {
    /// The provision.
    public let reference: ProvisionReference
    /// Its instrument.
    public let instrument: Instrument
    /// The version shown, or nil when no version of the instrument is held.
    public let text: StatuteText?
    /// The date asked about.
    public let date: LegalDate
    /// The nodes shown, in the order of the text.
    public let nodes: [StatuteText.Node]
    /// The cited nodes the version does not hold, in the notation.
    public let missing: [String]

    /// Whether every cited node was found.
    public var isResolved: Bool { text != nil && missing.isEmpty && !nodes.isEmpty }

    /// How the version shown relates to `date`.
    public var status: VersionStatus {
        guard let text else { return .notHeld }
        if text.applies(on: date) { return .applies }
        if date < text.version { return .laterVersion }
        if let next = text.nextVersion { return .superseded(by: next) }
        return .unknownAfter(text.versionsChecked)
    }

    /// How a version shown relates to the date asked about.
    public enum VersionStatus: Sendable, Hashable {
        /// The version applies on the date.
        case applies
        /// The version started after the date; the one that applied then is not held.
        case laterVersion
        /// A later version (from the given date, not held) applies on the date.
        case superseded(by: LegalDate)
        /// No later version was known when the versions were last checked (the given date); whether this one
        /// still applies on the date is not known.
        case unknownAfter(LegalDate)
        /// No version of the instrument is held.
        case notHeld
    }

    init(reference: ProvisionReference, instrument: Instrument, text: StatuteText?, date: LegalDate) {
        self.reference = reference
        self.instrument = instrument
        self.text = text
        self.date = date
        guard let text else {
            self.nodes = []
            self.missing = [reference.notation(articleWord: instrument.usesArticleWord)]
            return
        }
        var nodes: [StatuteText.Node] = []
        var missing: [String] = []
        switch reference.target {
        case .table(let number, let rows):
            if let title = text.nodes.first(where: { $0.key == .table(number) }) { nodes.append(title) }
            let wanted = rows.isEmpty ? nil : Set(rows.flatMap { Array($0) })
            let found = text.nodes.filter {
                guard case .row(let table, let row) = $0.key, table == number else { return false }
                return wanted?.contains(row) ?? true
            }
            nodes += found
            for row in (wanted ?? []).sorted() where !found.contains(where: { $0.key == .row(table: number, row: row) }) {
                missing.append("別表第\(KanjiNumeral.string(number)) row \(row)")
            }
            if found.isEmpty && wanted == nil { missing.append("別表第\(KanjiNumeral.string(number))") }
        case .article, .articles:
            for path in reference.paths {
                let found = text.nodes.filter { node in
                    switch node.key {
                    case .caption(let article): return path.depth == 0 && article == path.article
                    case .node(let nodePath):
                        return nodePath.depth >= path.depth && nodePath.truncated(to: path.depth) == path
                    default: return false
                    }
                }
                if !found.contains(where: { if case .node = $0.key { return true } else { return false } }) {
                    missing.append(path.notation)
                }
                for node in found where !nodes.contains(node) { nodes.append(node) }
            }
        }
        self.nodes = nodes
        self.missing = missing
    }

    /// The text as e-Gov lays it out: a caption line, then each node with its label (第二十七条, ２, 一, イ, (1)),
    /// the first one with its full label (第二十七条第二項) when the citation starts below the article.
    public var lines: [String] {
        var result: [String] = []
        // A citation of a paragraph or below names its first node in full (第二十七条第二項); a whole article starts
        // with its own label (第二十七条).
        var first = reference.paths.first.map { $0.depth > 0 } ?? false
        for node in nodes {
            switch node.key {
            case .caption, .table, .row:
                // A row's text starts with the table's own number for it (三, 二の二, 一〇).
                result.append(node.text)
            case .node(let path):
                let label = first ? Self.fullLabel(path) : Self.label(path)
                let indent = first || path.depth <= 1 ? "" : String(repeating: "　", count: path.depth - 1)
                result.append(indent + label + "　" + node.text)
                first = false
            }
        }
        return result
    }

    /// The label e-Gov prints before a node: 第二十七条 for a first paragraph, ２ for a later one, 一 for an item, イ
    /// for a subitem, （１） for a sub-subitem.
    static func label(_ path: ProvisionPath) -> String {
        switch path.depth {
        case 1: path.paragraph == 1 ? articleLabel(path.article) : fullWidth(path.paragraph ?? 0)
        case 2: KanjiNumeral.string(path.item ?? 0)
        case 3: Iroha.letter(path.subitem ?? 0)
        default: "（" + fullWidth(path.subsubitem ?? 0) + "）"
        }
    }

    /// The full label of a node: 第二十七条第二項第一号イ.
    static func fullLabel(_ path: ProvisionPath) -> String {
        var text = articleLabel(path.article)
        if let paragraph = path.paragraph { text += "第" + KanjiNumeral.string(paragraph) + "項" }
        if let item = path.item { text += "第" + KanjiNumeral.string(item) + "号" }
        if let subitem = path.subitem { text += Iroha.letter(subitem) }
        if let subsub = path.subsubitem { text += "（" + fullWidth(subsub) + "）" }
        return text
    }

    /// 第二十七条の二.
    static func articleLabel(_ article: [Int]) -> String {
        "第" + KanjiNumeral.string(article[0]) + "条" + article.dropFirst().map { "の" + KanjiNumeral.string($0) }.joined()
    }

    /// 12 → １２.
    static func fullWidth(_ n: Int) -> String {
        let digits = Array("０１２３４５６７８９")
        return String(String(n).compactMap { $0.wholeNumberValue.map { digits[$0] } })
    }
}
