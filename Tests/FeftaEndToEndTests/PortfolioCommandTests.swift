import Foundation
import ScreeningRules
import Testing

/// `fefta portfolio check` and `fefta check --issuers` through the built binary, on the quickstart's example files.
struct PortfolioCommandTests {
    /// A file under `Deploy/examples/`.
    static func example(_ name: String, filePath: String = #filePath) -> String {
        var directory = URL(fileURLWithPath: filePath).deletingLastPathComponent()
        while directory.path != "/" {
            if FileManager.default.fileExists(atPath: directory.appendingPathComponent("Package.swift").path) {
                return directory.appendingPathComponent("Deploy/examples/\(name)").path
            }
            directory.deleteLastPathComponent()
        }
        return "Deploy/examples/\(name)"
    }

    /// A temporary file holding `bytes`, removed by the caller.
    static func scratchFile(_ bytes: [UInt8], suffix: String = ".csv") throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("fefta-portfolio-\(UUID())\(suffix)")
        try Data(bytes).write(to: url)
        return url
    }

    static let issuers = example("issuers-sample.csv")
    static let investor = example("investor-fund.json")
    static let holdings = example("holdings-sample.csv")

    static func check(_ extra: [String], holdings: String = holdings, input: [UInt8]? = nil) async throws
        -> FeftaProcess.Output
    {
        try await FeftaProcess.run(
            ["portfolio", "check", "--investor", investor, "--issuers", issuers, "--date", "2025-09-01"] + extra
                + [holdings], input: input)
    }

    @Test func theExamplePortfolioScreensToCSVWithASummary() async throws {
        let result = try await Self.check([])
        #expect(result.status == 0)
        let lines = result.standardOutput.split(separator: "\n")
        #expect(lines.count == 15)  // the header and 14 issuers
        #expect(lines.first?.hasPrefix("securities_code,name,tier,holding_before,holding_after,outcome,") == true)
        #expect(lines.contains { $0.hasPrefix("4063,サンプル化学,designated,0.3333,1,exempt,P3,2025-10-16,B1 B2 B3,2,") })
        #expect(result.standardError.contains("screened 14 of 14 issuers from 18 holdings rows"))
        #expect(result.standardError.contains("reports due by 2025-10-16: 3 (P3 × 2, P5 × 1)"))
        #expect(!result.standardError.contains("\r"))  // no progress bar when stderr is not a terminal
    }

    /// Every JSON row, given to `fefta check` as the same facts, gets the same answer.
    @Test func everyRowAgreesWithFeftaCheckThroughTheBinary() async throws {
        let result = try await Self.check(["--format", "json"])
        #expect(result.status == 0)
        guard case .array(let rows)? = try result.jsonObject()["rows"] else {
            Issue.record("no rows")
            return
        }
        #expect(rows.count == 14)
        let investor = try String(contentsOfFile: Self.investor, encoding: .utf8)
            .replacingOccurrences(of: #""name": "Example Global Fund LP","#, with: "")
        for case .object(let row) in rows {
            guard case .string(let code)? = row["securitiesCode"], case .number(let before)? = row["holdingBefore"],
                case .number(let after)? = row["holdingAfter"]
            else {
                Issue.record("row without code or holdings: \(row)")
                continue
            }
            let facts = """
                {"date": "2025-09-01", "investor": \(investor), "target": {"listed": true, "securitiesCode": "\(code)"},
                 "act": {"kind": "listedShares", "holdingBefore": \(before), "holdingAfter": \(after)}}
                """
            let check = try await FeftaProcess.run(
                ["check", "-", "--format", "json", "--issuers", Self.issuers, "--published", "2025-07-15"],
                input: Array(facts.utf8))
            #expect(check.status == 0)
            let decided = try check.jsonObject()
            for key in ["outcome", "priorNotification", "exemption", "report", "missingFacts"] {
                #expect(row[key] == decided[key], "\(code) \(key)")
            }
        }
    }

    @Test func badRowsAreListedWithLineNumbersAndTheRestIsScreenedWithStatusTwo() async throws {
        let text =
            try String(contentsOfFile: Self.holdings, encoding: .utf8)
            + "Index,IX-9,4444,0,1\nIndex,IX-9,6501,0,1O\nIndex,IX-9,7203,3,2\n"
        let file = try Self.scratchFile(Array(text.utf8))
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try await Self.check([], holdings: file.path)
        #expect(result.status == 2)
        let path = file.path
        #expect(
            result.standardError.contains(
                "fefta: \(path): line 20, securities_code: '4444': this securities code is not on"))
        #expect(
            result.standardError.contains("fefta: \(path): line 21, holding_after: '1O': expected a decimal number"))
        #expect(
            result.standardError.contains("fefta: \(path): line 22, holding_after: '2': holding_after (2) is below"))
        #expect(result.standardOutput.contains("\n6501,サンプル電機,core,,,,,,,,\"not screened: line 21"))
        #expect(result.standardOutput.contains("\n4063,サンプル化学,designated,0.3333,1,exempt,"))
        #expect(result.standardError.contains("rejected: 3"))
    }

    @Test func strictWritesNothingAndExits65() async throws {
        let file = try Self.scratchFile(
            Array("securities_code,holding_before,holding_after\n7203,0,1\n7203,0,x\n".utf8))
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try await Self.check(["--strict"], holdings: file.path)
        #expect(result.status == 65)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.contains("line 3, holding_after: 'x'"))
        #expect(result.standardError.contains("nothing written (--strict)"))
        let clean = try await Self.check(["--strict"])
        #expect(clean.status == 0)
    }

    @Test func holdingsMayComeFromStandardInput() async throws {
        let result = try await Self.check(
            ["--format", "json"], holdings: "-",
            input: Array("証券コード,取得前保有割合,取得後保有割合\n9984,0.5,1\n".utf8))
        #expect(result.status == 0)
        #expect(result.standardOutput.contains(#""outcome": "exempt""#))
    }

    @Test func aShiftJISIssuerListIsReadAndABadOneNamesLineAndColumn() async throws {
        let text = try String(contentsOfFile: Self.issuers, encoding: .utf8)
        let shiftJIS = try Self.scratchFile(Array(try #require(text.data(using: .shiftJIS))))
        defer { try? FileManager.default.removeItem(at: shiftJIS) }
        let result = try await FeftaProcess.run(
            [
                "portfolio", "check", "--investor", Self.investor, "--issuers", shiftJIS.path, "--date", "2025-09-01",
                Self.holdings,
            ])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("\n9501,サンプル電力,coreSpecified,"))

        let bad = try Self.scratchFile(
            Array(
                text.replacingOccurrences(
                    of: ",サンプル製薬,Sample Pharmaceutical,③,", with: ",サンプル製薬,Sample Pharmaceutical,④,"
                ).utf8))
        defer { try? FileManager.default.removeItem(at: bad) }
        let failure = try await FeftaProcess.run(
            ["portfolio", "check", "--investor", Self.investor, "--issuers", bad.path, Self.holdings])
        #expect(failure.status == 65)
        #expect(failure.standardOutput.isEmpty)
        #expect(failure.standardError.contains("line 10, column 5 (区分): '④': expected a category 1, 2, 3"))
    }

    @Test func inputErrorsHaveTheirExitStatuses() async throws {
        let investor = try Self.scratchFile(
            Array(#"{"category": "foreignEntity", "clas": "general"}"#.utf8), suffix: ".json")
        defer { try? FileManager.default.removeItem(at: investor) }
        let badInvestor = try await FeftaProcess.run(
            ["portfolio", "check", "--investor", investor.path, "--issuers", Self.issuers, Self.holdings])
        #expect(badInvestor.status == 65)
        #expect(badInvestor.standardError.contains("investor.clas: unknown member"))

        let missing = try await Self.check([], holdings: "/nonexistent/holdings.csv")
        #expect(missing.status == 66)

        let noColumn = try Self.scratchFile(Array("securities_code,before\n7203,1\n".utf8))
        defer { try? FileManager.default.removeItem(at: noColumn) }
        let header = try await Self.check([], holdings: noColumn.path)
        #expect(header.status == 65)
        #expect(header.standardError.contains("line 1: the header lacks holding_after"))

        let usage = try await FeftaProcess.run([
            "portfolio", "check", "--investor", Self.investor, Self.holdings, "--format", "xml",
        ])
        #expect(usage.status == 64)
    }

    @Test func feftaCheckResolvesTheSecuritiesCodeOnlyWhenAskedTo() async throws {
        let facts = Array(
            #"""
            {"date": "2025-09-01", "investor": {"category": "foreignEntity", "class": "general"},
             "target": {"listed": true, "securitiesCode": "9501"},
             "act": {"kind": "listedShares", "holdingBefore": 0, "holdingAfter": 1.5}}
            """#.utf8)
        let without = try await FeftaProcess.run(["check", "-", "--format", "json"], input: facts)
        #expect(without.status == 0)
        #expect(try without.jsonObject()["outcome"] == .string("undetermined"))
        let with = try await FeftaProcess.run(
            ["check", "-", "--format", "json", "--issuers", Self.issuers], input: facts)
        #expect(with.status == 0)
        let decided = try with.jsonObject()
        #expect(decided["outcome"] == .string("exempt"))
        #expect(with.standardOutput.contains("classes it ③ (coreSpecified)"))
    }
}
