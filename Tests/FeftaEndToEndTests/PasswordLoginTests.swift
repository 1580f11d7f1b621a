import DatabaseTestSupport
import Foundation
import LibPQ
import ScreeningRules
import Testing

/// The README's password command, as written, and its walk to a shared server with SCRAM password logins: the
/// owner migrates and adds two people, sets their passwords with that command, and each person acts through the
/// built `fefta` with their own password.
@Suite struct PasswordLoginTests {
    /// The README's command that sets hsato's password (its comment removed), for the login `name`.
    static func readmePasswordCommand(for name: String) throws -> String {
        let readme = try String(
            contentsOf: InstallServiceTests.repository.appendingPathComponent("README.md"), encoding: .utf8)
        let line = try #require(
            readme.split(separator: "\n").first { $0.hasPrefix("psql ") && $0.contains("\\password hsato'") },
            "the README has no psql line setting hsato's password")
        let command = line.replacingOccurrences(of: #"\s+#.*$"#, with: "", options: .regularExpression)
        return command.replacingOccurrences(of: "hsato", with: name)
    }

    /// Runs `command` with bash, without a controlling terminal (psql then reads the password from standard input,
    /// as it reads it from the terminal for a person), with the built `fefta` first on `PATH`.
    static func runWithoutTerminal(_ command: String, typing password: String, environment: [String: String])
        async throws -> FeftaProcess.Output
    {
        let binaries = URL(fileURLWithPath: FeftaProcess.executablePath("fefta")).deletingLastPathComponent().path
        let path = binaries + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        return try await FeftaProcess.runTool(
            "setsid", ["-w", "bash", "-c", command], environment: environment.merging(["PATH": path]) { $1 },
            input: Array("\(password)\n\(password)\n".utf8))
    }

    /// On the embedded cluster, exactly as written (the login is called hsato there: the cluster is the test's own).
    @Test(.hangGuard)
    func theReadmesPasswordCommandWorksAsWrittenOnTheEmbeddedCluster() async throws {
        try await EmbeddedClusterFixture.withEmbeddedHome { fixture in
            let env = fixture.environment.merging(["FEFTA_ACTOR": ""]) { $1 }
            for step in [
                ["db", "start"], ["db", "migrate"], ["admin", "org", "add", "Example LLP"],
                [
                    "admin", "person", "add", "--name", "Hanako Sato", "--role", "filer", "--org", "Example LLP",
                    "--db-role", "hsato", "--create-login",
                ],
            ] {
                let result = try await FeftaProcess.run(step, environment: env)
                #expect(result.status == 0, "\(step): \(result.standardError)")
            }
            let command = try Self.readmePasswordCommand(for: "hsato")
            let set = try await Self.runWithoutTerminal(command, typing: "correct horse battery", environment: env)
            #expect(set.status == 0, "\(command): \(set.standardError)")
            let verifier = try await fixture.withSuperuserSession { session in
                try await session.query(
                    "SELECT rolpassword FROM pg_authid WHERE rolname = 'hsato'", logger: DatabaseTestEnvironment.logger
                ).decodeOne(String?.self)
            }
            #expect(verifier?.hasPrefix("SCRAM-SHA-256$") == true)
            #expect(verifier?.contains("correct horse") == false)
        }
    }

    /// The shared-server walkthrough on the test server, whose host authentication is `scram-sha-256`.
    @Test(.hangGuard)
    func twoPeopleEachActWithTheirOwnPasswordOnASharedServer() async throws {
        try await withTestDatabase(migrated: false) { db in
            try await withTestLogins(db, ["owner"]) { logins in
                let owner = try #require(logins["owner"])
                let prefix = String(owner.name.dropLast("_owner".count))
                let people = ["hsato": "\(prefix)_hsato", "kito": "\(prefix)_kito"]
                do {
                    try await Self.walkThrough(db, owner: owner, people: people)
                } catch {
                    try await Self.release(db, owner: owner, people: Array(people.values))
                    throw error
                }
                try await Self.release(db, owner: owner, people: Array(people.values))
            }
        }
    }

    /// The README's steps: the administrator's (here, in SQL), the owner's and each person's.
    static func walkThrough(_ db: TestDatabase, owner: TestLogin, people: [String: String]) async throws {
        try await db.pool.withConnection(logger: db.logger) { session in
            try await session.execute("ALTER ROLE \(identifier: owner.name) CREATEROLE", logger: db.logger)
            try await session.execute(
                "ALTER DATABASE \(identifier: db.name) OWNER TO \(identifier: owner.name)", logger: db.logger)
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fefta-passwords-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        func passwordFile(_ name: String, _ lines: [String]) throws -> String {
            let file = folder.appendingPathComponent(name)
            try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: file)
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file.path)
            return file.path
        }
        func url(_ user: String) -> String {
            TestLogin.text(owner.options.filter { $0.keyword != "user" } + [("user", user)])
        }
        func line(_ user: String, _ password: String) -> String {
            owner.passwordFileLine.split(separator: ":").dropLast(2).joined(separator: ":") + ":\(user):\(password)"
        }
        let ownerEnvironment = [
            "FEFTA_DATABASE_URL": url(owner.name), "PGPASSFILE": try passwordFile("owner", [owner.passwordFileLine]),
            "FEFTA_ACTOR": "",
        ]
        let steps: [[String]] = [
            ["db", "migrate"], ["admin", "org", "add", "Example LLP"],
            [
                "admin", "person", "add", "--name", "Hanako Sato", "--role", "filer", "--org", "Example LLP",
                "--db-role", people["hsato"] ?? "", "--create-login",
            ],
            [
                "admin", "person", "add", "--name", "Ken Ito", "--role", "reviewer", "--org", "Example LLP",
                "--db-role", people["kito"] ?? "", "--create-login",
            ],
        ]
        for step in steps {
            let result = try await FeftaProcess.run(step, environment: ownerEnvironment)
            #expect(result.status == 0, "\(step): \(result.standardError)")
        }
        let passwords = ["hsato": "hanako's own password", "kito": "ken's own password"]
        for (label, login) in people {
            let set = try await runWithoutTerminal(
                try readmePasswordCommand(for: login), typing: passwords[label] ?? "", environment: ownerEnvironment)
            #expect(set.status == 0, "\(label): \(set.standardError)")
        }

        let facts = folder.appendingPathComponent("facts.json")
        try Data(FactsExamples.postInvestmentReport(date: "2025-06-27").utf8).write(to: facts)
        for (label, group) in [("hsato", "fefta_filer"), ("kito", "fefta_reviewer")] {
            let login = people[label] ?? ""
            let environment = [
                "FEFTA_DATABASE_URL": url(login),
                "PGPASSFILE": try passwordFile(label, [line(login, passwords[label] ?? "")]), "FEFTA_ACTOR": "",
            ]
            let whoami = try await FeftaProcess.run(["admin", "whoami", "--format", "json"], environment: environment)
            #expect(whoami.status == 0, "\(label): \(whoami.standardError)")
            let identity = try whoami.jsonObject()
            #expect(identity["role"] == .string(login))
            #expect(identity["groups"] == .array([.string(group)]))
            #expect(identity["person"] != .null)
            #expect(identity["rowSecurity"] == true)
            if label == "hsato" {
                let opened = try await FeftaProcess.run(
                    ["filing", "new", "--check", facts.path, "--format", "json"], environment: environment)
                #expect(opened.status == 0, "\(opened.standardError)")
            }
            // Someone else's password does not let them in.
            let other = label == "hsato" ? "kito" : "hsato"
            let wrong = try await FeftaProcess.run(
                ["admin", "whoami"],
                environment: environment.merging([
                    "PGPASSFILE": try passwordFile("\(label)-wrong", [line(login, passwords[other] ?? "")])
                ]) { $1 })
            #expect(wrong.status == 69)
            #expect(wrong.standardError.contains("password authentication failed"), "\(wrong.standardError)")
        }
    }

    /// Gives the owner's objects back to the server's superuser and drops the people's logins, so the test's roles
    /// can be dropped.
    static func release(_ db: TestDatabase, owner: TestLogin, people: [String]) async throws {
        try await db.pool.withConnection(logger: db.logger) { session in
            try await session.execute("REASSIGN OWNED BY \(identifier: owner.name) TO CURRENT_USER", logger: db.logger)
            try await session.execute("DROP OWNED BY \(identifier: owner.name)", logger: db.logger)
            for login in people {
                try await session.execute(
                    "SELECT pg_terminate_backend(pid, 60000) FROM pg_stat_activity WHERE usename = \(login)",
                    logger: db.logger)
                try await session.execute("DROP ROLE IF EXISTS \(identifier: login)", logger: db.logger)
            }
        }
    }
}
