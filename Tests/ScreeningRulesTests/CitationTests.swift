import ScreeningRules
import Testing

/// The citation notation: parsing, canonical form, and rendering in Japanese legal form and in English.
struct CitationTests {
    /// (notation, Japanese form, English form).
    static let renderings: [(String, String, String)] = [
        ("Act 27(2)", "法27条2項", "FEFTA Art. 27(2)"),
        ("Act 27-2(1)", "法27条の2第1項", "FEFTA Art. 27-2(1)"),
        ("Act 27-2(1), 28-2(1)", "法27条の2第1項、28条の2第1項", "FEFTA Arts 27-2(1) and 28-2(1)"),
        ("Order 3(2)(i)", "令3条2項1号", "FDI Order Art. 3(2)(i)"),
        ("Order 3-2(2)(iii)イ-ロ", "令3条の2第2項3号イからロまで", "FDI Order Art. 3-2(2)(iii)(a) to (b)"),
        ("Ord. 3-2(4)-(7)", "命令3条の2第4項から7項まで", "FDI Ordinance Art. 3-2(4) to (7)"),
        ("Act 26(2)(i)-(v)", "法26条2項1号から5号まで", "FEFTA Art. 26(2)(i) to (v)"),
        ("Order 2(16)(iii),(v)", "令2条16項3号、5号", "FDI Order Art. 2(16)(iii) and (v)"),
        (
            "Order 3-2(1)(i)-(iii),(v)-(vi)", "令3条の2第1項1号から3号まで、5号から6号まで",
            "FDI Order Art. 3-2(1)(i) to (iii) and (v) to (vi)"
        ),
        ("Ord. 6-2", "命令6条の2", "FDI Ordinance Art. 6-2"),
        ("Ord. 別表第三", "命令別表第三", "FDI Ordinance Appended Table 3"),
        ("Ord. 別表第三 row 3", "命令別表第三第3号", "FDI Ordinance Appended Table 3, row 3"),
        ("Ord. 別表第三 rows 3-7", "命令別表第三第3号から第7号まで", "FDI Ordinance Appended Table 3, rows 3 to 7"),
        ("Ord. 別表第三 rows 1, 2, 16", "命令別表第三第1号、第2号、第16号", "FDI Ordinance Appended Table 3, rows 1, 2, 16"),
        ("Ord. 6-2; Ord. 別表第三 rows 3-7", "命令6条の2；命令別表第三第3号から第7号まで", "FDI Ordinance Art. 6-2; FDI Ordinance Appended Table 3, rows 3 to 7"),
        ("Act 27(2) proviso", "法27条2項ただし書", "FEFTA Art. 27(2), proviso"),
        ("Act 27-2(1) 2nd sentence", "法27条の2第1項後段", "FEFTA Art. 27-2(1), second sentence"),
        ("Order 3-2(1) chapeau", "令3条の2第1項柱書", "FDI Order Art. 3-2(1), opening words"),
        ("Civil Code Art. 140", "民法140条", "Civil Code Art. 140"),
        ("Civil Code Art. 143(2)", "民法143条2項", "Civil Code Art. 143(2)"),
        ("Holidays Act Arts 1-2", "行政機関の休日に関する法律1条から2条まで", "Act on Holidays of Administrative Organs Arts 1 to 2"),
        (
            "Act Suppl. (Act No. 60 of 2019) 3(1)-(2)", "法附則（令和元年法律第60号）3条1項から2項まで",
            "FEFTA Suppl. Provisions (Act No. 60 of 2019) Art. 3(1) to (2)"
        ),
        (
            "Order Suppl. (Cabinet Order No. 154 of 2020) 5", "令附則（令和2年政令第154号）5条",
            "FDI Order Suppl. Provisions (Cabinet Order No. 154 of 2020) Art. 5"
        ),
        ("Act Suppl. (Act No. 38 of 2017) 2(1)", "法附則（平成29年法律第38号）2条1項", "FEFTA Suppl. Provisions (Act No. 38 of 2017) Art. 2(1)"),
        ("Ord. 3-2(2)(iii)イ(1)", "命令3条の2第2項3号イ(1)", "FDI Ordinance Art. 3-2(2)(iii)(a)(1)"),
        ("Act 55-9-2(1)", "法55条の9の2第1項", "FEFTA Art. 55-9-2(1)"),
        (
            "Act 27-2(1), 28-2(1); Order 3-2(2)(iii)イ-ロ; Ord. 3-2(4)-(7)",
            "法27条の2第1項、28条の2第1項；令3条の2第2項3号イからロまで；命令3条の2第4項から7項まで",
            "FEFTA Arts 27-2(1) and 28-2(1); FDI Order Art. 3-2(2)(iii)(a) to (b); FDI Ordinance Art. 3-2(4) to (7)"
        ),
    ]

    @Test(arguments: renderings)
    func rendersInBothLanguages(notation: String, japanese: String, english: String) throws {
        let citation = try Citation(parsing: notation)
        #expect(citation.notation == notation)
        #expect(citation.rendered(.ja) == japanese)
        #expect(citation.rendered(.en) == english)
    }

    /// An article of one paragraph cites its items directly (Act 71(vi), 法71条6号): the item of paragraph 1.
    @Test func itemOfAnArticleOfOneParagraph() throws {
        let direct = try Citation(parsing: "Act 71(vi)")
        #expect(direct == (try Citation(parsing: "Act 71(1)(vi)")))
        #expect(direct == (try Citation(japanese: "法71条6号")))
        #expect(try Citation(parsing: "Act 71(iii)-(vi)") == Citation(parsing: "Act 71(1)(iii)-(vi)"))
    }

    @Test(arguments: renderings)
    func readsItsOwnJapaneseForm(notation: String, japanese: String, english: String) throws {
        #expect(try Citation(japanese: japanese) == Citation(parsing: notation))
    }

    /// Japanese forms lawyers type: kanji numerals, 第, full-width digits, long titles.
    static let japaneseInputs: [(String, String)] = [
        ("法第二十七条の二第一項", "Act 27-2(1)"),
        ("外国為替及び外国貿易法第二十七条第二項ただし書", "Act 27(2) proviso"),
        ("外為法２７条２項", "Act 27(2)"),
        ("対内直接投資等に関する政令第三条第二項第一号", "Order 3(2)(i)"),
        ("命令第六条の二", "Ord. 6-2"),
        ("命令別表第三第三号", "Ord. 別表第三 row 3"),
        ("民法第百四十条", "Civil Code Art. 140"),
        ("行政機関の休日に関する法律第二条", "Holidays Act Art. 2"),
        ("法26条1号", "Act 26(1)(i)"),
    ]

    @Test(arguments: japaneseInputs)
    func readsJapaneseInput(input: String, notation: String) throws {
        #expect(try Citation(anyForm: input) == Citation(parsing: notation))
    }

    /// Texts that are not citations, with the character (1-based) where reading stops.
    static let invalid: [(String, Int)] = [
        ("", 1),
        ("Act", 4),
        ("Act27(2)", 4),
        ("Akt 27", 1),
        ("Act 27(2) (D2)", 10),
        ("D2: Act 27(2)", 1),
        ("Act 27(2)-(1)", 11),
        ("Act 27(2)(3)", 10),
        ("Act 26(2)(iiii)", 10),
        ("Civil Code 140", 12),
        ("Act 27(2);Order 3", 10),
        ("Ord. 別表 row 3", 6),
        ("Act Suppl. (Law No. 60 of 2019) 3", 13),
        ("Act 27(2) see design.md §4", 10),
    ]

    @Test(arguments: invalid)
    func rejectsWhatIsNotANotation(text: String, offset: Int) {
        #expect {
            _ = try Citation(parsing: text)
        } throws: { error in
            guard let error = error as? CitationError else { return false }
            return error.offset + 1 == offset
        }
    }

    @Test func errorNamesThePositionAndWhatWasExpected() {
        #expect(throws: CitationError.self) { try Citation(parsing: "Act 27(2) (D2)") }
        do {
            _ = try Citation(parsing: "Act 27(2) (D2)")
        } catch {
            #expect(error.description.contains("character 10"))
            #expect(error.description.contains("expected"))
        }
    }

    @Test func provisionsExpandRangesAndLists() throws {
        let citation = try Citation(parsing: "Order 3-2(1)(i)-(iii),(v)")
        let paths = citation.groups[0].provisions[0].paths.map(\.notation)
        #expect(paths == ["3-2(1)(i)", "3-2(1)(ii)", "3-2(1)(iii)", "3-2(1)(v)"])
    }

    @Test func renderLeavesLegacyStringsAlone() {
        #expect(Citation.render("Ord. 7(1) (D11)", .ja) == "Ord. 7(1) (D11)")
        #expect(Citation.render("Ord. 7(1)", .ja) == "命令7条1項")
    }
}
