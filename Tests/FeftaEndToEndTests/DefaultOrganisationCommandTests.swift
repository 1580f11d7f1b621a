import DatabaseTestSupport
import Foundation
import ScreeningRules
import Testing

/// The quickstart's `fefta admin org default` and `fefta portfolio import` without --org find the same default
/// organisation, in either order, so `fefta filing new` needs no --org afterwards.
@Suite struct DefaultOrganisationCommandTests {
    typealias Portfolio = PortfolioCommandTests

    static func run(_ arguments: [String], _ db: TestDatabase, actor: String = "") async throws
        -> FeftaProcess.Output
    {
        try await FeftaProcess.run(
            arguments, environment: ["FEFTA_DATABASE_URL": db.connectionString.rawValue, "FEFTA_ACTOR": actor])
    }

    static func organisations(_ db: TestDatabase) async throws -> [JSONValue] {
        guard case .array(let all) = try await run(["admin", "org", "list", "--format", "json"], db).json() else {
            return []
        }
        return all
    }

    @Test(.hangGuard, arguments: [true, false])
    func oneDefaultWhicheverCommandCreatesItFirst(quickstartFirst: Bool) async throws {
        try await withTestDatabase { db in
            #expect(
                try await Self.run(["issuers", "import", Portfolio.issuers, "--published", "2025-07-15"], db).status
                    == 0)
            let importHoldings = [
                "portfolio", "import", "--investor", Portfolio.investor, "--date", "2025-09-01", Portfolio.holdings,
            ]
            let steps: [[String]] =
                quickstartFirst
                ? [["admin", "org", "default", "--format", "json"], importHoldings]
                : [importHoldings, ["admin", "org", "default", "--format", "json"]]
            var outputs: [FeftaProcess.Output] = []
            for step in steps {
                let output = try await Self.run(step, db)
                #expect(output.status == 0, "\(step): \(output.standardError)")
                outputs.append(output)
            }
            let imported = outputs[quickstartFirst ? 1 : 0]
            #expect(imported.standardError.contains("created the default organisation") == !quickstartFirst)
            let shown = try outputs[quickstartFirst ? 0 : 1].jsonObject()
            #expect(shown["created"] == .bool(quickstartFirst))
            #expect(shown["name"] == "Default organisation")

            let all = try await Self.organisations(db)
            #expect(all.count == 1, "\(all)")
            guard case .object(let only)? = all.first else { return }
            #expect(only["id"] == shown["id"])
            #expect(only["default"] == true)

            // The quickstart's next steps need no --org.
            let person = try await Self.run(
                ["admin", "person", "add", "--name", "Operator", "--role", "admin", "--format", "json"], db)
            #expect(person.status == 0, "\(person.standardError)")
            guard case .string(let actor)? = try person.jsonObject()["id"] else { return }
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fefta-default-\(UUID())")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let facts = folder.appendingPathComponent("facts.json")
            try Data(FactsExamples.postInvestmentReport(date: "2025-06-27").utf8).write(to: facts)
            let opened = try await Self.run(
                ["filing", "new", "--check", facts.path, "--format", "json"], db, actor: actor)
            #expect(opened.status == 0, "\(opened.standardError)")

            // A second firm does not change where an unnamed organisation goes.
            #expect(try await Self.run(["admin", "org", "add", "Example LLP"], db).status == 0)
            let again = try await Self.run(
                ["filing", "new", "--check", facts.path, "--format", "json"], db, actor: actor)
            #expect(again.status == 0, "\(again.standardError)")
            guard case .string(let filing)? = try again.jsonObject()["id"] else { return }
            let shown2 = try await Self.run(["filing", "show", filing, "--format", "json"], db, actor: actor)
            #expect(try shown2.jsonObject()["organisation"] == only["id"], "\(shown2.standardOutput)")
        }
    }
}
