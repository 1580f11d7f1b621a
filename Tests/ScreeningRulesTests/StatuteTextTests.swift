import Foundation
import JapaneseCalendar
import ScreeningRules
import Testing

/// The embedded statute texts: they read, they equal the files in `Statutes/Texts/`, they are the e-Gov text, and
/// the version shown for a date is the one that applies or is said not to.
struct StatuteTextTests {
    static let textsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/ScreeningRules/Statutes/Texts")

    @Test func everyEmbeddedTextReads() {
        #expect(StatuteLibrary.errors.isEmpty, "\(StatuteLibrary.errors)")
        let instruments = Set(StatuteLibrary.texts.map(\.instrument))
        #expect(instruments.isSuperset(of: [.act, .order, .ordinance, .civilCode, .holidaysAct]))
        #expect(instruments.contains(.supplementary(host: .act, amendment: .init(kind: .act, number: 30, year: 2026))))
    }

    @Test func embeddedCopiesEqualTheTextFiles() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.textsFolder.path)
            .filter { $0.hasSuffix(".txt") }.sorted()
        let held = StatuteLibrary.texts.map(\.fileName) + ["summaries-en.txt"]
        #expect(
            names == held.sorted(),
            "Statutes/Texts and the embedded copies differ; run Deploy/scripts/generate-statutes.sh")
        for text in StatuteLibrary.texts {
            let contents = try String(contentsOf: Self.textsFolder.appendingPathComponent(text.fileName), encoding: .utf8)
            let reread = try StatuteText(fileName: text.fileName, contents: contents)
            #expect(
                reread.nodes == text.nodes && reread.version == text.version,
                "\(text.fileName) differs from its embedded copy; run Deploy/scripts/generate-statutes.sh")
        }
    }

    /// Provisions compared with the e-Gov text as read from the mirror (exact strings).
    static let egovText: [(String, String)] = [
        (
            "Act 27(2)",
            "第二十七条第二項　対内直接投資等について前項の規定による届出をした外国投資家は、財務大臣及び事業所管大臣が当該届出を受理した日から起算して三十日を経過する日までは、当該届出に係る対内直接投資等を行つてはならない。ただし、財務大臣及び事業所管大臣は、その期間の満了前に当該届出に係る対内直接投資等がその事業目的その他からみて次項の規定による審査が必要となる対内直接投資等に該当しないと認めるときは、当該期間を短縮することができる。"
        ),
        ("Act 26(3)", "第二十六条第三項　特定取得とは、上場会社等以外の会社の株式又は持分の第一項各号に掲げるものからの譲受けによる取得をいう。"),
        ("Order 3(3)", "第三条第三項　法第二十七条第一項の規定による届出は、対内直接投資等を行おうとする日前六月以内に、主務省令で定める手続により、しなければならない。"),
        ("Order 3-2(2)(i)", "第三条の二第二項第一号　前条第二項第二号又は第三号に掲げる対内直接投資等"),
        (
            "Ord. 7(3)",
            "第七条第三項　前項に規定する報告書を提出したもの（当該報告書に係る上場会社等の株式若しくは議決権又は上場会社等以外の会社の株式の取得が令第三条第二項各号に掲げる対内直接投資等又は令第四条第二項に掲げる特定取得に該当する場合に限る。）が所有し、又は保有する前項各号に掲げる当該上場会社等の株式の数又は議決権の数の当該上場会社等の発行済株式の総数又は総株主の議決権の数に占める割合が百分の十未満となつた場合には、当該上場会社等の株式の所有又は議決権の保有の状況について、別紙様式第十九による報告書を、その事実の発生の日から三十日以内に、日本銀行を経由して財務大臣及び事業所管大臣に提出しなければならない。この場合において、提出すべき報告書の通数は、一とする。"
        ),
        ("Ord. 別表第三 row 10", "十　第一欄：法第二十六条第二項第七号に規定する金銭の貸付け／第二欄：外国投資家／第三欄：対象業種以外の業種／第四欄：別紙様式第十六"),
        ("Act 71(vi)", "第七十一条第一項第六号　第五十五条の五第一項（同条第二項又は第三項の規定によりみなして適用する場合を含む。）の規定による報告をせず、又は虚偽の報告をしたとき。"),
        ("Civil Code Art. 140", "第百四十条　日、週、月又は年によって期間を定めたときは、期間の初日は、算入しない。ただし、その期間が午前零時から始まるときは、この限りでない。"),
        (
            "Holidays Act Art. 2",
            "第二条　国の行政庁（各行政機関、各行政機関に置かれる部局若しくは機関又は各行政機関の長その他の職員であるものに限る。）に対する申請、届出その他の行為の期限で法律又は法律に基づく命令で規定する期間（時をもつて定める期間を除く。）をもつて定めるものが行政機関の休日に当たるときは、行政機関の休日の翌日をもつてその期限とみなす。ただし、法律又は法律に基づく命令に別段の定めがある場合は、この限りでない。"
        ),
    ]

    @Test(arguments: egovText)
    func storedTextIsTheEGovText(citation: String, expected: String) throws {
        let parsed = try Citation(parsing: citation)
        let group = parsed.groups[0]
        let resolution = StatuteLibrary.resolve(group.provisions[0], of: group.instrument, on: try LegalDate(iso8601: "2025-07-01"))
        #expect(resolution.isResolved)
        #expect(resolution.lines.last { !$0.hasPrefix("（") && !$0.hasPrefix("別表") } == expected)
    }

    @Test func wholeArticleShowsCaptionAndEveryParagraph() throws {
        let resolution = StatuteLibrary.resolve(
            try Citation(parsing: "Act 28-2").groups[0].provisions[0], of: .act, on: try LegalDate(iso8601: "2025-07-01"))
        #expect(resolution.lines.first == "（特定取得の届出の特例）")
        #expect(resolution.lines[1].hasPrefix("第二十八条の二　外国投資家"))
        #expect(resolution.lines.count == 8)
        #expect(resolution.lines.last?.hasPrefix("７　外国投資家以外の者") == true)
    }

    /// (date, status) for the Act's version of 2025-06-01, whose next e-Gov version is dated 2026-06-05.
    static let actVersionStatus: [(String, String)] = [
        ("2025-05-31", "laterVersion"), ("2025-06-01", "applies"), ("2026-06-04", "applies"),
        ("2026-06-05", "superseded"), ("2027-07-04", "superseded"),
    ]

    @Test(arguments: actVersionStatus)
    func actVersionAppliesOnlyBetweenItsVersionDates(date: String, status: String) throws {
        let explanation = try Explanation("Act 27(2)", on: try LegalDate(iso8601: date))
        let json = explanation.json(.en).serialized()
        #expect(json.contains("\"status\":\"\(status)\""), "\(json)")
    }

    @Test func unknownAfterTheVersionsWereChecked() throws {
        let explanation = try Explanation("Ord. 6-2", on: try LegalDate(iso8601: "2026-01-05"))
        #expect(explanation.text(.en).contains("checked up to 2025-07-01"))
        #expect(explanation.text(.ja).contains("確認できていません"))
    }

    @Test func everyHeldArticleHasASummary() {
        for text in StatuteLibrary.texts {
            for node in text.nodes {
                guard case .node(let path) = node.key, path.depth == 1, path.paragraph == 1 else { continue }
                let reference = ProvisionReference(target: .article(path: path.truncated(to: 0), spans: []))
                #expect(
                    StatuteLibrary.summary(of: reference, in: text.instrument) != nil,
                    "\(text.instrument.notation) \(path.truncated(to: 0).notation) has no English summary")
            }
        }
    }

    @Test func everySummaryNamesAProvisionHeld() throws {
        for key in StatuteLibrary.summaries.keys.sorted() {
            let citation = try Citation(parsing: key)
            let group = citation.groups[0]
            let resolution = StatuteLibrary.resolve(group.provisions[0], of: group.instrument, on: .latest)
            #expect(resolution.isResolved, "summary for \(key), which is not held")
        }
    }
}

/// The country catalogue the engine uses and the e-Gov text of Ord. 別表第一 list the same countries, in order.
struct CountryListTextTests {
    @Test func countryListMatchesTheOrdinanceText() throws {
        let resolution = StatuteLibrary.resolve(
            try Citation(parsing: "Ord. 別表第一").groups[0].provisions[0], of: .ordinance,
            on: try LegalDate(iso8601: "2025-07-01"))
        let names = resolution.lines.dropFirst().compactMap { line -> String? in
            let name = line.split(separator: "　").last.map(String.init)
            return name == "削除" ? nil : name
        }
        #expect(names == CountryList.all.map(\.nameJa))
        #expect(names.count == 173)
    }
}
