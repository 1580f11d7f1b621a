import ArgumentParser
import Logging
import ScreeningRules
import ScreeningStore

extension FeftaCommand {
    /// `fefta admin`: organisations and people.
    struct Admin: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "admin",
            abstract: "Manage organisations, teams and the people who act in them.",
            discussion: """
                People act through database roles: `person add --db-role ROLE` maps a LOGIN role to the person and \
                makes it a member of the group role of their --role (fefta_filer, fefta_reviewer, fefta_auditor, \
                fefta_worker, fefta_admin); row-level security then limits it to its organisation. Passwords never \
                pass through fefta: set one with `\\password ROLE` in psql, or use .pgpass, PGPASSFILE or a service \
                file on the person's side (see the README's security section).
                """,
            subcommands: [Org.self, Team.self, Person.self, Whoami.self]
        )
    }
}

extension FeftaCommand.Admin {
    /// `fefta admin org add|list`.
    struct Org: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "org", abstract: "Add or list organisations, or show the default one.",
            subcommands: [Add.self, List.self, Default.self])

        /// `fefta admin org add NAME`.
        struct Add: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Add an organisation (a firm, a fund, a team).")
            @Argument(help: "The organisation's name (unique).") var name: String
            @Flag(name: .customLong("if-missing"), help: "Succeed without change when the name exists already.")
            var ifMissing = false
            @OptionGroup(title: "Database") var database: DatabaseOptions
            @OptionGroup var output: OutputOptions

            func run() async throws {
                let format = try output.resolved()
                let logger = Logger(label: "fefta")
                try await database.withFilingStore(logger: logger) { pool in
                    let organisation: OrganisationRecord
                    let existing = try await OrganisationDirectory.organisations(pool: pool, logger: logger)
                        .first { $0.name == name }
                    if let existing, ifMissing {
                        organisation = existing
                    } else {
                        organisation = try await OrganisationDirectory.addOrganisation(
                            name: name, pool: pool, logger: logger)
                    }
                    let json: JSONValue = [
                        "id": .string(FilingJSON.id(organisation.id)), "name": .string(organisation.name),
                    ]
                    printResult(format, json) {
                        "\(FilingJSON.id(organisation.id))  \(organisation.name)"
                    }
                }
            }
        }

        /// `fefta admin org list`.
        struct List: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "List organisations.")
            @OptionGroup(title: "Database") var database: DatabaseOptions
            @OptionGroup var output: OutputOptions

            func run() async throws {
                let format = try output.resolved()
                let logger = Logger(label: "fefta")
                try await database.withFilingStore(logger: logger) { pool in
                    let all = try await OrganisationDirectory.organisations(pool: pool, logger: logger)
                    let marked = try await OrganisationDirectory.markedDefault(pool: pool, logger: logger)?.id
                    let json = JSONValue.array(
                        all.map {
                            [
                                "id": .string(FilingJSON.id($0.id)), "name": .string($0.name),
                                "default": .bool($0.id == marked),
                            ]
                        })
                    printResult(format, json) {
                        all.map { "\(FilingJSON.id($0.id))  \($0.name)" + ($0.id == marked ? "  (default)" : "") }
                            .joined(separator: "\n")
                    }
                }
            }
        }

        /// `fefta admin org default`.
        struct Default: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Show the default organisation, creating it if there is none.",
                discussion: """
                    The default organisation is the one commands use when none is named and the database role acts \
                    as nobody (fefta portfolio import; fefta filing new when there are several). There is at most \
                    one; whichever command needs it first creates it as "Default organisation".
                    """)
            @OptionGroup(title: "Database") var database: DatabaseOptions
            @OptionGroup var output: OutputOptions

            func run() async throws {
                let format = try output.resolved()
                let logger = Logger(label: "fefta")
                try await database.withFilingStore(logger: logger) { pool in
                    let (organisation, created) = try await OrganisationDirectory.defaultOrganisation(
                        pool: pool, logger: logger)
                    let json: JSONValue = [
                        "id": .string(FilingJSON.id(organisation.id)), "name": .string(organisation.name),
                        "created": .bool(created),
                    ]
                    printResult(format, json) {
                        "\(FilingJSON.id(organisation.id))  \(organisation.name)" + (created ? "  (created)" : "")
                    }
                }
            }
        }
    }
}

/// A person as JSON: `id`, `organisation`, `name`, `role`, `user` (the mapped role or user name), `team`.
func personJSON(_ person: PersonRecord) -> JSONValue {
    [
        "id": .string(FilingJSON.id(person.id)), "organisation": .string(FilingJSON.id(person.organisationID)),
        "name": .string(person.displayName), "role": .string(person.role),
        "user": person.dbRole.map { .string($0) } ?? .null,
        "team": person.teamID.map { .string(FilingJSON.id($0)) } ?? .null,
    ]
}

/// Prints `json` or, in text format, the text `text()` builds (nothing for an empty text).
func printResult(_ format: OutputFormat, _ json: JSONValue, text: () -> String) {
    switch format {
    case .json: writeStandardOutput(json.serialized(pretty: true) + "\n")
    default:
        let body = text()
        if !body.isEmpty { writeStandardOutput(body + "\n") }
    }
}
