/// One provision of an instrument, as a ``Citation`` names it: an article with its paragraph, item, subitem and
/// sub-subitem, a range at the last level, a list of siblings at the last level, and a qualifier; or a table
/// (別表) with its rows.
public struct ProvisionReference: Sendable, Hashable {
    /// What the reference points at.
    public var target: Target
    /// A part of the provision (`proviso`, `2nd sentence`, `chapeau`), if the citation names one.
    public var qualifier: Qualifier?

    /// The nodes the reference covers, in order (for a range, each node of the range).
    public var paths: [ProvisionPath] {
        switch target {
        case .article(let path, let spans):
            guard !spans.isEmpty else { return [path] }
            return spans.flatMap { span in span.map { path.replacingLast(with: $0) } }
        case .articles(let range): return range.map { ProvisionPath(article: [$0]) }
        case .table: return []
        }
    }

    /// A reference.
    public init(target: Target, qualifier: Qualifier? = nil) {
        self.target = target
        self.qualifier = qualifier
    }

    /// The thing referred to.
    public enum Target: Sendable, Hashable {
        /// An article, or a part of one: `path` is the first node cited; `spans` lists the values of its deepest
        /// level that are cited (a range `3-2(4)-(7)` gives `[4...7]`, a list `2(16)(iii),(v)` gives `[3...3, 5...5]`;
        /// empty for a whole article). The first span starts at `path`'s deepest value.
        case article(path: ProvisionPath, spans: [ClosedRange<Int>])
        /// A range of whole articles, `Arts 1-2` (Civil Code, Holidays Act).
        case articles(ClosedRange<Int>)
        /// A table, `別表第三`, with its rows (`[]` for the whole table).
        case table(number: Int, rows: [ClosedRange<Int>])
    }

    /// A part of a provision.
    public enum Qualifier: String, Sendable, Hashable, CaseIterable {
        /// ただし書.
        case proviso
        /// 前段.
        case firstSentence = "1st sentence"
        /// 後段.
        case secondSentence = "2nd sentence"
        /// 柱書.
        case chapeau

        /// The Japanese name.
        public var japanese: String {
            switch self {
            case .proviso: "ただし書"
            case .firstSentence: "前段"
            case .secondSentence: "後段"
            case .chapeau: "柱書"
            }
        }
    }
}

/// A path into an article: article number with its branch numbers (27-2 is `[27, 2]`), then paragraph, item,
/// subitem (イ = 1) and sub-subitem, each optional below the level above.
public struct ProvisionPath: Sendable, Hashable, Comparable {
    /// The article number and its branch numbers: `[27]`, `[27, 2]`, `[55, 9, 2]`.
    public var article: [Int]
    /// The paragraph (項), 1-based.
    public var paragraph: Int?
    /// The item (号), 1-based.
    public var item: Int?
    /// The subitem (イ = 1, ロ = 2, …).
    public var subitem: Int?
    /// The sub-subitem ((1), (2), …) under a subitem.
    public var subsubitem: Int?

    /// A path.
    public init(article: [Int], paragraph: Int? = nil, item: Int? = nil, subitem: Int? = nil, subsubitem: Int? = nil) {
        self.article = article
        self.paragraph = paragraph
        self.item = item
        self.subitem = subitem
        self.subsubitem = subsubitem
    }

    /// The number of levels below the article (0 for a whole article).
    public var depth: Int {
        if subsubitem != nil { return 4 }
        if subitem != nil { return 3 }
        if item != nil { return 2 }
        return paragraph != nil ? 1 : 0
    }

    /// The path with its deepest level replaced by `value`.
    public func replacingLast(with value: Int) -> ProvisionPath {
        var copy = self
        switch depth {
        case 4: copy.subsubitem = value
        case 3: copy.subitem = value
        case 2: copy.item = value
        case 1: copy.paragraph = value
        default: break
        }
        return copy
    }

    /// The value of the deepest level (nil for a whole article).
    public var last: Int? { subsubitem ?? subitem ?? item ?? paragraph }

    /// The path cut to `depth` levels below the article.
    public func truncated(to depth: Int) -> ProvisionPath {
        ProvisionPath(
            article: article, paragraph: depth >= 1 ? paragraph : nil, item: depth >= 2 ? item : nil,
            subitem: depth >= 3 ? subitem : nil, subsubitem: depth >= 4 ? subsubitem : nil)
    }

    /// The path in the citation notation, without instrument: `3-2(2)(iii)イ(1)`.
    public var notation: String {
        var text = article.map(String.init).joined(separator: "-")
        if let paragraph { text += "(\(paragraph))" }
        if let item { text += "(\(RomanNumeral.lowercase(item)))" }
        if let subitem { text += Iroha.letter(subitem) }
        if let subsubitem { text += "(\(subsubitem))" }
        return text
    }

    public static func < (lhs: ProvisionPath, rhs: ProvisionPath) -> Bool {
        let left = lhs.article + [lhs.paragraph ?? 0, lhs.item ?? 0, lhs.subitem ?? 0, lhs.subsubitem ?? 0]
        let right = rhs.article + [rhs.paragraph ?? 0, rhs.item ?? 0, rhs.subitem ?? 0, rhs.subsubitem ?? 0]
        // Articles differ in branch depth: compare article parts first, shorter (no branch) first.
        if lhs.article != rhs.article {
            return lhs.article.lexicographicallyPrecedes(rhs.article)
        }
        return left.lexicographicallyPrecedes(right)
    }
}
