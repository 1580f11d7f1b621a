import DatabaseTestSupport
import Foundation
import ScreeningRules
import Testing

/// `fefta issuers …` and `fefta portfolio import` through the built binary against real PostgreSQL.
@Suite struct IssuersCommandTests {
    typealias Portfolio = PortfolioCommandTests

    static func run(_ arguments: [String], _ db: TestDatabase, input: [UInt8]? = nil) async throws
        -> FeftaProcess.Output
    {
        try await FeftaProcess.run(
            arguments, environment: ["FEFTA_DATABASE_URL": db.connectionString.rawValue], input: input)
    }

    static func sample() throws -> String { try String(contentsOfFile: Portfolio.issuers, encoding: .utf8) }

    static func versions(_ db: TestDatabase) async throws -> [String] {
        let result = try await run(["issuers", "versions", "--format", "json"], db)
        guard case .array(let items) = try result.json() else { return [] }
        return items.compactMap { item in
            guard case .object(let object) = item, case .string(let published)? = object["published"],
                case .string(let encoding)? = object["encoding"]
            else { return nil }
            return "\(published) \(encoding)"
        }
    }

    @Test(.hangGuard)
    func importsEachEncodingWithJapaneseHeaders() async throws {
        try await withTestDatabase { db in
            let text = try Self.sample()
            let encodings: [(String, [UInt8])] = [
                ("2025-01-15", Array(text.utf8)), ("2025-04-15", [0xEF, 0xBB, 0xBF] + Array(text.utf8)),
                ("2025-07-15", Array(try #require(text.data(using: .shiftJIS)))),
            ]
            for (published, bytes) in encodings {
                let result = try await Self.run(
                    ["issuers", "import", "-", "--published", published, "--format", "json"], db, input: bytes)
                #expect(result.status == 0, "\(result.standardError)")
                let object = try result.jsonObject()
                #expect(object["issuers"] == .number(JSONNumber(14)))
                #expect(object["layout"] == .string("mof"))
            }
            await #expect(
                try Self.versions(db) == ["2025-01-15 UTF-8", "2025-04-15 UTF-8 (BOM)", "2025-07-15 Shift_JIS (CP932)"])
            let show = try await Self.run(["issuers", "show", "9501", "--format", "json"], db)
            #expect(show.status == 0)
            guard case .array(let history)? = try show.jsonObject()["versions"] else {
                Issue.record("no versions")
                return
            }
            for case .object(let entry) in history {
                #expect(entry["tier"] == .string("coreSpecified"))
                #expect(entry["name"] == .string("サンプル電力"))
            }
        }
    }

    @Test(.hangGuard)
    func aBadLineStoresNothingAndNamesLineColumnAndValue() async throws {
        try await withTestDatabase { db in
            let bad = try Self.sample().replacingOccurrences(of: "9984,JP3436100006", with: "9984,JP3436100007")
            let result = try await Self.run(
                ["issuers", "import", "-", "--published", "2025-07-15"], db, input: Array(bad.utf8))
            #expect(result.status == 65)
            #expect(
                result.standardError.contains(
                    "line 18, column 2 (ISINコード (ISIN code)): 'JP3436100007': expected a 12-character ISIN"))
            #expect(result.standardError.contains("nothing imported"))
            #expect(try await Self.versions(db).isEmpty)
        }
    }

    @Test(.hangGuard)
    func theSameDateNeedsReplaceAndDiffListsTheChanges() async throws {
        try await withTestDatabase { db in
            let text = try Self.sample()
            await #expect(
                try Self.run(["issuers", "import", Portfolio.issuers, "--published", "2025-07-15"], db).status == 0)
            let again = try await Self.run(["issuers", "import", Portfolio.issuers, "--published", "2025-07-15"], db)
            #expect(again.status == 65)
            #expect(again.standardError.contains("already imported; nothing changed (pass --replace to replace it)"))
            let replaced = try await Self.run(
                ["issuers", "import", Portfolio.issuers, "--published", "2025-07-15", "--replace", "--format", "json"],
                db)
            #expect(replaced.status == 0)
            #expect(try replaced.jsonObject()["revision"] == .number(JSONNumber(2)))

            let next = text.replacingOccurrences(of: "サンプル化学,Sample Chemical,②,", with: "サンプル化学,Sample Chemical,③,")
                .replacingOccurrences(of: "2002,,サンプル製粉,Sample Flour Mills,①,\n", with: "")
            await #expect(
                try Self.run(["issuers", "import", "-", "--published", "2025-10-01"], db, input: Array(next.utf8))
                    .status
                    == 0)
            let diff = try await Self.run(["issuers", "diff", "--format", "json"], db)
            #expect(diff.status == 0)
            let object = try diff.jsonObject()
            #expect(object["from"] == .string("2025-07-15"))
            #expect(object["to"] == .string("2025-10-01"))
            guard case .array(let changes)? = object["changes"] else {
                Issue.record("no changes")
                return
            }
            let summary = changes.compactMap { change -> String? in
                guard case .object(let c) = change, case .string(let kind)? = c["kind"],
                    case .string(let code)? = c["securitiesCode"]
                else { return nil }
                return "\(kind) \(code)"
            }
            #expect(summary == ["removed 2002", "changed 4063"])
            let text2 = try await Self.run(["issuers", "show", "4063", "--format", "text"], db).standardOutput
            #expect(text2.contains("2025-07-15  ②  designated  サンプル化学 / Sample Chemical"))
            #expect(text2.contains("2025-10-01  ③  core  サンプル化学 / Sample Chemical  (changed)"))
            // JPX's 5-character form of the common stock (a fifth 0) is shown as the listed 4-character code;
            // another class is not on the list.
            let common = try await Self.run(["issuers", "show", "40630", "--format", "text"], db)
            #expect(common.status == 0)
            #expect(common.standardOutput.hasPrefix("4063 on the imported issuer lists (40630 is its common stock's"))
            #expect(common.standardOutput.contains("2025-10-01  ③  core  サンプル化学 / Sample Chemical  (changed)"))
            let preferred = try await Self.run(["issuers", "show", "40635"], db)
            #expect(preferred.status == 65)
            #expect(preferred.standardError.contains("40635 is not on any of the 2 imported issuer lists"))
        }
    }

    @Test(.hangGuard)
    func storedListsServePortfolioCheckAndCheckAndPortfolioImportStoresHoldings() async throws {
        try await withTestDatabase { db in
            await #expect(
                try Self.run(["issuers", "import", Portfolio.issuers, "--published", "2025-07-15"], db).status == 0)
            let check = try await Self.run(
                ["portfolio", "check", "--investor", Portfolio.investor, "--date", "2025-09-01", Portfolio.holdings], db
            )
            #expect(check.status == 0, "\(check.standardError)")
            // The same rows as from the file; the stored version also has its revision (the file's SHA-256 is in
            // both).
            let fromFile = try await Portfolio.check(["--published", "2025-07-15"])
            #expect(
                check.standardOutput
                    == fromFile.standardOutput.replacingOccurrences(of: ",2025-07-15,,", with: ",2025-07-15,1,"))
            #expect(check.standardOutput.split(separator: "\n")[1].contains(",2025-07-15,1,"))

            let facts = #"""
                {"date": "2025-09-01", "investor": {"category": "foreignEntity", "class": "general"},
                 "target": {"listed": true, "securitiesCode": "9501"},
                 "act": {"kind": "listedShares", "holdingBefore": 0, "holdingAfter": 1.5}}
                """#
            let decided = try await Self.run(
                ["check", "-", "--format", "json", "--published", "2025-07-15"], db, input: Array(facts.utf8))
            #expect(try decided.jsonObject()["outcome"] == .string("exempt"))
            let missing = try await Self.run(
                ["check", "-", "--format", "json", "--published", "2024-01-01"], db, input: Array(facts.utf8))
            #expect(missing.status == 65)

            let stored = try await Self.run(
                [
                    "portfolio", "import", "--investor", Portfolio.investor, "--org", "Example Capital", "--date",
                    "2025-09-01", "--format", "json", Portfolio.holdings,
                ], db)
            #expect(stored.status == 0, "\(stored.standardError)")
            #expect(try stored.jsonObject()["holdings"] == .number(JSONNumber(14)))
            #expect(stored.standardError.contains("created the organisation 'Example Capital'"))

            let bad = try await Self.run(
                ["portfolio", "import", "--investor", Portfolio.investor, "--date", "2025-09-01", "-"], db,
                input: Array("securities_code,holding_before,holding_after\n9501,0,1\n0000,0,1\n".utf8))
            #expect(bad.status == 65)
            #expect(bad.standardError.contains("nothing stored"))
            #expect(bad.standardError.contains("fefta: standard input: line 3, securities_code: '0000'"))
        }
    }

    @Test(.hangGuard)
    func anUnmigratedDatabaseGetsAdvice() async throws {
        try await withTestDatabase(migrated: false) { db in
            let result = try await Self.run(["issuers", "versions"], db)
            #expect(result.status == 69)
            #expect(result.standardError.contains("run `fefta db migrate`"))
        }
    }

    /// `fefta portfolio show`: the stored holdings with their last screening, what needs action first.
    @Test(.hangGuard)
    func portfolioShowListsTheStoredHoldingsWithTheirLastScreening() async throws {
        try await withTestDatabase { db in
            #expect(
                try await Self.run(["portfolio", "show", "--format", "text"], db).standardOutput.hasPrefix(
                    "no stored holdings"))
            _ = try await Self.run(["issuers", "import", Portfolio.issuers, "--published", "2025-07-15"], db)
            let stored = try await Self.run(
                [
                    "portfolio", "import", "--investor", Portfolio.investor, "--org", "Example Capital", "--date",
                    "2025-09-01", Portfolio.holdings,
                ], db)
            #expect(stored.status == 0, "\(stored.standardError)")

            let again = try await Self.run(
                [
                    "portfolio", "import", "--investor", Portfolio.investor, "--org", "Example Capital", "--date",
                    "2025-09-01", "--format", "text", "--lang", "ja", Portfolio.holdings,
                ], db)
            #expect(
                again.standardOutput
                    == "Example Global Fund LPの保有銘柄14件を保存（14件を置き換え）: 2025年9月1日の取得として2025年7月15日公表の発行会社リストで審査\n")
            #expect(again.standardError.contains("保有明細18行から14銘柄のうち14銘柄を審査"))

            let text = try await Self.run(["portfolio", "show", "--format", "text", "--lang", "en"], db)
            #expect(text.status == 0, "\(text.standardError)")
            let lines = text.standardOutput.split(separator: "\n").map(String.init)
            #expect(lines[0] == "Example Global Fund LP (Example Capital)")
            #expect(lines[3].hasPrefix("7011 Sample Heavy Industries") && lines[3].contains("prior notification"))
            #expect(lines[3].hasSuffix("2025-09-01, list 2025-07-15 r1"))
            #expect(lines.count == 3 + 14)
            let japanese = try await Self.run(["portfolio", "show", "--format", "text", "--lang", "ja"], db)
            #expect(japanese.standardOutput.contains("7011 サンプル重工業"))
            #expect(japanese.standardOutput.contains("2025年9月1日、リスト 2025年7月15日第1版"))

            let json = try await Self.run(["portfolio", "show", "--format", "json", "--org", "Example Capital"], db)
            guard case .array(let holdings) = try json.json(), case .object(let first)? = holdings.first else {
                Issue.record("no holdings: \(json.standardOutput)")
                return
            }
            #expect(holdings.count == 14)
            #expect(first["investor"] == "Example Global Fund LP")
            #expect(first["screenedOn"] == "2025-09-01")
            #expect(first["issuerList"] == ["published": "2025-07-15", "revision": 1])
            let other = try await Self.run(["portfolio", "show", "--format", "json", "--investor", "Nobody"], db)
            #expect(try other.json() == .array([]))
        }
    }
}
