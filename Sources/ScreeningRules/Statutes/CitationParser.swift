/// Reads the citation notation (see ``Citation``), character by character, reporting the first place it cannot
/// read with what it expected there.
struct CitationParser {
    private let text: String
    private let characters: [Character]
    private var index = 0

    init(_ text: String) {
        self.text = text
        self.characters = Array(text)
    }

    private func fail(_ expected: String) -> CitationError {
        CitationError(text: text, offset: index, expected: expected)
    }

    private var atEnd: Bool { index >= characters.count }
    private var current: Character? { atEnd ? nil : characters[index] }

    private func peek(_ literal: String) -> Bool {
        let chars = Array(literal)
        guard index + chars.count <= characters.count else { return false }
        return Array(characters[index..<index + chars.count]) == chars
    }

    private mutating func consume(_ literal: String) -> Bool {
        guard peek(literal) else { return false }
        index += literal.count
        return true
    }

    private mutating func expect(_ literal: String, _ what: String) throws(CitationError) {
        guard consume(literal) else { throw fail("expected \(what)") }
    }

    private mutating func number() -> Int? {
        var digits = ""
        while let c = current, c.isASCII, c.isNumber, digits.count < 6 {
            digits.append(c)
            index += 1
        }
        guard let value = Int(digits), value > 0 else { return nil }
        return value
    }

    mutating func parseCitation() throws(CitationError) -> [Citation.Group] {
        guard !atEnd else { throw fail("expected a citation") }
        var groups: [Citation.Group] = []
        repeat {
            groups.append(try group())
        } while consume("; ")
        guard atEnd else { throw fail("expected \", \" before another provision or \"; \" before another instrument") }
        return groups
    }

    private mutating func group() throws(CitationError) -> Citation.Group {
        let instrument = try instrumentName()
        try expect(" ", "a space after the instrument")
        var provisions = [try provision(instrument)]
        while peek(", ") {
            let save = index
            index += 2
            // "rows 1, 2, 16": further row numbers belong to the table just read.
            if case .table(let number, var rows) = provisions[provisions.count - 1].target, !rows.isEmpty,
                let more = tableRows()
            {
                rows.append(more)
                provisions[provisions.count - 1].target = .table(number: number, rows: rows)
                continue
            }
            index = save + 2
            provisions.append(try provision(instrument))
        }
        return Citation.Group(instrument: instrument, provisions: provisions)
    }

    private mutating func instrumentName() throws(CitationError) -> Instrument {
        for host in Instrument.Host.allCases where consume(host.rawValue + " Suppl. (") {
            var found: Instrument.Amendment.Kind?
            for kind in [Instrument.Amendment.Kind.cabinetOrder, .ordinance, .act] where consume(kind.rawValue) {
                found = kind
                break
            }
            guard let kind = found else { throw fail("expected \"Act\", \"Cabinet Order\" or \"Ordinance\"") }
            try expect(" No. ", "\" No. \"")
            guard let amendmentNumber = number() else { throw fail("expected the instrument's number") }
            try expect(" of ", "\" of \"")
            guard let year = number(), (1868...2200).contains(year) else { throw fail("expected a year") }
            try expect(")", "\")\"")
            return .supplementary(host: host, amendment: .init(kind: kind, number: amendmentNumber, year: year))
        }
        for instrument in Instrument.plain where consume(instrument.notation) {
            return instrument
        }
        throw fail("expected an instrument (Act, Order, Ord., Civil Code, Holidays Act, or Act Suppl. (Act No. N of YYYY))")
    }

    private mutating func provision(_ instrument: Instrument) throws(CitationError) -> ProvisionReference {
        var target: ProvisionReference.Target
        if consume("別表第") {
            target = try table()
        } else if instrument.usesArticleWord {
            if consume("Arts ") {
                guard let from = number() else { throw fail("expected an article number") }
                try expect("-", "\"-\" and the last article")
                guard let to = number(), to > from else { throw fail("expected a later article number") }
                target = .articles(from...to)
            } else {
                try expect("Art. ", "\"Art. \" or \"Arts \"")
                target = try article()
            }
        } else {
            target = try article()
        }
        for qualifier in ProvisionReference.Qualifier.allCases where consume(" " + qualifier.rawValue) {
            return ProvisionReference(target: target, qualifier: qualifier)
        }
        return ProvisionReference(target: target)
    }

    private mutating func table() throws(CitationError) -> ProvisionReference.Target {
        var numeral = ""
        while let c = current, "一二三四五六七八九十".contains(c) {
            numeral.append(c)
            index += 1
        }
        guard let table = KanjiNumeral.value(numeral[...]) else { throw fail("expected a table number (別表第一)") }
        if consume(" row ") {
            guard let row = number() else { throw fail("expected a row number") }
            return .table(number: table, rows: [row...row])
        }
        if consume(" rows ") {
            guard let rows = tableRows() else { throw fail("expected row numbers (rows 3-7)") }
            return .table(number: table, rows: [rows])
        }
        return .table(number: table, rows: [])
    }

    private mutating func tableRows() -> ClosedRange<Int>? {
        let save = index
        guard let from = number() else {
            index = save
            return nil
        }
        if consume("-") {
            guard let to = number(), to > from else {
                index = save
                return nil
            }
            // A row list never continues into a provision path such as "6-2(1)".
            if peek("(") {
                index = save
                return nil
            }
            return from...to
        }
        if peek("(") || peek("-") {
            index = save
            return nil
        }
        return from...from
    }

    private mutating func article() throws(CitationError) -> ProvisionReference.Target {
        guard let first = number() else { throw fail("expected an article number") }
        var article = [first]
        while peek("-"), index + 1 < characters.count, characters[index + 1].isASCII, characters[index + 1].isNumber {
            index += 1
            guard let branch = number() else { throw fail("expected a branch number") }
            article.append(branch)
        }
        var path = ProvisionPath(article: article)
        // Paragraph, item, subitem, sub-subitem, each at most once and in that order.
        if let paragraph = parenthesised(level: 1) { path.paragraph = paragraph }
        if path.paragraph != nil, let item = parenthesised(level: 2) {
            path.item = item
        } else if path.paragraph == nil, let item = parenthesised(level: 2) {
            // An article of one paragraph cites its items directly: Act 71(vi) is the 6th item of its only paragraph,
            // as 法71条6号 is in Japanese.
            path.paragraph = 1
            path.item = item
        }
        if path.item != nil, let subitem = kana() { path.subitem = subitem }
        if path.subitem != nil, let subsub = parenthesised(level: 4) { path.subsubitem = subsub }
        guard let last = path.last else { return .article(path: path, spans: []) }
        var spans: [ClosedRange<Int>] = [last...last]
        while true {
            let start = index
            if consume("-") {
                guard let end = levelValue(path.depth), end > spans[spans.count - 1].upperBound else {
                    index = start + 1
                    throw fail("expected the end of the range, at the same level and after its start")
                }
                spans[spans.count - 1] = spans[spans.count - 1].lowerBound...end
            } else if peek(",("), path.depth != 3 {
                index += 1
                guard let next = levelValue(path.depth), next > spans[spans.count - 1].upperBound else {
                    index = start + 1
                    throw fail("expected a later value at the same level")
                }
                spans.append(next...next)
            } else {
                break
            }
        }
        return .article(path: path, spans: spans)
    }

    /// A value of `level` (1 paragraph, 2 item, 3 subitem, 4 sub-subitem), or nil without moving.
    private mutating func levelValue(_ level: Int) -> Int? {
        level == 3 ? kana() : parenthesised(level: level)
    }

    private mutating func parenthesised(level: Int) -> Int? {
        let save = index
        guard consume("(") else { return nil }
        var value: Int?
        if level == 2 {
            var letters = ""
            while let c = current, "ivxlcdm".contains(c) {
                letters.append(c)
                index += 1
            }
            value = RomanNumeral.value(letters[...])
        } else {
            value = number()
        }
        guard let value, consume(")") else {
            index = save
            return nil
        }
        return value
    }

    private mutating func kana() -> Int? {
        guard let c = current, let n = Iroha.number(c) else { return nil }
        index += 1
        return n
    }
}
