import DatabaseTestSupport
import Foundation
import LibPQ
import Testing

/// Issue 8 §4: no password, connection string or personal name in any log line or error description.
///
/// Runs the built `fefta` (FEFTA_LOG_LEVEL=trace) and `feftad` (--log-level trace) against database URLs that carry a
/// password inline, with people whose names are distinctive, through successes and failures (a wrong password, an
/// unreachable server, a malformed URL, refusals, a failing notify command), captures everything they print, and
/// greps it. Names may appear on standard output only where a command's result is a list of people.
@Suite struct SecretsInLogsTests {
    static let names = ["Zebulon Quixote-Farnsworth", "Octavia Ballantyne-Rüiz"]
    static let nameParts = ["Zebulon", "Quixote", "Farnsworth", "Octavia", "Ballantyne"]

    /// Everything one run printed, labelled.
    struct Capture {
        var label: String
        var output: FeftaProcess.Output
        /// Whether standard output may hold names (a people listing).
        var listsPeople = false
    }

    @Test(.hangGuard)
    func logsAndErrorsNameNoPasswordURLOrPerson() async throws {
        try await withTestDatabase { db in
            try await withTestLogins(db, ["secretworker", "secretfiler"]) { logins in
                let worker = try #require(logins["secretworker"])
                let filer = try #require(logins["secretfiler"])
                let ownerURL = db.connectionString.rawValue
                let options = try db.connectionString.explicitOptions()
                func option(_ key: String) -> String { options.last { $0.keyword == key }?.value ?? "" }
                let ownerPassword = option("password")
                // The same database as a URI with the worker's password inline.
                let workerURI =
                    "postgresql://\(worker.name):\(worker.password)@\(option("host")):\(option("port"))/\(option("dbname"))"
                let secrets =
                    [worker.password, filer.password, workerURI, ownerURL, try filer.connectionString.rawValue]
                    + (ownerPassword.count >= 6 ? [ownerPassword] : [])
                var captures: [Capture] = []
                func fefta(
                    _ label: String, _ arguments: [String], url: String = ownerURL, listsPeople: Bool = false,
                    input: [UInt8]? = nil
                ) async throws -> FeftaProcess.Output {
                    let output = try await FeftaProcess.run(
                        arguments,
                        environment: ["FEFTA_DATABASE_URL": url, "FEFTA_LOG_LEVEL": "trace", "FEFTA_ACTOR": ""],
                        input: input)
                    captures.append(Capture(label: label, output: output, listsPeople: listsPeople))
                    return output
                }
                func feftad(_ label: String, _ arguments: [String]) async throws {
                    let output = try await FeftaProcess.run(
                        ["--once", "--log-level", "trace"] + arguments, executable: "feftad",
                        environment: ["FEFTA_DATABASE_URL": "", "FEFTA_ACTOR": ""])
                    captures.append(Capture(label: label, output: output))
                }

                _ = try await fefta("org", ["admin", "org", "add", "Firm A"])
                let first = try await fefta(
                    "person 1",
                    ["admin", "person", "add", "--name", Self.names[0], "--role", "filer", "--db-role", filer.name],
                    listsPeople: true)
                _ = try await fefta(
                    "person 2",
                    ["admin", "person", "add", "--name", Self.names[1], "--role", "worker", "--db-role", worker.name],
                    listsPeople: true)
                #expect(first.status == 0, "\(first.standardError)")
                _ = try await fefta(
                    "duplicate",
                    ["admin", "person", "add", "--name", Self.names[0], "--role", "filer", "--db-role", filer.name])
                _ = try await fefta(
                    "too long",
                    [
                        "admin", "person", "add", "--name", Self.names[0] + String(repeating: "x", count: 300),
                        "--role", "filer",
                    ])
                _ = try await fefta("list", ["admin", "person", "list"], listsPeople: true)
                _ = try await fefta("whoami", ["admin", "whoami"], url: try filer.connectionString.rawValue)
                let facts = FactsExamples.postInvestmentReport(date: "2025-06-27")
                let opened = try await fefta(
                    "filing new", ["filing", "new", "--check", "-", "--date", "2025-07-01"],
                    url: try filer.connectionString.rawValue, input: Array(facts.utf8))
                #expect(opened.status == 0, "\(opened.standardError)")
                let filing = try #require(FilingCommandFixture.string(try opened.jsonObject(), "id"))
                _ = try await fefta("note", ["filing", "note", filing, "--text", "called the client"], url: workerURI)
                _ = try await fefta("show", ["filing", "show", filing], url: try filer.connectionString.rawValue)
                _ = try await fefta("status", ["db", "status"], url: workerURI)
                _ = try await fefta("verify", ["audit", "verify"])
                _ = try await fefta("deadlines", ["deadlines", "--format", "ics"])
                // Failures: a wrong password, an unreachable port, a malformed URL with a password, a refused actor.
                _ = try await fefta(
                    "wrong password", ["filing", "list"],
                    url: workerURI.replacingOccurrences(of: ":\(worker.password)@", with: ":\(worker.password)x@"))
                _ = try await fefta(
                    "unreachable", ["filing", "list"],
                    url:
                        "postgresql://\(worker.name):\(worker.password)@127.0.0.1:1/\(option("dbname"))?connect_timeout=2"
                )
                _ = try await fefta(
                    "malformed", ["filing", "list"], url: "postgresql://\(worker.name):\(worker.password)@[::1")
                _ = try await fefta(
                    "flag url", ["filing", "list", "--database-url", "host=x password=\(worker.password) bogus=1"])
                _ = try await fefta(
                    "actor", ["filing", "note", filing, "--text", "x", "--actor", "Zebulon Quixote-Farnsworth"])

                try await feftad(
                    "feftad", ["--database-url", workerURI, "--notify-command", "exit 3", "--max-attempts", "1"])
                try await feftad(
                    "feftad wrong password",
                    ["--database-url", workerURI.replacingOccurrences(of: ":\(worker.password)@", with: ":nope@")])
                try await feftad("feftad malformed", ["--database-url", "postgresql://u:\(worker.password)@[::1"])

                #expect(captures.count == 21)
                #expect(
                    captures.contains { $0.output.standardError.contains("debug") }, "trace logging produced no lines")
                for capture in captures {
                    let all = capture.output.standardOutput + "\n" + capture.output.standardError
                    for secret in secrets where all.contains(secret) {
                        Issue.record("\(capture.label) printed a password or connection string: \(all.prefix(2_000))")
                    }
                    let checked = capture.listsPeople ? capture.output.standardError : all
                    for part in Self.nameParts where checked.contains(part) {
                        Issue.record("\(capture.label) printed the name part \(part): \(checked.prefix(2_000))")
                    }
                }
            }
        }
    }
}
