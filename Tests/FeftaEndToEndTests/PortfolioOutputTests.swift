import Foundation
import ScreeningRules
import Testing

/// `fefta portfolio check` for people, through the built binary: the table, the language, the CSV's encoding for
/// Excel, and messages that name the file.
struct PortfolioOutputTests {
    typealias Portfolio = PortfolioCommandTests

    @Test func theTableListsWhatNeedsActionFirstWithTheListVersion() async throws {
        let result = try await Portfolio.check(["--format", "text", "--published", "2025-07-15", "--lang", "en"])
        #expect(result.status == 0, "\(result.standardError)")
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        #expect(
            lines[0].hasPrefix("Portfolio of Example Global Fund LP on 2025-09-01, issuer list published 2025-07-15"))
        #expect(lines[1].hasPrefix("issuer") && lines[1].hasSuffix("headroom"))
        #expect(lines[3].hasPrefix("7011 Sample Heavy Industries") && lines[3].contains("prior notification"))
        #expect(lines[4].contains("P3 2025-10-16"))
        #expect(result.standardOutput.contains("Notes:\n"))
        #expect(!result.standardOutput.contains("priorNotification"))
    }

    /// `--lang ja`, or a Japanese locale: the table, the notes, the summary and the messages a user acts on.
    @Test(arguments: [(["--lang", "ja"], [:]), ([], ["LANG": "ja_JP.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""])])
    func japaneseByFlagOrLocale(arguments: [String], environment: [String: String]) async throws {
        let text = try String(contentsOfFile: Portfolio.holdings, encoding: .utf8) + "Index,IX-9,6501,0,1O\n"
        let file = try Portfolio.scratchFile(Array(text.utf8))
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try await FeftaProcess.run(
            [
                "portfolio", "check", "--investor", Portfolio.investor, "--issuers", Portfolio.issuers,
                "--published", "2025-07-15", "--date", "2025-09-01", "--format", "text",
            ] + arguments + [file.path], environment: environment)
        #expect(result.status == 2)
        #expect(result.standardOutput.hasPrefix("Example Global Fund LPのポートフォリオ（2025年9月1日、2025年7月15日公表"))
        #expect(result.standardOutput.contains("事前届出"))
        #expect(result.standardOutput.contains("P3 2025年10月16日"))
        #expect(result.standardOutput.contains("注記:\n"))
        #expect(result.standardError.contains("fefta: \(file.path): 20行目、holding_after: '1O': 1.5 のような10進数が必要"))
        #expect(result.standardError.contains("2025年10月16日までの事後報告"))
        for english in ["prior notification", "reports due by", "not screened", "priorNotification", "noFiling"] {
            #expect(!result.standardOutput.contains(english) && !result.standardError.contains(english), "\(english)")
        }
    }

    @Test func theCSVIsWrittenInTheEncodingExcelNeeds() async throws {
        let shiftJIS = try await Portfolio.check(["--encoding", "shift_jis"])
        #expect(shiftJIS.status == 0, "\(shiftJIS.standardError)")
        let decoded = try #require(String(data: Data(shiftJIS.standardOutputBytes), encoding: .shiftJIS))
        #expect(decoded.contains("\n4063,サンプル化学,designated,0.3333,1,exempt,P3,2025-10-16,"))
        #expect(String(bytes: shiftJIS.standardOutputBytes, encoding: .utf8) == nil, "not UTF-8")

        let bom = try await Portfolio.check(["--encoding", "utf-8-bom"])
        #expect(Array(bom.standardOutputBytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let plain = try await Portfolio.check(["--encoding", "utf-8"])
        #expect(Array(bom.standardOutputBytes.dropFirst(3)) == plain.standardOutputBytes)
        #expect(plain.standardOutputBytes == (try await Portfolio.check([])).standardOutputBytes)

        let json = try await Portfolio.check(["--format", "json", "--encoding", "shift_jis"])
        #expect(json.status == 64)
        #expect(json.standardError.contains("--encoding applies to --format csv only"))
        let unknown = try await Portfolio.check(["--encoding", "latin1"])
        #expect(unknown.status == 64)
    }

    @Test func aRowThatEndsEarlyLeavesItsIssuerNotScreenedAndTheFileIsNamed() async throws {
        let file = try Portfolio.scratchFile(
            Array("securities_code,holding_before,holding_after\n7203,0,1\n6501,1\n".utf8))
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try await Portfolio.check([], holdings: file.path)
        #expect(result.status == 2)
        #expect(
            result.standardError.contains("fefta: \(file.path): line 3, holding_after: the row ends before this column")
        )
        #expect(result.standardOutput.contains("\n6501,サンプル電機,core,,,,,,,,\"not screened: line 3, holding_after"))
        #expect(result.standardError.contains("not screened (a row was rejected): 1"))
    }

    @Test func aSemicolonSeparatedFileGetsAHint() async throws {
        let file = try Portfolio.scratchFile(Array("securities_code;holding_before;holding_after\n7203;0;1\n".utf8))
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try await Portfolio.check([], holdings: file.path)
        #expect(result.status == 65)
        #expect(result.standardError.contains(file.path))
        #expect(result.standardError.contains("the header looks semicolon-separated"))
    }
}
