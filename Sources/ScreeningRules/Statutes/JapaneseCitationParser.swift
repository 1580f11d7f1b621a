/// Reads citations in Japanese legal form, as ``Citation/rendered(_:)`` writes them and as lawyers type them:
/// 法27条の2第1項, 法第二十七条の二第一項, 令3条2項1号, 命令別表第三第3号, 民法140条, 法附則（令和元年法律第60号）3条1項.
/// Numbers may be ASCII, full-width or kanji; 第 is optional before each number; groups are separated by ；.
struct JapaneseCitationParser {
    private let text: String
    private let characters: [Character]
    private var index = 0

    init(_ text: String) {
        self.text = text
        self.characters = Array(text)
    }

    private static let prefixes: [(String, Instrument)] = [
        ("外国為替及び外国貿易法", .act), ("対内直接投資等に関する政令", .order), ("対内直接投資等に関する命令", .ordinance),
        ("行政機関の休日に関する法律", .holidaysAct), ("行政機関休日法", .holidaysAct), ("休日法", .holidaysAct),
        ("外為法", .act), ("直投命令", .ordinance), ("直投令", .order), ("命令", .ordinance), ("政令", .order),
        ("民法", .civilCode), ("令", .order), ("法", .act),
    ]

    private func fail(_ expected: String) -> CitationError {
        CitationError(text: text, offset: index, expected: expected)
    }

    private var current: Character? { index < characters.count ? characters[index] : nil }

    private func peek(_ literal: String) -> Bool {
        let chars = Array(literal)
        return index + chars.count <= characters.count && Array(characters[index..<index + chars.count]) == chars
    }

    private mutating func consume(_ literal: String) -> Bool {
        guard peek(literal) else { return false }
        index += literal.count
        return true
    }

    /// A number in ASCII, full-width or kanji digits, after an optional 第.
    private mutating func number() -> Int? {
        let save = index
        _ = consume("第")
        var ascii = ""
        var kanji = ""
        while let c = current {
            if let digit = c.wholeNumberValue, c.isNumber, !"〇一二三四五六七八九十百千".contains(c), kanji.isEmpty {
                ascii += String(digit)
            } else if "〇一二三四五六七八九十百千".contains(c), ascii.isEmpty {
                kanji.append(c)
            } else {
                break
            }
            index += 1
        }
        if let value = Int(ascii) ?? KanjiNumeral.value(kanji[...]), value > 0 { return value }
        index = save
        return nil
    }

    mutating func parse() throws(CitationError) -> [Citation.Group] {
        var groups: [Citation.Group] = []
        repeat {
            groups.append(try group())
        } while consume("；") || consume(";")
        guard index >= characters.count else { throw fail("expected 、 or ； before more") }
        return groups
    }

    private mutating func group() throws(CitationError) -> Citation.Group {
        var found: Instrument?
        for (prefix, instrument) in Self.prefixes where consume(prefix) {
            found = instrument
            break
        }
        guard var instrument = found else { throw fail("expected 法, 令, 命令, 民法 or 行政機関の休日に関する法律") }
        if consume("附則") {
            let host: Instrument.Host
            switch instrument {
            case .act: host = .act
            case .order: host = .order
            case .ordinance: host = .ordinance
            default: throw fail("expected 法附則, 令附則 or 命令附則")
            }
            instrument = try supplementary(host)
        }
        return Citation.Group(instrument: instrument, provisions: try provisions())
    }

    private mutating func supplementary(_ host: Instrument.Host) throws(CitationError) -> Instrument {
        guard consume("（") || consume("(") else { throw fail("expected （ and the amending instrument") }
        let eras: [(String, Int)] = [("令和", 2018), ("平成", 1988), ("昭和", 1925)]
        var base: Int?
        for (era, offset) in eras where consume(era) {
            base = offset
            break
        }
        guard let base else { throw fail("expected an era (令和, 平成, 昭和)") }
        let eraYear: Int
        if consume("元") { eraYear = 1 } else if let n = number() { eraYear = n } else { throw fail("expected a year") }
        guard consume("年") else { throw fail("expected 年") }
        let kinds: [(String, Instrument.Amendment.Kind)] = [("法律", .act), ("政令", .cabinetOrder), ("府省令", .ordinance)]
        var kind: Instrument.Amendment.Kind?
        for (name, value) in kinds where consume(name) {
            kind = value
            break
        }
        guard let kind else { throw fail("expected 法律, 政令 or 府省令") }
        guard let number = number(), consume("号"), consume("）") || consume(")") else {
            throw fail("expected 第N号）")
        }
        return .supplementary(host: host, amendment: .init(kind: kind, number: number, year: base + eraYear))
    }

    private mutating func provisions() throws(CitationError) -> [ProvisionReference] {
        var list = [try provision()]
        while consume("、") || consume("，") {
            let save = index
            // A new provision has 条 or 別表; anything else continues the last level of the one before.
            if let provision = try? provision() {
                list.append(provision)
                continue
            }
            index = save
            try sibling(of: &list[list.count - 1])
        }
        return list
    }

    private mutating func provision() throws(CitationError) -> ProvisionReference {
        var target: ProvisionReference.Target
        if consume("別表") {
            guard let number = number() else { throw fail("expected the table's number (別表第三)") }
            var rows: [ClosedRange<Int>] = []
            if let row = row() {
                rows.append(row)
            }
            target = .table(number: number, rows: rows)
        } else {
            guard let first = number(), consume("条") else { throw fail("expected an article (27条, 第二十七条)") }
            var article = [first]
            while consume("の") {
                guard let branch = number() else { throw fail("expected a branch number after の") }
                article.append(branch)
            }
            if article.count == 1, consume("から") {
                guard let last = number(), consume("条"), consume("まで"), last > first else {
                    throw fail("expected N条まで")
                }
                return ProvisionReference(target: .articles(first...last), qualifier: qualifier())
            }
            var path = ProvisionPath(article: article)
            if let n = unit("項") { path.paragraph = n }
            if path.paragraph == nil, peekUnit("号") { path.paragraph = 1 }
            if path.paragraph != nil, let n = unit("号") { path.item = n }
            if path.item != nil, let c = current, let n = Iroha.number(c) {
                path.subitem = n
                index += 1
                if let n = parenthesised() { path.subsubitem = n }
            }
            var spans: [ClosedRange<Int>] = path.last.map { [$0...$0] } ?? []
            if !spans.isEmpty, consume("から") {
                guard let end = levelValue(path.depth), consume("まで"), end > spans[0].lowerBound else {
                    throw fail("expected the end of the range and まで")
                }
                spans[0] = spans[0].lowerBound...end
            }
            target = .article(path: path, spans: spans)
        }
        return ProvisionReference(target: target, qualifier: qualifier())
    }

    private mutating func row() -> ClosedRange<Int>? {
        let save = index
        guard let from = number(), consume("号") else {
            index = save
            return nil
        }
        if consume("から") {
            guard let to = number(), consume("号"), consume("まで"), to > from else {
                index = save
                return nil
            }
            return from...to
        }
        return from...from
    }

    private mutating func sibling(of provision: inout ProvisionReference) throws(CitationError) {
        switch provision.target {
        case .table(let number, var rows):
            guard let more = row() else { throw fail("expected a row (第N号)") }
            rows.append(more)
            provision.target = .table(number: number, rows: rows)
        case .article(let path, var spans) where !spans.isEmpty:
            guard let from = levelValue(path.depth), from > spans[spans.count - 1].upperBound else {
                throw fail("expected a provision (N条) or a later value at the same level")
            }
            var span = from...from
            if consume("から") {
                guard let to = levelValue(path.depth), consume("まで"), to > from else { throw fail("expected まで") }
                span = from...to
            }
            spans.append(span)
            provision.target = .article(path: path, spans: spans)
        default:
            throw fail("expected a provision (N条)")
        }
    }

    private mutating func levelValue(_ level: Int) -> Int? {
        switch level {
        case 1: return unit("項")
        case 2: return unit("号")
        case 3:
            guard let c = current, let n = Iroha.number(c) else { return nil }
            index += 1
            return n
        default: return parenthesised()
        }
    }

    private mutating func unit(_ name: String) -> Int? {
        let save = index
        guard let n = number(), consume(name) else {
            index = save
            return nil
        }
        return n
    }

    private mutating func peekUnit(_ name: String) -> Bool {
        let save = index
        defer { index = save }
        return unit(name) != nil
    }

    private mutating func parenthesised() -> Int? {
        let save = index
        guard consume("(") || consume("（"), let n = number(), consume(")") || consume("）") else {
            index = save
            return nil
        }
        return n
    }

    private mutating func qualifier() -> ProvisionReference.Qualifier? {
        for qualifier in ProvisionReference.Qualifier.allCases where consume(qualifier.japanese) {
            return qualifier
        }
        return nil
    }
}

extension Citation {
    /// Parses a citation in Japanese legal form (法27条の2第1項, 令3条2項1号, 命令別表第三第3号, 民法140条).
    ///
    /// - Throws: ``CitationError`` naming the position and what was expected there.
    public init(japanese text: String) throws(CitationError) {
        var parser = JapaneseCitationParser(text)
        self.init(groups: try parser.parse())
    }

    /// Parses either form: the notation (`Act 27-2(1)`) or Japanese legal form (法27条の2第1項).
    ///
    /// - Throws: ``CitationError`` of the notation when the text starts with a Latin letter, else of the
    ///   Japanese form.
    public init(anyForm text: String) throws(CitationError) {
        let trimmed = text.trimmingSpaces
        if let first = trimmed.first, first.isASCII {
            try self.init(parsing: trimmed)
        } else {
            try self.init(japanese: trimmed)
        }
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and newlines.
    var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "　" }
        guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[start...end])
    }
}
