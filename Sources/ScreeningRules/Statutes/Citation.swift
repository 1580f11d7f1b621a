/// A citation of statute provisions in the notation every finding, refusal and deadline uses, for example
/// `Act 27-2(1), 28-2(1); Order 3-2(2)(iii)イ-ロ; Ord. 3-2(4)-(7)`.
///
/// The grammar:
///
/// ```
/// citation   := group ("; " group)*
/// group      := instrument " " provision (", " provision)*
/// instrument := "Act" | "Order" | "Ord." | "Civil Code" | "Holidays Act"
///             | ("Act" | "Order" | "Ord.") " Suppl. (" ("Act" | "Cabinet Order" | "Ordinance") " No. " N " of " YYYY ")"
/// provision  := article ["(" paragraph ")"] ["(" item ")"] [subitem ["(" subsubitem ")"]] range* [qualifier]
///             | "別表第" kanji-number [" row " N | " rows " rows]
/// article    := digits ("-" digits)*            27, 27-2, 55-9-2 (Civil Code and Holidays Act: "Art. 140", "Arts 1-2")
/// item       := lower-case roman numeral          (iii)
/// subitem    := イ | ロ | ハ | …                   sub-subitem: (1), (2), …
/// range      := "-" last-level | ",(" last-level  3-2(4)-(7), 26(2)(i)-(v), 3-2(2)(iii)イ-ロ, 2(16)(iii),(v)
/// rows       := N ["-" M] (", " N ["-" M])*      rows 3-7, rows 1, 2, 16
/// qualifier  := " proviso" | " 1st sentence" | " 2nd sentence" | " chapeau"
/// ```
///
/// An article of one paragraph may cite its items directly: `Act 71(vi)` reads as `Act 71(1)(vi)` (法71条6号).
/// A range continues the last level cited; a hyphen right after an article's digits is a branch number (27-2 is
/// Article 27-2), so whole articles form a range only as `Arts 1-2`. Citations render in Japanese legal form
/// (``rendered(_:)``: 法27条の2第1項, 令3条2項1号, 命令別表第三第3号, 民法140条) and in English, and resolve to the
/// provisions' text through ``StatuteLibrary``.
public struct Citation: Sendable, Hashable, CustomStringConvertible {
    /// The groups, one per instrument named.
    public var groups: [Group]

    /// The provisions of one instrument.
    public struct Group: Sendable, Hashable {
        /// The instrument.
        public var instrument: Instrument
        /// Its provisions, in the order cited.
        public var provisions: [ProvisionReference]

        /// A group.
        public init(instrument: Instrument, provisions: [ProvisionReference]) {
            self.instrument = instrument
            self.provisions = provisions
        }
    }

    /// A citation of the given groups.
    public init(groups: [Group]) { self.groups = groups }

    /// Parses the notation.
    ///
    /// - Parameter text: a citation such as `Act 27-2(1), 28-2(1); Order 3-2(2)(iii)イ-ロ`.
    /// - Throws: ``CitationError`` naming the position and what was expected there.
    public init(parsing text: String) throws(CitationError) {
        var parser = CitationParser(text)
        self.groups = try parser.parseCitation()
    }

    /// The citation in its canonical notation (what ``init(parsing:)`` reads).
    public var description: String { notation }

    /// The canonical notation.
    public var notation: String {
        groups.map { group in
            group.instrument.notation + " "
                + group.provisions.map { $0.notation(articleWord: group.instrument.usesArticleWord) }
                .joined(separator: ", ")
        }.joined(separator: "; ")
    }
}

extension ProvisionReference {
    /// The provision in the notation, without its instrument.
    func notation(articleWord: Bool) -> String {
        var text: String
        switch target {
        case .article(let path, let spans):
            text = (articleWord ? "Art. " : "") + path.notation
            for (index, span) in spans.enumerated() {
                let level = path.depth
                if index > 0 { text += "," + Self.levelNotation(level, span.lowerBound) }
                if span.upperBound != span.lowerBound { text += "-" + Self.levelNotation(level, span.upperBound) }
            }
        case .articles(let range):
            text = "Arts \(range.lowerBound)-\(range.upperBound)"
        case .table(let number, let rows):
            text = "別表第" + KanjiNumeral.string(number)
            if rows.count == 1, rows[0].count == 1 {
                text += " row \(rows[0].lowerBound)"
            } else if !rows.isEmpty {
                text += " rows " + rows.map { $0.count == 1 ? "\($0.lowerBound)" : "\($0.lowerBound)-\($0.upperBound)" }
                    .joined(separator: ", ")
            }
        }
        if let qualifier { text += " " + qualifier.rawValue }
        return text
    }

    /// One value of a level in the notation: `(4)`, `(iii)`, `ロ`, `(1)`.
    static func levelNotation(_ level: Int, _ value: Int) -> String {
        switch level {
        case 2: "(\(RomanNumeral.lowercase(value)))"
        case 3: Iroha.letter(value)
        default: "(\(value))"
        }
    }
}
