import JapaneseCalendar
import PortfolioScreening
import ScreeningRules
import Testing

/// `fefta portfolio check --format text`: the table for people, what needs action first, in English or Japanese.
struct PortfolioTextTests {
    static let list =
        (try? issuerList(sampleList, published: day("2025-07-15")))
        ?? IssuerList(
            published: nil, issuers: [])

    /// One issuer per kind of answer: prior notification (6501, core, to 10.5 %), not screened (130A), a report
    /// due with headroom 1 (7203, core, to 2 %, exempt), a report due with no headroom (1301, non-designated, to
    /// 10 %), and exempt without a report (9984, designated, from 1 to 2.95 %).
    static let holdings = """
        securities_code,holding_before,holding_after
        1301,0,10
        6501,0,10.5
        7203,0,2
        9984,1,2.95
        130A,x,1
        """

    static func lines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    @Test func rowsComeInTheOrderOfWhatNeedsActionFirst() throws {
        let report = try screen(Self.holdings, list: Self.list)
        let order = report.rows.sorted { $0.actionOrder < $1.actionOrder }.map(\.issuer.securitiesCode)
        #expect(order == ["6501", "130A", "7203", "1301", "9984"])
        let table = Self.lines(report.text(language: .en))
        let codes = table.dropFirst(3).prefix(5).map { String($0.prefix(4)) }
        #expect(codes == order)
    }

    @Test(
        arguments: [
            // outcome, report due, headroom: the earlier key decides.
            (Outcome.priorNotification, nil, nil, Outcome.undetermined, nil, nil),
            (nil, nil, nil, .undetermined, nil, nil),
            (.undetermined, nil, nil, .postInvestmentReport, "2025-10-16", nil),
            (.postInvestmentReport, "2025-10-16", nil, .exempt, "2025-11-17", nil),
            (.exempt, "2025-11-17", nil, .exempt, nil, nil),
            (.exempt, nil, "0.01", .exempt, nil, "0.5"),
            (.exempt, nil, "5", .noFiling, nil, "0.01"),
        ] as [(Outcome?, String?, String?, Outcome?, String?, String?)])
    func theOrderRanksOutcomesThenDueDatesThenHeadroom(
        first: Outcome?, firstDue: String?, firstHeadroom: String?, second: Outcome?, secondDue: String?,
        secondHeadroom: String?
    ) {
        let earlier = ActionOrder(
            outcome: first, reportDue: firstDue.map(day), headroom: firstHeadroom.map(percent), code: "9999")
        let later = ActionOrder(
            outcome: second, reportDue: secondDue.map(day), headroom: secondHeadroom.map(percent), code: "0000")
        #expect(earlier < later)
        #expect(!(later < earlier))
    }

    @Test func theEnglishTableNamesTheListVersionAndLabelsOutcomesForPeople() throws {
        var report = try screen(Self.holdings, list: Self.list)
        report.listRevision = 2
        let text = report.text(language: .en)
        let lines = Self.lines(text)
        #expect(
            lines[0]
                == "Portfolio of Example Fund on 2025-09-01, issuer list published 2025-07-15 (revision 2), ruleset "
                + (report.rulesetVersion ?? "-"))
        #expect(lines[1].hasPrefix("issuer"))
        #expect(lines[1].contains("before %") && lines[1].contains("headroom"))
        #expect(text.contains("prior notification"))
        #expect(text.contains("not screened"))
        #expect(text.contains("P5 2025-10-16"))
        #expect(text.contains("Notes:\n  130A  not screened: line 6, holding_before: 'x'"))
        for name in Outcome.allCases.map(\.rawValue) where name.contains(where: \.isUppercase) {
            #expect(!text.contains(name), "\(name) is an internal name")
        }
    }

    @Test func theJapaneseTableWritesDatesAsPractitionersDoAndAlignsWideCharacters() throws {
        let report = try screen(Self.holdings, list: Self.list)
        let text = report.text(language: .ja)
        let lines = Self.lines(text)
        #expect(lines[0].hasPrefix("Example Fundのポートフォリオ（2025年9月1日、2025年7月15日公表の発行会社リスト"))
        #expect(lines[1].hasPrefix("銘柄"))
        #expect(text.contains("事前届出"))
        #expect(text.contains("未審査"))
        #expect(text.contains("P5 2025年10月16日"))
        #expect(text.contains("注記:\n  130A  未審査: 6行目、holding_before: 'x': 1.5 のような10進数が必要"))
        #expect(!text.contains("2025-10-16"))
        // Every line of the table is as wide on a terminal as its rule, Japanese names counting two columns each.
        let rule = TextTable.displayWidth(lines[2])
        for line in lines[3..<8] {
            let cells = line.split(separator: " ", omittingEmptySubsequences: true)
            #expect(TextTable.displayWidth(line) <= rule, "\(line)")
            #expect(cells.count >= 4, "\(line)")
        }
        let headroomColumn = TextTable.displayWidth(lines[1])
        #expect(headroomColumn == rule, "the last heading ends where the rule does")
    }

    @Test(arguments: [
        ("abc", 3), ("例示", 4), ("ｱｲｳ", 3), ("ＡＢ", 4), ("が", 2), ("か\u{3099}", 2), ("①", 1), ("", 0),
    ])
    func displayWidthCountsWideCharactersTwice(text: String, width: Int) {
        #expect(TextTable.displayWidth(text) == width)
    }

    @Test func cellsAreCutToTheirWidthAndCannotCarryEscapes() {
        #expect(TextTable.fitted("例示電機株式会社", width: 7) == "例示電…")
        #expect(TextTable.fitted("Example", width: 7) == "Example")
        #expect(TextTable.fitted("\u{1B}[2Jx", width: 20) == "\\u{1b}[2Jx")
        #expect(TextTable.fitted("a\u{202E}b", width: 20) == "a\\u{202e}b")
        var table = TextTable(columns: [.init("name"), .init("n", .right)])
        table.rows = [["例示", "1"], ["ab", "10"]]
        #expect(table.rendered() == "name   n\n--------\n例示   1\nab    10\n")
    }

    @Test func anEmptyPortfolioSaysSo() throws {
        let report = try screen("securities_code,holding_before,holding_after\n", list: Self.list)
        #expect(report.text(language: .en).hasSuffix("(no holdings)\n"))
        #expect(report.text(language: .ja).hasSuffix("（保有銘柄なし）\n"))
    }
}
