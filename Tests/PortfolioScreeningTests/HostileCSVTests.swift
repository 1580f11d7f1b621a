import FuzzTestSupport
import JapaneseCalendar
import PortfolioScreening
import ScreeningRules
import Testing

/// The holdings CSV and issuer list parsers fed random and adversarial bytes (issue 8 §3), in the style of
/// `HostileInputTests`: each input is either read, or refused with an error that names its line (and column, where
/// there is one) in a short message; nothing crashes, and the chunked reader gives the same result whatever its
/// buffer size. The database side (a failed import stores nothing) is tested end to end in `HostileImportTests`.
struct HostileCSVTests {
    static let list: IssuerList = {
        do {
            return try issuerList(sampleList)
        } catch {
            Issue.record("the sample list does not parse: \(error)")
            return IssuerList(published: nil, layout: .simple, encoding: nil, issuers: [])
        }
    }()

    static let validHoldings = Array(
        """
        account,securities_code,holding_before,holding_after,note
        A,6501,0.5,1.0,"first, quoted"
        B,1301,0,12.25,
        C,7203,9.99,10.00,"multi
        line"
        A,130A,0,0.5,
        """.utf8)

    /// The bytes a CSV fuzzer cares about: delimiters, quotes, line breaks, digits, signs, BOM, Shift_JIS leads.
    static let csvBytes: [UInt8] = Array(",\"\r\n\t.-+0123456789eE =@'A;".utf8) + [0xEF, 0xBB, 0xBF, 0x82, 0x93, 0xFF]

    /// A result that can be compared across buffer sizes.
    struct Outcome: Equatable {
        var error: String?
        var rows = 0
        var rejected = 0
        var rejections: [HoldingsRejection] = []
        var positions: [IssuerPosition] = []
    }

    /// Reads `bytes`; records an issue unless it is read with located rejections or refused with a located error.
    func read(_ bytes: [UInt8], chunkSize: Int = HoldingsReader.defaultChunkSize, readSize: Int = .max, seed: UInt64)
        -> Outcome
    {
        do {
            let aggregate = try readHoldings(bytes, list: Self.list, chunkSize: chunkSize, readSize: readSize)
            #expect(aggregate.rejectedCount >= aggregate.rejections.count, "seed \(seed)")
            #expect(aggregate.rowsRead >= aggregate.rejectedCount, "seed \(seed)")
            for rejection in aggregate.rejections {
                #expect(rejection.line >= 2, "seed \(seed): \(rejection)")
                #expect(rejection.description.hasPrefix("line \(rejection.line), "), "seed \(seed): \(rejection)")
                #expect(!rejection.column.isEmpty && rejection.description.count < 600, "seed \(seed): \(rejection)")
            }
            for position in aggregate.positions {
                #expect(position.after.units <= 100 * Percent.unitsPerPercent || position.unscreenedBecause != nil)
            }
            return Outcome(
                rows: aggregate.rowsRead, rejected: aggregate.rejectedCount, rejections: aggregate.rejections,
                positions: aggregate.positions)
        } catch let error as HoldingsError {
            let message = error.description
            #expect(!message.isEmpty && message.count < 2_000, "seed \(seed): \(message.prefix(200))")
            switch error {
            case .empty, .listHasNoISINs, .readFailed: break
            default: #expect(message.hasPrefix("line "), "seed \(seed): \(message.prefix(200)) names no line")
            }
            return Outcome(error: message)
        } catch {
            Issue.record("seed \(seed): an error that is not a HoldingsError: \(error)")
            return Outcome(error: "\(error)")
        }
    }

    @Test func randomBytesNeverCrashTheHoldingsReader() {
        let seed = SeededRandom.seed(0xFEF7A_0101)
        var random = SeededRandom(seed: seed)
        for _ in 0..<2_000 {
            let count = Int.random(in: 0...300, using: &random)
            let bytes = (0..<count).map { _ in
                Bool.random(using: &random)
                    ? Self.csvBytes.randomElement(using: &random) ?? 0 : random.hostileBytes(count: 1)[0]
            }
            let whole = read(bytes, seed: seed)
            // Streaming in small buffers and short reads gives the same answer (a record cut by a buffer end resumes).
            let chunked = read(
                bytes, chunkSize: Int.random(in: 400...600, using: &random),
                readSize: Int.random(in: 1...64, using: &random), seed: seed)
            #expect(whole == chunked, "seed \(seed): \(bytes)")
        }
    }

    /// Found by `randomBytesNeverCrashTheHoldingsReader`: the separator was guessed from the first read alone, so a
    /// tab-separated file arriving in small pieces (a pipe) was split at commas.
    @Test(arguments: [1, 2, 3, 5, 17, 64])
    func theSeparatorIsDecidedByTheWholeFirstLineHoweverTheInputArrives(readSize: Int) throws {
        let text = "securities_code\tholding_before\tholding_after\tnote\r\n6501\t0\t1\ta, b\r\n"
        let aggregate = try readHoldings(text, list: Self.list, chunkSize: 1_024, readSize: readSize)
        #expect(aggregate.isClean && aggregate.positions.count == 1, "\(aggregate.rejections)")
    }

    @Test func mutatedHoldingsNeverCrashTheHoldingsReader() {
        let seed = SeededRandom.seed(0xFEF7A_0102)
        var random = SeededRandom(seed: seed)
        for _ in 0..<3_000 {
            let bytes = random.mutate(Self.validHoldings)
            let whole = read(bytes, seed: seed)
            let chunked = read(bytes, chunkSize: 512, readSize: Int.random(in: 1...40, using: &random), seed: seed)
            #expect(whole == chunked, "seed \(seed): \(String(decoding: bytes, as: UTF8.self))")
        }
    }

    @Test(arguments: [false, true])
    func aTenMegabyteFieldIsRefusedNamingItsLineWithoutRepeatingIt(quoted: Bool) {
        let field = String(repeating: "=cmd|' /C calc'!A0 ", count: 560_000)
        let cell = quoted ? "\"\(field)\"" : field
        let bytes = Array("account,securities_code,holding_before,holding_after\nA,6501,0,1\n\(cell),6501,0,1\n".utf8)
        let outcome = read(bytes, seed: 0)
        #expect(outcome.error?.hasPrefix("line 3: a record longer than 1 MiB") == true, "\(outcome.error ?? "read")")
        // In the securities code column, a long value is shortened in the rejection.
        let coded = Array("securities_code,holding_before,holding_after\n\(String(field.prefix(100_000))),0,1\n".utf8)
        let rejected = read(coded, seed: 0)
        #expect(rejected.rejections.first?.problem == .invalidCode)
        #expect((rejected.rejections.first?.description.count ?? .max) < 200)
    }

    @Test func invalidUTF8AndShiftJISMojibakeAreRejectedWithTheirLine() throws {
        // A header in neither UTF-8 nor Shift_JIS (a lone lead byte, then a byte no CP932 trail can be).
        let badHeader: [UInt8] = Array("securities_code,".utf8) + [0x82, 0x0A] + Array("\n6501,0,1\n".utf8)
        #expect(read(badHeader, seed: 0).error?.hasPrefix("line 1") == true)
        // UTF-8 Japanese read as Shift_JIS (mojibake), and invalid UTF-8, in data cells: the row is rejected.
        let mojibake = try cp932("証券コード")
        let rows: [UInt8] =
            Array("証券コード,holding_before,holding_after\n".utf8) + mojibake + Array(",0,1\n".utf8)
            + [0xC0, 0xAF] + Array(",0,1\n6501,0,1\n6501,\u{FF10}.5,1\n".utf8)
        let outcome = read(rows, seed: 0)
        #expect(outcome.rejections.map(\.line) == [2, 3, 5], "\(outcome)")
    }

    @Test func formulaCellsAreOnlyDataInTheReaderAndNeutralisedInTheReport() throws {
        let names = ["=cmd|' /C calc'!A0", "+SUM(A1)", "-2+3", "@IMPORTXML(x)", "\t=1", "\r=1", "=HYPERLINK(\"x\")"]
        let rows = names.map { "\"\($0.replacing("\"", with: "\"\""))\",0,1" }.joined(separator: "\n")
        let outcome = read(Array("securities_code,holding_before,holding_after\n\(rows)\n".utf8), seed: 0)
        #expect(
            outcome.rejections.count == names.count
                && outcome.rejections.allSatisfy { $0.problem == HoldingsRejection.Problem.invalidCode })
        // Issuer names from a list land in the CSV report as text, never as a formula. (The list parser trims
        // leading tabs and refuses carriage returns in names, so those two reach the report only from the reader.)
        let listed = names.filter { !$0.hasPrefix("\t") && !$0.hasPrefix("\r") }
        let hostileList = try issuerList(
            "securities_code,name,name_en,category\n"
                + listed.enumerated().map { index, name in
                    "\(6000 + index),\"\(name.replacing("\"", with: "\"\""))\",\"\(name.replacing("\"", with: "\"\""))\",1"
                }.joined(separator: "\n"))
        let holdings = (0..<listed.count).map { "\(6000 + $0),0,1" }.joined(separator: "\n")
        let report = PortfolioReport(
            screening: try readHoldings("securities_code,holding_before,holding_after\n\(holdings)", list: hostileList),
            index: IssuerIndex(hostileList), investor: generalInvestor, date: day("2025-09-01"))
        let cells = try Self.cells(report.csv())
        #expect(cells.count == listed.count + 1)
        for row in cells.dropFirst() {
            for cell in row { #expect(!Self.startsAFormula(cell), "cell \(cell) starts a formula") }
            #expect(row.count > 12 && row[1].hasPrefix("'") && listed.contains(String(row[1].dropFirst())), "\(row)")
            #expect(row.count > 12 && row[12] == row[1], "name_en is neutralised as the name is: \(row)")
        }
    }

    @Test func randomCellsAreNeutralisedAndRoundTrip() throws {
        let seed = SeededRandom.seed(0xFEF7A_0103)
        var random = SeededRandom(seed: seed)
        let alphabet = Array("=+-@\t\r\n\",;' A1|!()".unicodeScalars) + ["\u{FF1D}", "あ", "\u{0}"]
        for _ in 0..<5_000 {
            let text = String(
                String.UnicodeScalarView(
                    (0..<Int.random(in: 0...12, using: &random)).map { _ in
                        alphabet.randomElement(using: &random) ?? "a"
                    }))
            let cells = try Self.cells(CSVCell.line([text, "x"]))
            #expect(cells.count == 1 && cells[0].count == 2, "seed \(seed): \(text.debugDescription)")
            let cell = cells.first?.first ?? ""
            #expect(!Self.startsAFormula(cell), "seed \(seed): \(text.debugDescription) → \(cell.debugDescription)")
            #expect(
                cell == text || cell == "'" + text, "seed \(seed): \(text.debugDescription) → \(cell.debugDescription)")
        }
    }

    /// Issuer lists: every input is a list, or an error that names its line and column when it is about a row.
    func parse(_ bytes: [UInt8], seed: UInt64) {
        guard let error = issuerListError(bytes) else { return }
        let message = error.description
        #expect(!message.isEmpty && message.count < 1_000, "seed \(seed): \(message.prefix(200))")
        switch error.reason {
        case .empty, .noHeader, .noIssuers: break
        case .csv, .encoding, .duplicateColumn:
            #expect(error.line != nil || message.hasPrefix("line "), "seed \(seed): \(message)")
        default:
            #expect(error.line != nil && error.column != nil, "seed \(seed): \(message)")
            #expect(message.hasPrefix("line "), "seed \(seed): \(message)")
        }
    }

    @Test func randomBytesNeverCrashTheIssuerListParser() {
        let seed = SeededRandom.seed(0xFEF7A_0104)
        var random = SeededRandom(seed: seed)
        for _ in 0..<3_000 {
            let count = Int.random(in: 0...300, using: &random)
            parse(
                (0..<count).map { _ in
                    Bool.random(using: &random)
                        ? Self.csvBytes.randomElement(using: &random) ?? 0 : random.hostileBytes(count: 1)[0]
                }, seed: seed)
        }
    }

    @Test func mutatedListsInEveryEncodingNeverCrashTheIssuerListParser() throws {
        let seed = SeededRandom.seed(0xFEF7A_0105)
        var random = SeededRandom(seed: seed)
        let japanese = "証券コード,会社名,区分\n1301,例示水産,①\n6501,例示電機,③\n"
        let sources = [Array(sampleList.utf8), [0xEF, 0xBB, 0xBF] + Array(japanese.utf8), try cp932(japanese)]
        for _ in 0..<5_000 {
            parse(random.mutate(sources.randomElement(using: &random) ?? []), seed: seed)
        }
    }

    @Test func aTenMegabyteNameOrCodeIsRefusedNamingLineAndColumn() {
        let huge = String(repeating: "例", count: 3_500_000)
        let byName = issuerListError(Array("securities_code,name,category\n1301,\(huge),1\n".utf8))
        #expect(byName?.reason == .nameTooLong && byName?.line == 2 && byName?.column == 2)
        #expect((byName?.description.count ?? .max) < 300)
        let byCode = issuerListError(Array("securities_code,name,category\n\(huge),x,1\n".utf8))
        #expect(byCode?.reason == .invalidCode && byCode?.line == 2 && byCode?.column == 1)
        #expect((byCode?.description.count ?? .max) < 300)
    }

    /// The cells of CSV text, read back with the project's own scanner.
    static func cells(_ text: String) throws -> [[String]] {
        let bytes = Array(text.utf8)
        return try bytes.withUnsafeBytes { buffer in
            var scanner = CSVScanner()
            var offset = 0
            var rows: [[String]] = []
            while case .record = try scanner.next(buffer, offset: &offset, isFinal: true) {
                rows.append(scanner.fields.map { String(decoding: $0.unescaped(in: buffer), as: UTF8.self) })
            }
            return rows
        }
    }

    /// Whether a spreadsheet would run `cell` as a formula (OWASP CSV injection: = + - @ tab CR first).
    static func startsAFormula(_ cell: String) -> Bool {
        guard let first = cell.unicodeScalars.first else { return false }
        return ["=", "+", "-", "@", "\t", "\r"].contains(first)
    }
}
