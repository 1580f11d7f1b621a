public import JapaneseCalendar

/// One version of an instrument's text as the product holds it: the provisions the engine, the workflow and the
/// deadline calculator cite, taken verbatim from the e-Gov text, with the e-Gov law id and version.
///
/// Each version is a text file in `Sources/ScreeningRules/Statutes/Texts/`, embedded byte for byte by
/// `Deploy/scripts/generate-statutes.sh`. The file has a header of `key: value` lines, a `---` line, then one
/// line per node: its path in the citation notation (`27(2)`, `3-2(2)(iii)イ`, `別表第三 row 3`), a space, and
/// the node's own sentence(s). A line with an article number alone (`27 （…）`) holds the article's caption; a
/// line with a table alone (`別表第三 …`) holds the table's title. Lines starting with `#` are comments.
public struct StatuteText: Sendable {
    /// The file name in `Texts/`.
    public let fileName: String
    /// The instrument.
    public let instrument: Instrument
    /// The e-Gov law id (法令ID), such as 324AC0000000228.
    public let lawID: String
    /// The title (法令名).
    public let lawTitle: String
    /// The e-Gov version this text was taken from: the date from which that version applies.
    public let version: LegalDate
    /// The instrument whose amendment produced this version (as e-Gov names it).
    public let amendedBy: String
    /// The next e-Gov version's date, when one is known; this version applies until the day before.
    public let nextVersion: LegalDate?
    /// The date up to which the list of versions was checked; with no `nextVersion`, whether this version still
    /// applies after this date is not known.
    public let versionsChecked: LegalDate
    /// Every e-Gov version date known for the instrument (held or not).
    public let knownVersions: [LegalDate]
    /// Where the text was read (the file's comment lines).
    public let source: String
    /// The nodes, in file order.
    public let nodes: [Node]

    /// One line of the text.
    public struct Node: Sendable, Hashable {
        /// Where the line sits.
        public var key: Key
        /// The line's text: a caption, a title, or the node's own sentences.
        public var text: String
    }

    /// The place of a line.
    public enum Key: Sendable, Hashable {
        /// An article's caption (見出し).
        case caption([Int])
        /// A paragraph, item, subitem or sub-subitem.
        case node(ProvisionPath)
        /// A table's title.
        case table(Int)
        /// A row of a table.
        case row(table: Int, row: Int)
    }

    /// Whether this version applies on `date`, as far as the known versions tell.
    public func applies(on date: LegalDate) -> Bool {
        guard date >= version else { return false }
        if let nextVersion { return date < nextVersion }
        return date <= versionsChecked
    }

    /// Parses a text file.
    ///
    /// - Parameters:
    ///   - fileName: the file's name, for errors.
    ///   - contents: the file's contents.
    /// - Throws: ``StatuteTextError`` naming the file, line and what was expected.
    public init(fileName: String, contents: String) throws(StatuteTextError) {
        self.fileName = fileName
        var header: [String: String] = [:]
        var comments: [String] = []
        var nodes: [Node] = []
        var inBody = false
        for (offset, rawLine) in contents.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(rawLine)
            let number = offset + 1
            func fail(_ expected: String) -> StatuteTextError {
                StatuteTextError(fileName: fileName, line: number, expected: expected)
            }
            if line.isEmpty { continue }
            if line.hasPrefix("#") {
                comments.append(String(line.dropFirst().drop { $0 == " " }))
                continue
            }
            if !inBody {
                if line == "---" {
                    inBody = true
                    continue
                }
                guard let colon = line.firstIndex(of: ":") else { throw fail("a 'key: value' header line or ---") }
                header[String(line[..<colon])] = String(line[line.index(after: colon)...]).trimmingSpaces
                continue
            }
            guard let node = Self.node(line) else {
                throw fail("a node line: a path such as 27(2) or 別表第三 row 3, a space, and the text")
            }
            nodes.append(node)
        }
        func value(_ key: String) throws(StatuteTextError) -> String {
            guard let value = header[key], !value.isEmpty else {
                throw StatuteTextError(fileName: fileName, line: 0, expected: "a header line '\(key): …'")
            }
            return value
        }
        func date(_ key: String) throws(StatuteTextError) -> LegalDate {
            guard let date = LegalDate(try value(key)) else {
                throw StatuteTextError(fileName: fileName, line: 0, expected: "'\(key)' as YYYY-MM-DD")
            }
            return date
        }
        let name = try value("instrument")
        guard
            let instrument = ((try? Citation(parsing: name + " 1")) ?? (try? Citation(parsing: name + " Art. 1")))?
                .groups[0].instrument
        else {
            throw StatuteTextError(fileName: fileName, line: 0, expected: "'instrument' in the citation notation")
        }
        self.instrument = instrument
        self.lawID = try value("law-id")
        self.lawTitle = try value("law-title")
        self.version = try date("version")
        self.amendedBy = header["amended-by"] ?? ""
        self.nextVersion = (header["next-version"] ?? "").isEmpty ? nil : try date("next-version")
        self.versionsChecked = try date("versions-checked")
        var known: [LegalDate] = []
        for part in (try value("known-versions")).split(separator: ",") {
            guard let date = LegalDate(String(part).trimmingSpaces) else {
                throw StatuteTextError(fileName: fileName, line: 0, expected: "'known-versions' as YYYY-MM-DD, …")
            }
            known.append(date)
        }
        self.knownVersions = known
        self.source = comments.joined(separator: "\n")
        self.nodes = nodes
    }

    /// A body line as a node, or nil.
    static func node(_ line: String) -> Node? {
        if line.hasPrefix("別表第") {
            let numeral = line.dropFirst(3).prefix { "一二三四五六七八九十".contains($0) }
            guard let table = KanjiNumeral.value(numeral) else { return nil }
            let rest = line.dropFirst(3 + numeral.count)
            if rest.hasPrefix(" row ") {
                let afterRow = rest.dropFirst(5)
                let digits = afterRow.prefix { $0.isASCII && $0.isNumber }
                guard let row = Int(digits), afterRow.dropFirst(digits.count).first == " " else { return nil }
                return Node(key: .row(table: table, row: row), text: String(afterRow.dropFirst(digits.count + 1)))
            }
            guard rest.first == " " else { return nil }
            return Node(key: .table(table), text: String(rest.dropFirst()))
        }
        guard let space = line.firstIndex(of: " ") else { return nil }
        let key = String(line[..<space])
        let text = String(line[line.index(after: space)...])
        guard !text.isEmpty, let citation = try? Citation(parsing: "Act " + key),
            citation.groups.count == 1, citation.groups[0].provisions.count == 1,
            case .article(let path, let spans) = citation.groups[0].provisions[0].target, spans.count <= 1,
            spans.first.map({ $0.count == 1 }) ?? true, citation.groups[0].provisions[0].qualifier == nil
        else { return nil }
        return Node(key: path.depth == 0 ? .caption(path.article) : .node(path), text: text)
    }
}

/// A statute text file that cannot be read: the file, the line (0 for the header as a whole) and what was
/// expected.
public struct StatuteTextError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file name.
    public var fileName: String
    /// The line (1-based; 0 for a missing header key).
    public var line: Int
    /// What was expected.
    public var expected: String

    public var description: String { "\(fileName):\(line): expected \(expected)" }
}
