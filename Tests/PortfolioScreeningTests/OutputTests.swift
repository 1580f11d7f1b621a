import PortfolioScreening
import ScreeningRules
import Testing

struct OutputTests {
    @Test(arguments: [
        ("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\""), ("+81 3", "'+81 3"), ("-1", "'-1"),
        ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"), ("\rx", "\"'\rx\""), ("例示電機", "例示電機"),
        ("Hitachi, Ltd.", "\"Hitachi, Ltd.\""), ("a \"b\"", "\"a \"\"b\"\"\""), ("line\nbreak", "\"line\nbreak\""),
        ("", ""), ("1.5", "1.5"),
    ])
    func cellsAreNeutralisedAgainstFormulaInjectionAndQuoted(text: String, cell: String) {
        #expect(CSVCell.escaped(text) == cell)
    }

    static let list = (try? issuerList(sampleList)) ?? IssuerList(published: nil, issuers: [])

    @Test func csvHasTheRequiredColumnsFirstAndOneRowPerIssuer() throws {
        let holdings = "securities_code,holding_before,holding_after\n9984,0.5,0.6\n9984,0,0.4\n7203,0,2\n"
        let csv = try screen(holdings, list: Self.list).csv()
        let lines = csv.split(separator: "\n").map(String.init)
        #expect(
            lines[0].hasPrefix(
                "securities_code,name,tier,holding_before,holding_after,outcome,report_row,report_due,conditions,"
                    + "headroom,note"))
        #expect(lines.count == 3)
        #expect(
            lines[1]
                == "7203,例示自動車,core,0,2,exempt,P3,2025-10-16,B1 B2 B3 C1 C2,1,,JP3633400001,EXAMPLE MOTOR,③,"
                + "generalCore,11-2,3,1,,,")
        #expect(
            lines[2]
                == "9984,例示通信グループ,designated,0.5,1,exempt,P3,2025-10-16,B1 B2 B3,2,"
                + "at 1 %: stopping below it gives no filing,,Example Telecom Group,②,generalDesignated,11-2,3,2,,,")
    }

    @Test func namesFromTheListCannotInjectFormulas() throws {
        let list = try issuerList("securities_code,name,name_en,category\n7203,=cmd|' /C calc'!A0,@evil,1\n")
        let csv = try screen("securities_code,holding_before,holding_after\n7203,0,1\n", list: list).csv()
        #expect(csv.contains(",'=cmd|' /C calc'!A0,"))
        #expect(csv.contains(",'@evil,"))
    }

    @Test func jsonRowsCarryTheCheckContractMembersWithExactNumbers() throws {
        let holdings = "securities_code,holding_before,holding_after\n6501,3,9.95\n6501,0,0.0000000001\n"
        let report = try screen(holdings, list: Self.list)
        guard case .object(let top) = report.json(), case .array(let rows)? = top["rows"],
            case .object(let row)? = rows.first
        else {
            Issue.record("unexpected JSON shape")
            return
        }
        #expect(top.keys == ["date", "ruleset", "issuerList", "investor", "rows", "rejected", "summary"])
        #expect(row["securitiesCode"] == .string("6501"))
        #expect(row["holdingAfter"] == .number(try #require(JSONNumber(literal: "9.9500000001"))))
        #expect(row["outcome"] == .string("exempt"))
        #expect(row["headroom"] == .number(try #require(JSONNumber(literal: "0.0499999999"))))
        #expect(row["note"] == .string("0.0499999999 points below 10 %: reaching it gives prior notification"))
        #expect(row["findings"] == nil)
        let expected = ScreeningEngine().determine(
            PortfolioScreener(investor: generalInvestor.facts, date: day("2025-09-01")).facts(
                for: try #require(Self.list.issuer(securitiesCode: "6501")), before: Percent(3),
                after: percent("9.9500000001")))
        guard case .object(let contract) = expected.json(language: .en) else { return }
        for key in ["outcome", "priorNotification", "exemption", "report", "missingFacts"] {
            #expect(row[key] == contract[key], "\(key)")
        }
    }

    @Test func summaryCountsOutcomesAndReportsDue() throws {
        let holdings = """
            securities_code,holding_before,holding_after
            1301,0,10
            9984,0,1
            6501,0,2
            6501,0,9
            7203,0,0.5
            130A,x,1
            """
        let report = try screen(holdings, list: Self.list)
        let summary = report.summary
        #expect(summary.count(.postInvestmentReport) == 1)
        #expect(summary.count(.exempt) == 1)
        #expect(summary.count(.priorNotification) == 1)
        #expect(summary.count(.noFiling) == 1)
        #expect(summary.unscreened == 1)
        #expect(summary.rejected == 1)
        #expect(
            summary.reportsDue == [
                .init(dueDate: day("2025-10-16"), row: .p3, count: 1),
                .init(dueDate: day("2025-10-16"), row: .p5, count: 1),
            ])
        #expect(summary.text(.en).contains("reports due by 2025-10-16: 2 (P3 × 1, P5 × 1)"))
        #expect(summary.text(.en).contains("  prior notification      1\n"))
        #expect(summary.text(.ja).contains("2025年10月16日までの事後報告: 2件（P3 × 1, P5 × 1）"))
        #expect(!summary.text(.ja).contains("priorNotification"))
    }

    /// The summary's "within 0.1 points of a threshold" counts exactly the rows whose notes warn of one, below it
    /// (headroom at most 0.1) or at or above it (the acquisition crossed it by at most 0.1).
    @Test(arguments: [
        ("9984,0,0.9\n", 1), ("9984,0.5,1.05\n", 1), ("9984,0.5,1\n", 1), ("6501,5,10.05\n", 1),
        ("9984,0.5,1.05\n6501,3,9.95\n7203,0,0.5\n1301,0,4\n", 2), ("1301,0.5,1.05\n", 0),
        ("9984,0,0.8999999999\n130A,x,1\n", 0),
    ])
    func theNearThresholdCountCountsTheRowsWhoseNotesSaySo(rows: String, near: Int) throws {
        let report = try screen("securities_code,holding_before,holding_after\n" + rows, list: Self.list)
        let noted = report.rows.filter { row in row.notes.contains { $0.isNearThreshold } }
        #expect(report.summary.nearThreshold == near)
        #expect(noted.count == near)
        let csvNotes = report.csv().split(separator: "\n").dropFirst().filter {
            $0.contains(" points ") || $0.contains(",at ")
        }
        #expect(csvNotes.count == near)
    }

    @Test func csvAndJSONStateTheIssuerListVersionUsed() throws {
        var list = try issuerList(sampleList, published: day("2025-07-15"))
        list.revision = 3
        list.sourceSHA256 = String(repeating: "ab", count: 32)
        let report = try screen("securities_code,holding_before,holding_after\n7203,0,1\n", list: list)
        let lines = report.csv().split(separator: "\n")
        #expect(lines[0].hasSuffix(",issuer_list_published,issuer_list_revision,issuer_list_sha256"))
        #expect(lines[1].hasSuffix(",2025-07-15,3," + String(repeating: "ab", count: 32)))
        guard case .object(let top) = report.json(), case .object(let version)? = top["issuerList"] else {
            Issue.record("no issuerList")
            return
        }
        #expect(version["published"] == "2025-07-15")
        #expect(version["revision"] == .number(JSONNumber(3)))
        #expect(version["sha256"] == .string(String(repeating: "ab", count: 32)))
    }

    @Test func notesFollowTheLanguageInEveryFormat() throws {
        let report = try screen("securities_code,holding_before,holding_after\n9984,0,0.9\n", list: Self.list)
        #expect(report.csv(language: .ja).contains("1%まであと0.1ポイント"))
        guard case .object(let top) = report.json(language: .ja), case .array(let rows)? = top["rows"],
            case .object(let row)? = rows.first
        else {
            Issue.record("no rows")
            return
        }
        #expect(row["note"] == .string("1%まであと0.1ポイント: 達すると事前届出免除（B1 B2 B3）、事後報告 P3"))
        #expect(row["outcome"] == .string("noFiling"), "the contract's names stay in machine formats")
    }
}
