import DatabaseTestSupport
import Foundation
import LibPQ
import ScreeningRules
import Testing

/// The built `fefta`, run by each person as their own database role (passwords from a password file): what each
/// role can do through the CLI, and that the database, not the CLI, draws the line.
@Suite struct RoleCommandTests {
    @Test(.hangGuard)
    func eachPersonActsAsTheirOwnRoleAndSeesOnlyTheirFirm() async throws {
        try await RoleCommandFixture.with { f in
            let whoami = try await f.run("alice", ["admin", "whoami", "--format", "json"]).jsonObject()
            #expect(whoami["person"] == .string(f.person("alice")))
            #expect(whoami["groups"] == .array(["fefta_filer"]))
            #expect(whoami["rowSecurity"] == .bool(true))

            let facts = try f.facts(FactsExamples.postInvestmentReport(date: "2025-06-27"), name: "report.json")
            let opened = try await f.run("alice", ["filing", "new", "--check", facts, "--date", "2025-07-01"])
            #expect(opened.status == 0, "\(opened.standardError)")
            let filingA = try #require(FilingCommandFixture.string(try opened.jsonObject(), "id"))
            let openedB = try await f.run("bob", ["filing", "new", "--check", facts, "--date", "2025-07-01"])
            #expect(openedB.status == 0, "\(openedB.standardError)")
            let filingB = try #require(FilingCommandFixture.string(try openedB.jsonObject(), "id"))

            // Every event names the person the role maps to, without --actor or FEFTA_ACTOR.
            let history = try await f.run("alice", ["audit", filingA])
            guard case .array(let events) = try history.json(), case .object(let first)? = events.first else {
                Issue.record("no history: \(history.standardOutput) \(history.standardError)")
                return
            }
            #expect(first["actor"] == .string("person:" + f.person("alice")))

            // Bob sees only firm B: Alice's filing does not exist for him, whatever he asks.
            let listed = try await f.run("bob", ["filing", "list"])
            #expect(listed.standardOutput.contains(filingB) && !listed.standardOutput.contains(filingA))
            for arguments in [
                ["filing", "show", filingA], ["filing", "note", filingA, "--text", "planted"], ["audit", filingA],
                ["filing", "show", String(filingA.prefix(8))],
            ] {
                let refused = try await f.run("bob", arguments)
                #expect(refused.status == 65, "\(arguments): \(refused.standardError)")
                #expect(refused.standardError.contains("not found") || refused.standardError.contains("was not found"))
            }
            #expect(!(try await f.run("bob", ["deadlines"]).standardOutput.contains(filingA)))
            #expect(!(try await f.run("bob", ["queue"]).standardOutput.contains(filingA)))
            let people = try await f.run("bob", ["admin", "person", "list"]).standardOutput
            #expect(people.contains(f.person("bob")) && !people.contains(f.person("alice")))

            // Alice cannot record as someone else, even a colleague.
            let impersonation = try await f.run(
                "alice", ["filing", "note", filingA, "--text", "x", "--actor", f.person("rita")])
            #expect(impersonation.status == 77, "\(impersonation.standardError)")

            // The reviewer sees the filing once it is assigned to her, and records on it as herself.
            #expect(try await f.run("rita", ["filing", "list"]).standardOutput.contains(filingA) == false)
            let assigned = try await f.run("alice", ["filing", "assign", filingA, "--to", f.person("rita")])
            #expect(assigned.status == 0, "\(assigned.standardError)")
            #expect(try await f.run("rita", ["filing", "list"]).standardOutput.contains(filingA))
            let noted = try await f.run("rita", ["filing", "note", filingA, "--text", "Reviewed the determination."])
            #expect(noted.status == 0, "\(noted.standardError)")
            #expect(try await f.run("rita", ["filing", "show", filingB]).status == 65)

            // The auditor reads both firms and verifies the chain, but records nothing.
            let all = try await f.run("audrey", ["filing", "list"]).standardOutput
            #expect(all.contains(filingA) && all.contains(filingB))
            #expect(try await f.run("audrey", ["audit", "verify"]).status == 0)
            let auditorNote = try await f.run("audrey", ["filing", "note", filingA, "--text", "x"])
            #expect(auditorNote.status == 77, "\(auditorNote.standardError)")
            #expect(auditorNote.standardError.contains("permission denied"))

            // A filer cannot verify a log it only partly sees; the worker cannot open filings.
            let partial = try await f.run("bob", ["audit", "verify"])
            #expect(partial.status == 77 && partial.standardError.contains("auditor"), "\(partial.standardError)")
            let workerFiling = try await f.run(
                "walter", ["filing", "new", "--check", facts, "--date", "2025-07-01", "--org", "Firm A"])
            #expect(workerFiling.status == 77, "\(workerFiling.standardError)")
            #expect(try await f.run("walter", ["filing", "note", filingA, "--text", "x"]).status == 77)

            // The admin adds firms and people, and reads every firm's people.
            #expect(try await f.run("adam", ["admin", "org", "add", "Firm C"]).status == 0)
            let everyone = try await f.run("adam", ["admin", "person", "list"]).standardOutput
            #expect(everyone.contains(f.person("alice")) && everyone.contains(f.person("bob")))
            #expect(try await f.run("adam", ["filing", "note", filingA, "--text", "x"]).status == 77)
            // … but not as a filer of Firm B: bob cannot add organisations or people.
            #expect(try await f.run("bob", ["admin", "org", "add", "Firm D"]).status == 77)
        }
    }

    @Test(.hangGuard)
    func rolesThatMapToNobodyOrCouldEscapeRowSecurityAreRefused() async throws {
        try await RoleCommandFixture.with { f in
            let nobody = try #require(f.logins["nobody"])
            try await f.db.pool.withConnection(logger: f.db.logger) { session in
                try await session.execute("GRANT fefta_filer TO \(identifier: nobody.name)", logger: f.db.logger)
            }
            let facts = try f.facts(FactsExamples.postInvestmentReport(date: "2025-06-27"), name: "report.json")
            let unmapped = try await f.run("nobody", ["filing", "new", "--check", facts, "--date", "2025-07-01"])
            #expect(unmapped.status == 77, "\(unmapped.standardError)")
            #expect(unmapped.standardError.contains("is not mapped to a person"), "\(unmapped.standardError)")
            #expect(try await f.run("nobody", ["filing", "list"]).json() == .array([]))
            // The owner's role is a superuser: it cannot be a person's login.
            let superuser = try f.db.connectionString.explicitOptions().last { $0.keyword == "user" }?.value ?? "fefta"
            let refused = try await f.owner([
                "admin", "person", "add", "--name", "Root", "--role", "filer", "--org", "Firm A", "--db-role",
                superuser,
            ])
            #expect(refused.status == 65 && refused.standardError.contains("BYPASSRLS"), "\(refused.standardError)")
            // --create-login makes a LOGIN role without a password and says how to set one.
            let created = nobody.name + "_created"
            let made = try await f.owner([
                "admin", "person", "add", "--name", "New", "--role", "reviewer", "--org", "Firm B", "--db-role",
                created,
                "--create-login", "--team", "M&A",
            ])
            #expect(made.status == 65, "the team M&A is Firm A's, not Firm B's: \(made.standardError)")
            let madeB = try await f.owner([
                "admin", "person", "add", "--name", "New", "--role", "reviewer", "--org", "Firm B", "--db-role",
                created,
                "--create-login",
            ])
            #expect(madeB.status == 0, "\(madeB.standardError)")
            #expect(madeB.standardError.contains("\\password \(created)"))
            try await f.db.pool.withConnection(logger: f.db.logger) { session in
                let member = try await session.query(
                    """
                    SELECT pg_has_role(\(created), 'fefta_reviewer', 'MEMBER'), rolcanlogin FROM pg_roles
                    WHERE rolname = \(created)
                    """, logger: f.db.logger
                ).decodeOne((Bool, Bool).self)
                #expect(member.0 && member.1)
                try await session.execute("DROP ROLE \(identifier: created)", logger: f.db.logger)
            }
            // A wrong password is a connection failure that names neither the password nor the URL.
            let wrong = try await FeftaProcess.run(
                ["filing", "list"],
                environment: [
                    "FEFTA_DATABASE_URL": nobody.connectionStringWithoutPassword + " password=wrong-\(nobody.password)"
                ])
            #expect(wrong.status == 69, "\(wrong.standardError)")
            #expect(!wrong.standardError.contains(nobody.password) && !wrong.standardError.contains("password=wrong"))
        }
    }
}
