import JapaneseCalendar
import PortfolioScreening
import ScreeningRules
import Testing

struct IssuerListParserTests {
    /// The MOF list of 2025 saved as CSV from Excel: title rows, bilingual headers with line breaks, ISINs and the
    /// 特定コア事業者 column (design.md §8; designated-industries.md §5).
    static let mof2025 = """
        本邦上場会社の外為法における対内直接投資等事前届出該当性リスト,,,,,
        2025年7月15日現在,,,,,
        ,,,,,
        "証券コード
        (Securities code)","ISINコード
        (ISIN code)",会社名（和名）,(Issue name / company name),区分,特定コア事業者
        1301,JP3257200000,例示水産,"Example Fisheries Co., Ltd.",①,
        6501,JP3788600009,例示電機,Example Electric,③,
        9501,JP3585800000,例示電力,Example Power,③,①
        9984,JP3436100006,例示通信グループ,Example Telecom Group,②,

        """

    /// An older MOF list without the ISIN and 特定コア事業者 columns.
    static let mof2023 = """
        証券コード,会社名（和名）,(Issue name / company name),区分
        1301,例示水産,Example Fisheries,①
        6501,例示電機,Example Electric,③
        """

    @Test func readsTheSimpleLayout() throws {
        let list = try issuerList(sampleList, published: day("2025-07-15"))
        #expect(list.layout == .simple)
        #expect(list.encoding == .utf8)
        #expect(list.published == day("2025-07-15"))
        #expect(list.issuers.map(\.securitiesCode) == ["1301", "9984", "6501", "7203", "130A"])
        #expect(list.issuers.map(\.tier) == [.nonDesignated, .designated, .core, .core, .nonDesignated])
        #expect(list.issuer(securitiesCode: "6501")?.nameEn == "Example Electric, Ltd.")
        #expect(list.issuer(isin: "JP3633400001")?.securitiesCode == "7203")
        #expect(list.issuer(securitiesCode: "7203")?.name == "例示自動車")
    }

    @Test func readsTheMOFLayoutWithTitleRowsAndMultiLineHeaders() throws {
        let list = try issuerList(Self.mof2025)
        #expect(list.layout == .mof)
        #expect(list.issuers.count == 4)
        let power = try #require(list.issuer(securitiesCode: "9501"))
        #expect(power.tier == .coreSpecified)
        #expect(power.isin == "JP3585800000")
        #expect(power.name == "例示電力")
        #expect(power.nameEn == "Example Power")
        #expect(list.issuer(securitiesCode: "6501")?.tier == .core)
        #expect(list.issuer(securitiesCode: "1301")?.nameEn == "Example Fisheries Co., Ltd.")
        #expect(list.countsByTier == [.nonDesignated: 1, .designated: 1, .core: 1, .coreSpecified: 1])
    }

    @Test func readsOlderMOFListsWithoutISINOrSpecifiedCoreColumns() throws {
        let list = try issuerList(Self.mof2023)
        #expect(list.layout == .mof)
        #expect(list.issuers.map(\.tier) == [.nonDesignated, .core])
        #expect(list.issuers.allSatisfy { $0.isin == nil })
        #expect(!list.hasISINs)
    }

    @Test func acceptsJapaneseHeadersFullWidthDigitsAndLowerCaseCodes() throws {
        let list = try issuerList("銘柄コード,銘柄名,区分\n１３０１,例示水産,１\n130a,例示システムズ,２\n")
        #expect(list.issuers.map(\.securitiesCode) == ["1301", "130A"])
        #expect(list.issuers.map(\.tier) == [.nonDesignated, .designated])
    }

    @Test(arguments: [TextEncoding.utf8, .utf8WithBOM, .shiftJIS])
    func readsEachEncoding(encoding: TextEncoding) throws {
        let bytes: [UInt8] =
            switch encoding {
            case .utf8: Array(Self.mof2025.utf8)
            case .utf8WithBOM: TextEncoding.byteOrderMark + Array(Self.mof2025.utf8)
            case .shiftJIS: try cp932(Self.mof2025)
            }
        let list = try IssuerListParser.parse(bytes, published: nil)
        #expect(list.encoding == encoding)
        #expect(list.issuers == (try issuerList(Self.mof2025)).issuers)
        #expect(list.issuer(securitiesCode: "9984")?.name == "例示通信グループ")
    }

    @Test func readsTabSeparatedLists() throws {
        let list = try issuerList("securities_code\tname\tcategory\n7203\t例示自動車\t3\n")
        #expect(list.issuer(securitiesCode: "7203")?.tier == .core)
    }

    @Test func specifiedCoreBlanksAndMarks() throws {
        let text = "証券コード,区分,特定コア事業者\n1001,③,-\n1002,③,×\n1003,③,なし\n1004,③,○\n1005,③,①\n1006,③,  \n"
        let list = try issuerList(text)
        #expect(list.issuers.map(\.tier) == [.core, .core, .core, .coreSpecified, .coreSpecified, .core])
    }

    // MARK: Errors: the line, the column and the value, and nothing returned

    static func failure(_ text: String) -> IssuerListError? { issuerListError(Array(text.utf8)) }

    @Test func aBadCategoryNamesLineColumnAndValue() throws {
        let error = try #require(Self.failure("securities_code,name,name_en,category\n1301,A,A,1\n1332,B,B,④\n"))
        #expect(error.reason == .invalidCategory)
        #expect(error.line == 3)
        #expect(error.column == 4)
        #expect(error.columnName == "category")
        #expect(error.value == "④")
        #expect(error.description == "line 3, column 4 (category): '④': " + error.expectation)
    }

    @Test func aBadLineInTheMOFLayoutNamesTheBilingualHeader() throws {
        let text = Self.mof2025.replacing("9984,JP3436100006", with: "99X,JP3436100006")
        let error = try #require(Self.failure(text))
        #expect(error.reason == .invalidCode)
        #expect(error.line == 10)
        #expect(error.column == 1)
        #expect(error.columnName == "証券コード (Securities code)")
        #expect(error.value == "99X")
    }

    @Test func duplicatesAreErrorsNamingTheFirstLine() throws {
        let error = try #require(Self.failure("securities_code,category\n7203,3\n6501,3\n7203,2\n"))
        #expect(error.reason == .duplicateCode(firstLine: 2))
        #expect(error.line == 4)
        let isin = try #require(
            Self.failure("securities_code,isin,category\n7203,JP3633400001,3\n7204,JP3633400001,3\n"))
        #expect(isin.reason == .duplicateISIN(firstLine: 2))
    }

    @Test func anISINWithAWrongCheckDigitIsAnError() throws {
        let error = try #require(Self.failure("securities_code,isin,category\n7203,JP3633400002,3\n"))
        #expect(error.reason == .invalidISIN)
        #expect(error.column == 2)
        #expect(ISIN.isValid("JP3633400001"))
        #expect(ISIN.isValid("US0378331005"))
        #expect(!ISIN.isValid("US0378331006"))
        #expect(!ISIN.isValid("JP363340000"))
    }

    @Test func aSpecifiedCoreMarkOnANonCoreIssuerIsAnError() throws {
        let error = try #require(Self.failure("証券コード,区分,特定コア事業者\n9501,②,○\n"))
        #expect(error.reason == .specifiedCoreWithoutCore)
        #expect(error.column == 3)
    }

    @Test func structuralErrors() throws {
        #expect(Self.failure("")?.reason == .empty)
        #expect(Self.failure("\n\n")?.reason == .empty)
        #expect(Self.failure("code,name\n7203,x\n")?.reason == .noHeader(searchedRows: 20))
        #expect(Self.failure("securities_code,category\n")?.reason == .noIssuers)
        #expect(Self.failure("securities_code,category,区分\n7203,1,1\n")?.reason == .duplicateColumn(firstColumn: 2))
        let short = try #require(Self.failure("securities_code,name,category\n7203,x\n"))
        #expect(short.reason == .missingField)
        #expect(short.column == 3)
        let quote = try #require(Self.failure("securities_code,name,category\n7203,\"unclosed,3\n"))
        #expect(quote.reason == .csv(.unterminatedQuote(line: 2, column: 2)))
        #expect(quote.line == 2)
    }

    @Test func invalidShiftJISBytesNameTheCell() throws {
        var bytes = try cp932("証券コード,会社名,区分\n7203,例示,3\n")
        let position = try #require(bytes.firstIndex(of: UInt8(ascii: "7")))
        bytes.insert(contentsOf: [0x82, 0xFF], at: position + 5)  // inside the name
        let error = try #require(issuerListError(bytes))
        #expect(error.line == 2)
        #expect(error.column == 2)
        guard case .encoding(.invalidBytes(_, _, .shiftJIS)) = error.reason else {
            Issue.record("expected an encoding error, got \(error)")
            return
        }
    }

    @Test func wrappedNamesBecomeOneLineAndControlCharactersAreRefusedAndEscaped() throws {
        let list = try issuerList("securities_code,name,name_en,category\n7203,例示,\"EXAMPLE\r\nMOTOR\tCORP.\",3\n")
        #expect(list.issuer(securitiesCode: "7203")?.nameEn == "EXAMPLE MOTOR CORP.")
        let error = try #require(Self.failure("securities_code,name,category\n7203,A\u{1B}[2Jcleared,3\n"))
        #expect(error.reason == .controlCharacterInName)
        #expect(error.value == "A\\u{1b}[2Jcleared")
        #expect(!error.description.contains("\u{1B}"))
    }

    @Test func longValuesAreShortenedInMessages() throws {
        let long = String(repeating: "Z", count: 100)
        let error = try #require(Self.failure("securities_code,category\n\(long),1\n"))
        #expect(error.value == String(repeating: "Z", count: 40) + "…")
    }
}
