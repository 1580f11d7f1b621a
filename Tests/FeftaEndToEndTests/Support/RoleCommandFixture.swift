import DatabaseTestSupport
import Foundation
import ScreeningRules
import Testing

/// Two firms whose people run the built `fefta` as their own database roles (Schema/0005).
///
/// The owner's connection (the test server's superuser, as `fefta db migrate` would run) adds the firms and people
/// with `fefta admin … --db-role`; each person's password then reaches libpq the way the README says it should:
/// through a password file named by `PGPASSFILE` (mode 0600), never on the command line or in the URL.
struct RoleCommandFixture {
    let db: TestDatabase
    let logins: [String: TestLogin]
    /// The person id of each login label.
    let people: [String: String]
    /// A folder for the password file and facts files, removed with the fixture.
    let folder: URL

    /// The people: label, role, firm, team.
    static let cast: [(label: String, role: String, firm: String, team: String?)] = [
        ("alice", "filer", "Firm A", nil), ("bob", "filer", "Firm B", nil), ("rita", "reviewer", "Firm A", "M&A"),
        ("audrey", "auditor", "Firm A", nil), ("walter", "worker", "Firm A", nil), ("adam", "admin", "Firm A", nil),
    ]

    /// Runs `fefta` on the owner's connection.
    func owner(_ arguments: [String], input: [UInt8]? = nil) async throws -> FeftaProcess.Output {
        try await FeftaProcess.run(
            arguments, environment: ["FEFTA_DATABASE_URL": db.connectionString.rawValue, "FEFTA_ACTOR": ""],
            input: input)
    }

    /// Runs `fefta` (or `feftad`) as the login of `label`: its URL has no password; libpq reads it from the file.
    func run(
        _ label: String, _ arguments: [String], executable: String = "fefta", environment: [String: String] = [:]
    ) async throws -> FeftaProcess.Output {
        guard let login = logins[label] else { throw TestDatabaseError(description: "no login \(label)") }
        return try await FeftaProcess.run(
            arguments, executable: executable,
            environment: [
                "FEFTA_DATABASE_URL": login.connectionStringWithoutPassword, "FEFTA_ACTOR": "",
                "PGPASSFILE": folder.appendingPathComponent("pgpass").path,
            ].merging(environment) { $1 })
    }

    /// Writes a facts file and returns its path.
    func facts(_ json: String, name: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(json.utf8).write(to: url)
        return url.path
    }

    /// The person id of `label`.
    func person(_ label: String) -> String { people[label] ?? "" }

    /// Runs `body` with a fresh database, the two firms, a team and the cast, each with a LOGIN role.
    static func with(_ body: (RoleCommandFixture) async throws -> Void) async throws {
        try await withTestDatabase { db in
            try await withTestLogins(db, cast.map(\.label) + ["nobody"]) { logins in
                let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fefta-roles-\(UUID())")
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                defer { try? FileManager.default.removeItem(at: folder) }
                let passwords = logins.values.map(\.passwordFileLine).joined(separator: "\n") + "\n"
                let file = folder.appendingPathComponent("pgpass")
                try Data(passwords.utf8).write(to: file)
                try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file.path)
                var fixture = RoleCommandFixture(db: db, logins: logins, people: [:], folder: folder)
                for firm in ["Firm A", "Firm B"] {
                    let added = try await fixture.owner(["admin", "org", "add", firm])
                    #expect(added.status == 0, "\(added.standardError)")
                }
                #expect(try await fixture.owner(["admin", "team", "add", "M&A", "--org", "Firm A"]).status == 0)
                var people: [String: String] = [:]
                for member in cast {
                    let login = try #require(logins[member.label])
                    var arguments = [
                        "admin", "person", "add", "--name", "Person \(member.label)", "--role", member.role, "--org",
                        member.firm, "--db-role", login.name, "--format", "json",
                    ]
                    if let team = member.team { arguments += ["--team", team] }
                    let added = try await fixture.owner(arguments)
                    #expect(added.status == 0, "\(member.label): \(added.standardError)")
                    if case .string(let id)? = try added.jsonObject()["id"] { people[member.label] = id }
                }
                fixture = RoleCommandFixture(db: db, logins: logins, people: people, folder: folder)
                try await body(fixture)
            }
        }
    }
}
