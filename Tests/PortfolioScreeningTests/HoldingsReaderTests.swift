import PortfolioScreening
import ScreeningRules
import Testing

struct HoldingsReaderTests {
    static let list = (try? issuerList(sampleList)) ?? IssuerList(published: nil, issuers: [])

    static func position(_ aggregate: HoldingsAggregate, _ code: String) -> IssuerPosition? {
        aggregate.positions.first { list.issuers[$0.issuerIndex].securitiesCode == code }
    }

    @Test func threeRowsOfThirdsAggregateToExactlyOnePercent() throws {
        let holdings = """
            account,securities_code,holding_before,holding_after
            A,9984,0,0.3333
            B,9984,0,0.3333
            C,9984,0,0.3334
            """
        let aggregate = try readHoldings(holdings, list: Self.list)
        let position = try #require(Self.position(aggregate, "9984"))
        #expect(position.after == Percent(1))
        #expect(position.before == .zero)
        #expect(position.rows == 3)
        #expect(position.firstLine == 2)
        // At exactly 1 % the designated issuer's acquisition is an FDI, exempt, with report P3.
        let report = try screen(holdings, list: Self.list)
        let row = try #require(report.rows.first)
        #expect(row.determination?.outcome == .exempt)
        #expect(row.determination?.report?.row == .p3)
        // One unit less and it is not an FDI at all.
        let below = try screen(holdings.replacing("C,9984,0,0.3334", with: "C,9984,0,0.3333999999"), list: Self.list)
        #expect(below.rows.first?.determination?.outcome == .noFiling)
        #expect(below.rows.first?.position.after == percent("0.9999999999"))
    }

    /// JPX's 5-character codes (J-Quants and others): a fifth `0` is the common stock, so `72030` is `7203`'s
    /// holding, summed with rows that give `7203`; another fifth character (a preferred class) is not on the list.
    @Test func aFiveCharacterCodeEndingInZeroIsTheCommonStockOfItsFourCharacterCode() throws {
        let holdings = """
            securities_code,holding_before,holding_after
            7203,0.5,0.6
            72030,0.25,0.4
            130a0,0,1
            72035,0,2
            13010,0,0.5
            """
        let aggregate = try readHoldings(holdings, list: Self.list)
        let motor = try #require(Self.position(aggregate, "7203"))
        #expect(motor.before == percent("0.75") && motor.after == Percent(1) && motor.rows == 2)
        #expect(Self.position(aggregate, "130A")?.after == Percent(1))
        #expect(Self.position(aggregate, "1301")?.after == percent("0.5"))
        #expect(aggregate.rejections.map(\.line) == [5])
        #expect(aggregate.rejections.first?.problem == .unknownCode)
        #expect(aggregate.rejections.first?.value == "72035")
        // The list as written comes first: a list that holds a 5-character code matches it exactly.
        let classes = try issuerList(
            """
            securities_code,name,name_en,category
            2593,例示飲料,Example Beverages,1
            25930,例示飲料（別）,Example Beverages Other,3
            """)
        let exact = try readHoldings("securities_code,holding_before,holding_after\n25930,0,1\n", list: classes)
        #expect(exact.positions.map { classes.issuers[$0.issuerIndex].nameEn } == ["Example Beverages Other"])
        #expect(classes.issuer(securitiesCode: "25930")?.tier == .core)
        #expect(Self.list.issuer(securitiesCode: "72030")?.securitiesCode == "7203")
        #expect(Self.list.issuer(securitiesCode: "72035") == nil)
        #expect(Self.list.issuer(securitiesCode: "720300") == nil)
    }

    @Test func manyTinyRowsSumExactly() throws {
        var text = "securities_code,holding_before,holding_after\n"
        for _ in 0..<10_000 { text += "7203,0.0000000001,0.0001\n" }
        let position = try #require(Self.position(try readHoldings(text, list: Self.list), "7203"))
        #expect(position.before == percent("0.000001"))
        #expect(position.after == Percent(1))
    }

    @Test(arguments: [64, 65, 80, 128, 1 << 20])
    func givesTheSameAggregateWhateverTheChunkAndReadSizes(chunkSize: Int) throws {
        let text = """
            "securities_code",note,holding_before,holding_after\r
            7203,"multi
            line",1.5,2\r
            6501,x,0.25,0.5\r
            7203,,0.125,0.25\r
            130A,"a ""quoted"" note",3,3.0000000001
            """
        let whole = try readHoldings(text, list: Self.list)
        for readSize in [1, 3, 7, Int.max] {
            let split = try readHoldings(text, list: Self.list, chunkSize: chunkSize, readSize: readSize)
            #expect(split.positions == whole.positions, "chunk \(chunkSize), read \(readSize)")
            #expect(split.rowsRead == 4)
        }
        #expect(Self.position(whole, "7203")?.after == percent("2.25"))
        #expect(Self.position(whole, "130A")?.after == percent("3.0000000001"))
    }

    @Test func aRecordLongerThanTheBufferIsAnError() throws {
        let text =
            "securities_code,holding_before,holding_after,note\n7203,1,2," + String(repeating: "x", count: 100) + "\n"
        #expect(throws: HoldingsError.recordTooLong(line: 2, limit: 64)) {
            try readHoldings(text, list: Self.list, chunkSize: 64)
        }
    }

    @Test func badRowsAreRejectedWithTheirLinesAndTheRestIsRead() throws {
        let text = """
            account,securities_code,holding_before,holding_after
            A,7203,1,2
            B,1234,0,1
            C,72-3,0,1
            D,6501,abc,1
            E,6501,0,100.5
            F,9984,2,1
            G,,0,1
            H,130A,0.12345678901,1
            I,130A
            J,1301,-1,1

            K,1301,0.5,0.75
            """
        let aggregate = try readHoldings(text, list: Self.list)
        #expect(aggregate.rowsRead == 11)
        #expect(aggregate.rejectedCount == 9)
        let found = aggregate.rejections.map { "\($0.line) \($0.column) \($0.value)" }
        #expect(
            found == [
                "3 securities_code 1234", "4 securities_code 72-3", "5 holding_before abc", "6 holding_after 100.5",
                "7 holding_after 1", "8 securities_code ", "9 holding_before 0.12345678901", "10 holding_before ",
                "11 holding_before -1",
            ])
        #expect(aggregate.rejections[0].problem == .unknownCode)
        #expect(aggregate.rejections[1].problem == .invalidCode)
        #expect(aggregate.rejections[2].problem == .invalidPercent(.malformed))
        #expect(aggregate.rejections[3].problem == .invalidPercent(.aboveHundred))
        #expect(aggregate.rejections[4].problem == .beforeAboveAfter(before: Percent(2), after: Percent(1)))
        #expect(aggregate.rejections[5].problem == .missingIssuer)
        #expect(aggregate.rejections[6].problem == .invalidPercent(.tooManyFractionalDigits))
        #expect(aggregate.rejections[7].problem == .missingField)
        #expect(aggregate.rejections[8].problem == .invalidPercent(.negative))
        #expect(
            aggregate.rejections[2].description
                == "line 5, holding_before: 'abc': expected a decimal number such as 1.5")
        // Issuers with a rejected row are not screened: their sums would be understated.
        #expect(Self.position(aggregate, "6501")?.unscreenedBecause?.line == 5)
        #expect(Self.position(aggregate, "9984")?.unscreenedBecause?.line == 7)
        #expect(Self.position(aggregate, "130A")?.unscreenedBecause?.line == 9)
        #expect(Self.position(aggregate, "1301")?.unscreenedBecause?.line == 11)
        // The others are.
        #expect(Self.position(aggregate, "7203")?.unscreenedBecause == nil)
        #expect(Self.position(aggregate, "7203")?.after == Percent(2))
    }

    @Test func hostileValuesAreShortenedAndEscapedInRejections() throws {
        let text =
            "securities_code,holding_before,holding_after\n\u{1B}]0;owned\u{07},0,1\n7203,"
            + String(repeating: "9", count: 5_000) + ",1\n"
        let aggregate = try readHoldings(text, list: Self.list)
        #expect(aggregate.rejections.count == 2)
        #expect(aggregate.rejections[0].value == "\\u{1b}]0;owned\\u{7}")
        #expect(aggregate.rejections[1].value == String(repeating: "9", count: 40) + "…")
        #expect(aggregate.rejections.allSatisfy { !$0.description.unicodeScalars.contains { $0.value < 0x20 } })
    }

    @Test func issuersWhoseRowsExceedOneHundredPercentAreRejected() throws {
        let text = "securities_code,holding_before,holding_after\n7203,40,60\n7203,10,41\n6501,50,50\n6501,50,50\n"
        let aggregate = try readHoldings(text, list: Self.list)
        #expect(aggregate.rejectedCount == 1)
        let rejection = try #require(Self.position(aggregate, "7203")?.unscreenedBecause)
        #expect(rejection.problem == .aggregateAboveHundred(securitiesCode: "7203", rows: 2))
        #expect(rejection.line == 2)
        #expect(Self.position(aggregate, "6501")?.unscreenedBecause == nil)
        #expect(Self.position(aggregate, "6501")?.after == .hundred)
    }

    @Test func onlyTheFirstRejectionsAreKeptButAllAreCounted() throws {
        var text = "securities_code,holding_before,holding_after\n"
        for _ in 0..<(HoldingsReader.rejectionLimit + 5) { text += "0000,0,1\n" }
        let aggregate = try readHoldings(text, list: Self.list)
        #expect(aggregate.rejectedCount == HoldingsReader.rejectionLimit + 5)
        #expect(aggregate.rejections.count == HoldingsReader.rejectionLimit)
    }

    @Test func issuersMayBeNamedByISIN() throws {
        let text = "isin,holding_before,holding_after\nJP3633400001,0,0.5\njp3633400001,0,0.5\nJP0000000000,0,1\n"
        let aggregate = try readHoldings(text, list: Self.list)
        #expect(Self.position(aggregate, "7203")?.after == Percent(1))
        #expect(aggregate.rejections.map(\.problem) == [.unknownISIN])
        let noISINs = try issuerList("securities_code,category\n7203,3\n")
        #expect(throws: HoldingsError.listHasNoISINs) { try readHoldings(text, list: noISINs) }
    }

    @Test func japaneseHeadersInUTF8ShiftJISOrWithBOMAndTabs() throws {
        let text = "口座\t証券コード\t保有割合（取得前）\t保有割合（取得後）\n本店\t7203\t0.5\t1.5\n"
        for bytes in [Array(text.utf8), TextEncoding.byteOrderMark + Array(text.utf8), try cp932(text)] {
            let aggregate = try readHoldings(bytes, list: Self.list)
            #expect(Self.position(aggregate, "7203")?.after == percent("1.5"))
            #expect(aggregate.columns.names[1] == "証券コード")
        }
    }

    /// A row that ends before a holding column still names its issuer: the issuer is output as not screened with
    /// the reason, as for a blank holding, instead of vanishing (a row whose code is beyond its end names nobody).
    @Test(arguments: [
        ("securities_code,holding_before,holding_after\n7203,0,1\n6501,1\n", "6501", 3, "holding_after"),
        ("securities_code,holding_before,holding_after\n6501\n7203,0,1\n", "6501", 2, "holding_before"),
        ("account,securities_code,holding_before,holding_after\nA,6501,,\n", "6501", 2, "holding_before"),
        ("account,isin,holding_before,holding_after\nA,JP3633400001,1\n", "7203", 2, "holding_after"),
    ])
    func aRowEndingEarlyLeavesItsIssuerNotScreenedWithTheReason(
        text: String, code: String, line: Int, column: String
    ) throws {
        let report = try screen(text, list: Self.list)
        let row = try #require(report.rows.first { $0.issuer.securitiesCode == code })
        #expect(row.determination == nil)
        guard case .notScreened(let rejection)? = row.notes.first else {
            Issue.record("no not-screened note: \(row.notes)")
            return
        }
        #expect(rejection.line == line)
        #expect(rejection.column == column)
        #expect(row.noteText(.en).hasPrefix("not screened: line \(line), \(column)"))
        #expect(report.summary.unscreened == 1)
        #expect(report.csv().contains("\n\(code),"))
    }

    @Test func aRowEndingBeforeItsCodeNamesNoIssuer() throws {
        let aggregate = try readHoldings(
            "holding_before,holding_after,securities_code\n0,1,7203\n0,1\n", list: Self.list)
        #expect(aggregate.rejectedCount == 1)
        #expect(aggregate.rejections.first?.problem == .missingIssuer)
        #expect(aggregate.positions.count == 1)
    }

    /// A spreadsheet saving "CSV" with semicolons (a decimal-comma locale) gets told what happened; a header that
    /// merely lacks a column does not.
    @Test(arguments: [
        ("securities_code;holding_before;holding_after\n7203;0;1\n", true),
        ("証券コード;取得前保有割合;取得後保有割合\n", true),
        ("securities_code,holding_before,amount\n", false),
        ("code;name,holding_before\n", false),
    ])
    func aSemicolonSeparatedHeaderGetsAHint(text: String, hinted: Bool) throws {
        do {
            _ = try readHoldings(text, list: Self.list)
            Issue.record("the header was accepted")
        } catch {
            #expect("\(error)".contains("looks semicolon-separated") == hinted, "\(error)")
        }
    }

    @Test func headerProblemsStopTheWholeFile() throws {
        #expect(throws: HoldingsError.empty) { try readHoldings("\n\n", list: Self.list) }
        #expect(
            throws: HoldingsError.missingColumns(
                ["holding_after"], line: 1, header: ["securities_code", "holding_before", "amount"])
        ) { try readHoldings("securities_code,holding_before,amount\n7203,1,2\n", list: Self.list) }
        #expect(
            throws: HoldingsError.duplicateColumn(name: "証券コード", line: 1, column: 2, firstColumn: 1)
        ) { try readHoldings("securities_code,証券コード,holding_before,holding_after\n", list: Self.list) }
        #expect(throws: HoldingsError.csv(.unterminatedQuote(line: 2, column: 1))) {
            try readHoldings("securities_code,holding_before,holding_after\n\"7203,1,2\n", list: Self.list)
        }
    }
}
