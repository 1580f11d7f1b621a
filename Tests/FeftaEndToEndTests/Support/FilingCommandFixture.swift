import DatabaseTestSupport
import Foundation
import ScreeningRules
import Testing

/// A migrated test database with one organisation and one case handler, driven through the built `fefta`.
///
/// The database comes from `withTestDatabase` (the server in `FEFTA_TEST_DATABASE_URL`, like the other database
/// end-to-end tests) and reaches `fefta` as `FEFTA_DATABASE_URL`; the handler is `FEFTA_ACTOR`.
struct FilingCommandFixture {
    /// The test database.
    let db: TestDatabase
    /// The organisation's id.
    let organisation: String
    /// The case handler's person id.
    let handler: String
    /// A folder for facts files, removed with the fixture.
    let folder: URL

    /// The environment for `fefta`: this database and this handler.
    var environment: [String: String] {
        ["FEFTA_DATABASE_URL": db.connectionString.rawValue, "FEFTA_ACTOR": handler]
    }

    /// Runs `fefta` with JSON output against the fixture's database.
    func run(_ arguments: [String], environment extra: [String: String] = [:]) async throws -> FeftaProcess.Output {
        try await FeftaProcess.run(arguments, environment: environment.merging(extra) { $1 })
    }

    /// Writes a facts file and returns its path.
    func facts(_ json: String, name: String = "facts.json") throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(json.utf8).write(to: url)
        return url.path
    }

    /// A string member of a JSON object.
    static func string(_ object: JSONObject, _ key: String) -> String? {
        if case .string(let text)? = object[key] { return text }
        return nil
    }

    /// Runs `body` with a fresh database, organisation and handler, made with `fefta admin`.
    static func with(_ body: (FilingCommandFixture) async throws -> Void) async throws {
        try await withTestDatabase { db in
            let url = db.connectionString.rawValue
            let org = try await FeftaProcess.run(
                ["admin", "org", "add", "Example LLP", "--format", "json"], environment: ["FEFTA_DATABASE_URL": url])
            #expect(org.status == 0, "\(org.standardError)")
            let person = try await FeftaProcess.run(
                ["admin", "person", "add", "--name", "Case Handler", "--role", "reviewer", "--format", "json"],
                environment: ["FEFTA_DATABASE_URL": url])
            #expect(person.status == 0, "\(person.standardError)")
            guard let organisation = string(try org.jsonObject(), "id"),
                let handler = string(try person.jsonObject(), "id")
            else {
                Issue.record("admin did not print ids: \(org.standardOutput) \(person.standardOutput)")
                return
            }
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fefta-e2e-facts-\(UUID())")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            try await body(FilingCommandFixture(db: db, organisation: organisation, handler: handler, folder: folder))
        }
    }
}

/// Facts files for the end-to-end tests (the `fefta check` contract, design.md §4).
enum FactsExamples {
    /// A foreign entity taking 10.5 % of a listed core-sector company with a board seat: prior notification.
    static func priorNotification(date: String) -> String {
        """
        {"date": "\(date)", "investor": {"category": "foreignEntity", "country": "SG", "class": "general"},
         "target": {"listed": true, "tier": "core"},
         "act": {"kind": "listedShares", "holdingBefore": 4.5, "holdingAfter": 10.5}, "plans": {"boardSeat": true}}
        """
    }

    /// A foreign entity passing 10 % of a listed non-designated company: a post-investment report (P5).
    static func postInvestmentReport(date: String) -> String {
        """
        {"date": "\(date)", "investor": {"category": "foreignEntity", "country": "US", "class": "general"},
         "target": {"listed": true, "tier": "nonDesignated"},
         "act": {"kind": "listedShares", "holdingBefore": 9.0, "holdingAfter": 10.2}}
        """
    }

    /// A domestic investor: no filing.
    static let noFiling = """
        {"date": "2025-07-01", "investor": {"category": "domestic", "class": "general"},
         "target": {"listed": true, "tier": "core"},
         "act": {"kind": "listedShares", "holdingBefore": 0, "holdingAfter": 20}}
        """

    /// The investor's category is missing: undetermined.
    static let undetermined = """
        {"date": "2025-07-01", "investor": {"class": "general"}, "target": {"listed": true, "tier": "core"},
         "act": {"kind": "listedShares", "holdingBefore": 0, "holdingAfter": 20}}
        """
}
