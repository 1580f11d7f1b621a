import PortfolioScreening
import Testing

struct CSVScannerTests {
    /// All records of `text` as strings, scanning it in chunks of `chunk` bytes the way the holdings reader does.
    static func records(_ text: String, chunk: Int = .max) throws -> [[String]] {
        let bytes = Array(text.utf8)
        var scanner = CSVScanner()
        var records: [[String]] = []
        var held: [UInt8] = []
        var consumed = 0
        var offset = 0
        while true {
            let isFinal = consumed >= bytes.count
            if !isFinal {
                let take = min(chunk, bytes.count - consumed)
                held += bytes[consumed..<consumed + take]
                consumed += take
            }
            let final = consumed >= bytes.count
            var needMore = false
            while !needMore {
                let result = try held.withUnsafeBytes { buffer in
                    let result = try scanner.next(buffer, offset: &offset, isFinal: final)
                    if result == .record {
                        records.append(
                            scanner.fields.map { String(decoding: $0.unescaped(in: buffer), as: UTF8.self) })
                    }
                    return result
                }
                switch result {
                case .record: continue
                case .needMoreData: needMore = true
                case .endOfInput: return records
                }
            }
            held.removeFirst(offset)
            offset = 0
        }
    }

    @Test func splitsQuotedFieldsWithDelimitersLineBreaksAndDoubledQuotes() throws {
        let text = "証券コード\n(Securities code),\"a,b\",\"say \"\"hi\"\"\"\r\n7203,,x\n"
        #expect(try Self.records(text) == [["証券コード"], ["(Securities code)", "a,b", "say \"hi\""], ["7203", "", "x"]])
        let quoted = "\"証券コード\n(Securities code)\",区分\n"
        #expect(try Self.records(quoted) == [["証券コード\n(Securities code)", "区分"]])
    }

    @Test func acceptsLFCRLFAndLoneCRAndAMissingFinalLineBreak() throws {
        #expect(try Self.records("a,b\r\nc,d\re,f\ng,h") == [["a", "b"], ["c", "d"], ["e", "f"], ["g", "h"]])
        #expect(try Self.records("a,b,\n") == [["a", "b", ""]])
        #expect(try Self.records("") == [])
    }

    @Test(arguments: [1, 2, 3, 5, 7, 16])
    func givesTheSameRecordsWhateverTheChunkSize(chunk: Int) throws {
        let text = "a,\"b\nc\",\"\"\"q\"\"\"\r\n1,2,3\r\n\"x\",y,\r\nlast,\"\",z"
        #expect(try Self.records(text, chunk: chunk) == Self.records(text))
    }

    @Test func countsLinesAcrossQuotedLineBreaks() throws {
        let bytes = Array("h1,h2\n\"two\nlines\",x\nnext,y\n".utf8)
        var scanner = CSVScanner()
        var offset = 0
        var lines: [Int] = []
        try bytes.withUnsafeBytes { buffer in
            while try scanner.next(buffer, offset: &offset, isFinal: true) == .record {
                lines.append(scanner.recordLine)
            }
        }
        #expect(lines == [1, 2, 4])
    }

    @Test func reportsAnUnterminatedQuoteAtTheLineItOpens() throws {
        #expect(throws: CSVError.unterminatedQuote(line: 2, column: 2)) {
            try Self.records("a,b\nc,\"never closed\nmore\n")
        }
    }

    @Test func reportsTextAfterAClosingQuote() throws {
        #expect(throws: CSVError.textAfterClosingQuote(line: 1, column: 1)) { try Self.records("\"a\"b,c\n") }
    }
}
