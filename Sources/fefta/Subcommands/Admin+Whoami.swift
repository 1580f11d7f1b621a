import ArgumentParser
import Logging
import ScreeningRules
import ScreeningStore

extension FeftaCommand.Admin {
    /// `fefta admin whoami`: the database's view of this connection.
    struct Whoami: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the database role this connection acts as, its fefta group roles and its person.",
            discussion: """
                The person is the one whose --db-role is the connection's role; every event this connection \
                records names that person. "rowSecurity": false means the connection is the owner's or a \
                superuser's and sees every organisation.
                """)
        @OptionGroup(title: "Database") var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        func run() async throws {
            let format = try output.resolved()
            let logger = Logger(label: "fefta")
            try await database.withFilingStore(logger: logger) { pool in
                let session = try await OrganisationDirectory.session(pool: pool, logger: logger)
                let json: JSONValue = [
                    "role": .string(session.currentRole), "login": .string(session.loginRole),
                    "rowSecurity": .bool(!session.bypassesRowSecurity),
                    "groups": .array(session.groups.map { .string($0) }),
                    "person": session.personID.map { .string(FilingJSON.id($0)) } ?? .null,
                    "organisation": session.organisationID.map { .string(FilingJSON.id($0)) } ?? .null,
                    "team": session.teamID.map { .string(FilingJSON.id($0)) } ?? .null,
                    "personRole": session.personRole.map { .string($0) } ?? .null,
                ]
                printResult(format, json) {
                    var lines = [
                        "role \(session.currentRole)"
                            + (session.loginRole == session.currentRole ? "" : " (logged in as \(session.loginRole))"),
                        session.bypassesRowSecurity
                            ? "not subject to row-level security (owner or superuser)"
                            : "subject to row-level security",
                        "groups: " + (session.groups.isEmpty ? "none" : session.groups.joined(separator: ", ")),
                    ]
                    if let person = session.personID {
                        lines.append(
                            "acts as person \(FilingJSON.id(person)) (\(session.personRole ?? "?")) of organisation "
                                + (session.organisationID.map(FilingJSON.id) ?? "?"))
                    } else {
                        lines.append("maps to no person")
                    }
                    return lines.joined(separator: "\n")
                }
            }
        }
    }
}
