extension Citation {
    /// The citation for people: Japanese legal form under ``Language/ja`` (法27条の2第1項、28条の2第1項；
    /// 令3条の2第2項3号イからロまで), English form under ``Language/en`` (FEFTA Arts 27-2(1) and 28-2(1); FDI Order
    /// Art. 3-2(2)(iii)(a) to (b)).
    ///
    /// - Parameter language: the language.
    /// - Returns: the rendered citation.
    public func rendered(_ language: Language) -> String {
        language == .ja
            ? groups.map(\.japanese).joined(separator: "；")
            : groups.map(\.english).joined(separator: "; ")
    }

    /// Renders a citation string for people, or returns it unchanged when it is not in the notation (a legacy
    /// string, or prose): output never fails on a citation it cannot read.
    ///
    /// - Parameters:
    ///   - text: the citation string a finding, refusal or deadline carries.
    ///   - language: the language.
    /// - Returns: the rendered citation, or `text`.
    public static func render(_ text: String, _ language: Language) -> String {
        (try? Citation(parsing: text))?.rendered(language) ?? text
    }
}

extension Citation.Group {
    /// The group in Japanese legal form.
    var japanese: String {
        instrument.japanese
            + provisions.map { $0.japanese(articleRangeUnit: true) }.joined(separator: "、")
    }

    /// The group in English form.
    var english: String {
        let articles = provisions.filter {
            if case .table = $0.target { return false }
            return true
        }
        var parts: [String] = []
        if !articles.isEmpty {
            let items = articles.map(\.englishPath)
            let plural = articles.count > 1 || articles.contains {
                if case .articles = $0.target { return true }
                return false
            }
            let list =
                items.count == 1
                ? items[0] : items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
            parts.append((plural ? "Arts " : "Art. ") + list)
        }
        for table in provisions where articles.count < provisions.count {
            if case .table = table.target { parts.append(table.englishPath) }
        }
        return instrument.english + " " + parts.joined(separator: ", ")
    }
}

extension Instrument {
    /// The prefix in Japanese legal form: 法, 令, 命令, 民法, 行政機関の休日に関する法律, 法附則（令和元年法律第60号）.
    public var japanese: String {
        switch self {
        case .act: "法"
        case .order: "令"
        case .ordinance: "命令"
        case .civilCode: "民法"
        case .holidaysAct: "行政機関の休日に関する法律"
        case .supplementary(let host, let amendment):
            Instrument.plainInstrument(host).japanese + "附則（" + amendment.japanese + "）"
        }
    }

    /// The name in English form: FEFTA, FDI Order, FDI Ordinance, Civil Code, Act on Holidays of Administrative
    /// Organs, FEFTA Suppl. Provisions (Act No. 60 of 2019).
    public var english: String {
        switch self {
        case .act: "FEFTA"
        case .order: "FDI Order"
        case .ordinance: "FDI Ordinance"
        case .civilCode: "Civil Code"
        case .holidaysAct: "Act on Holidays of Administrative Organs"
        case .supplementary(let host, let amendment):
            Instrument.plainInstrument(host).english + " Suppl. Provisions (" + amendment.notation + ")"
        }
    }

    /// The instrument a host names.
    static func plainInstrument(_ host: Host) -> Instrument {
        switch host {
        case .act: .act
        case .order: .order
        case .ordinance: .ordinance
        }
    }
}

extension Instrument.Amendment {
    /// The amending instrument in Japanese: 令和元年法律第60号, 平成29年法律第38号, 令和2年政令第154号.
    public var japanese: String {
        let kindName =
            switch kind {
            case .act: "法律"
            case .cabinetOrder: "政令"
            case .ordinance: "府省令"
            }
        return JapaneseEra.year(year) + kindName + "第\(number)号"
    }
}

/// Japanese era years for instrument numbers (法律第N号 is numbered within a calendar year).
enum JapaneseEra {
    /// The era year of a calendar year: 2019 → 令和元年 (the instruments cited from 2019 were promulgated in
    /// Reiwa; an instrument of January to April 2019 would be 平成31年), 2017 → 平成29年, 1980 → 昭和55年.
    static func year(_ year: Int) -> String {
        let (era, first): (String, Int) =
            switch year {
            case 2019...: ("令和", 2019)
            case 1989...: ("平成", 1989)
            case 1926...: ("昭和", 1926)
            case 1912...: ("大正", 1912)
            default: ("明治", 1868)
            }
        let number = year - first + 1
        return era + (number == 1 ? "元" : "\(number)") + "年"
    }
}

extension ProvisionReference {
    /// The provision in Japanese legal form, without the instrument: 27条の2第1項, 別表第三第3号から第7号まで.
    func japanese(articleRangeUnit: Bool) -> String {
        var text: String
        switch target {
        case .article(let path, let spans):
            text = path.japanese
            for (index, span) in spans.enumerated() {
                if index > 0 { text += "、" + Self.japaneseLevel(path.depth, span.lowerBound) }
                if span.count > 1 { text += "から" + Self.japaneseLevel(path.depth, span.upperBound) + "まで" }
            }
        case .articles(let range):
            text = "\(range.lowerBound)条から\(range.upperBound)条まで"
        case .table(let number, let rows):
            text = "別表第" + KanjiNumeral.string(number)
            text += rows.map { $0.count == 1 ? "第\($0.lowerBound)号" : "第\($0.lowerBound)号から第\($0.upperBound)号まで" }
                .joined(separator: "、")
        }
        if let qualifier { text += qualifier.japanese }
        return text
    }

    /// One value of a level in Japanese: 3項, 2号, ロ, (1).
    static func japaneseLevel(_ level: Int, _ value: Int) -> String {
        switch level {
        case 1: "\(value)項"
        case 2: "\(value)号"
        case 3: Iroha.letter(value)
        default: "(\(value))"
        }
    }

    /// The provision in English form, without the instrument and without "Art.": 27-2(1), 3-2(4) to (7),
    /// Appended Table 3, rows 3 to 7.
    var englishPath: String {
        var text: String
        switch target {
        case .article(let path, let spans):
            text = path.english
            for (index, span) in spans.enumerated() {
                if index > 0 { text += (index == spans.count - 1 ? " and " : ", ") + Self.englishLevel(path.depth, span.lowerBound) }
                if span.count > 1 { text += " to " + Self.englishLevel(path.depth, span.upperBound) }
            }
        case .articles(let range):
            text = "\(range.lowerBound) to \(range.upperBound)"
        case .table(let number, let rows):
            text = "Appended Table \(number)"
            if !rows.isEmpty {
                let single = rows.count == 1 && rows[0].count == 1
                text += (single ? ", row " : ", rows ")
                    + rows.map { $0.count == 1 ? "\($0.lowerBound)" : "\($0.lowerBound) to \($0.upperBound)" }
                    .joined(separator: ", ")
            }
        }
        if let qualifier {
            let part =
                switch qualifier {
                case .proviso: ", proviso"
                case .firstSentence: ", first sentence"
                case .secondSentence: ", second sentence"
                case .chapeau: ", opening words"
                }
            text += part
        }
        return text
    }

    /// One value of a level in English: (3), (ii), (b), (1).
    static func englishLevel(_ level: Int, _ value: Int) -> String {
        switch level {
        case 2: "(\(RomanNumeral.lowercase(value)))"
        case 3: Iroha.english(value)
        default: "(\(value))"
        }
    }
}

extension ProvisionPath {
    /// The path in Japanese legal form: 27条の2第1項, 3条2項1号, 3条の2第2項3号ロ.
    public var japanese: String {
        var text = "\(article[0])条" + article.dropFirst().map { "の\($0)" }.joined()
        var levels = ""
        if let paragraph { levels += "\(paragraph)項" }
        if let item { levels += "\(item)号" }
        if let subitem { levels += Iroha.letter(subitem) }
        if let subsubitem { levels += "(\(subsubitem))" }
        // After a branch number, 第 keeps 27条の2 and 1項 apart: 27条の2第1項.
        if !levels.isEmpty, article.count > 1, paragraph != nil { text += "第" }
        return text + levels
    }

    /// The path in English form: 27-2(1), 3-2(2)(iii)(b).
    public var english: String {
        var text = article.map(String.init).joined(separator: "-")
        if let paragraph { text += "(\(paragraph))" }
        if let item { text += "(\(RomanNumeral.lowercase(item)))" }
        if let subitem { text += Iroha.english(subitem) }
        if let subsubitem { text += "(\(subsubitem))" }
        return text
    }
}
