import ArgumentParser
import Logging
import ScreeningRules
import ScreeningStore

extension FeftaCommand {
    /// `fefta admin`: organisations and people.
    struct Admin: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "admin",
            abstract: "Manage organisations and the people who act in them.",
            subcommands: [Org.self, Person.self]
        )
    }
}

extension FeftaCommand.Admin {
    /// `fefta admin org add|list`.
    struct Org: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "org", abstract: "Add or list organisations.", subcommands: [Add.self, List.self])

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
                try await database.withPool(logger: logger) { pool, configuration in
                    let organisation: OrganisationRecord
                    do {
                        let existing = try await OrganisationDirectory.organisations(pool: pool, logger: logger)
                            .first { $0.name == name }
                        if let existing, ifMissing {
                            organisation = existing
                        } else {
                            organisation = try await OrganisationDirectory.addOrganisation(
                                name: name, pool: pool, logger: logger)
                        }
                    } catch {
                        throw filingFailure(error, configuration: configuration)
                    }
                    print(format, ["id": .string(FilingJSON.id(organisation.id)), "name": .string(organisation.name)]) {
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
                try await database.withPool(logger: logger) { pool, configuration in
                    let all: [OrganisationRecord]
                    do {
                        all = try await OrganisationDirectory.organisations(pool: pool, logger: logger)
                    } catch {
                        throw filingFailure(error, configuration: configuration)
                    }
                    let json = JSONValue.array(
                        all.map { ["id": .string(FilingJSON.id($0.id)), "name": .string($0.name)] })
                    print(format, json) { all.map { "\(FilingJSON.id($0.id))  \($0.name)" }.joined(separator: "\n") }
                }
            }
        }
    }

    /// `fefta admin person add|list`.
    struct Person: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "person", abstract: "Add or list people.", subcommands: [Add.self, List.self])

        /// `fefta admin person add --name NAME --role ROLE [--org ORG] [--user USER]`.
        struct Add: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Add a person; --user maps an operating-system or database user name to them.")
            @Option(name: .long, help: "Their name as colleagues see it (never written to logs or events).")
            var name: String
            @Option(name: .long, help: "filer, reviewer, auditor, worker or admin.") var role: String
            @Option(
                name: .long,
                help: ArgumentHelp("Their organisation (id or name); default: the only one.", valueName: "org"))
            var org: String?
            @Option(name: .long, help: "The user name that acts as them (lowercase letters, digits, _).")
            var user: String?
            @Flag(name: .customLong("if-missing"), help: "Succeed without change when --user is registered already.")
            var ifMissing = false
            @OptionGroup(title: "Database") var database: DatabaseOptions
            @OptionGroup var output: OutputOptions

            func run() async throws {
                let format = try output.resolved()
                let logger = Logger(label: "fefta")
                try await database.withPool(logger: logger) { pool, configuration in
                    let person: PersonRecord
                    do {
                        if ifMissing, let user,
                            let existing = try await OrganisationDirectory.person(
                                userName: user, pool: pool, logger: logger)
                        {
                            person = existing
                        } else {
                            let organisation = try await OrganisationDirectory.organisation(
                                org, pool: pool, logger: logger)
                            person = try await OrganisationDirectory.addPerson(
                                organisationID: organisation.id, displayName: name, role: role, dbRole: user,
                                pool: pool,
                                logger: logger)
                        }
                    } catch {
                        throw filingFailure(error, configuration: configuration)
                    }
                    print(format, personJSON(person)) {
                        "\(FilingJSON.id(person.id))  \(person.role)  \(person.displayName)"
                    }
                }
            }
        }

        /// `fefta admin person list [--org ORG]`.
        struct List: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "List people.")
            @Option(name: .long, help: ArgumentHelp("Only this organisation (id or name).", valueName: "org"))
            var org: String?
            @OptionGroup(title: "Database") var database: DatabaseOptions
            @OptionGroup var output: OutputOptions

            func run() async throws {
                let format = try output.resolved()
                let logger = Logger(label: "fefta")
                try await database.withPool(logger: logger) { pool, configuration in
                    let people: [PersonRecord]
                    do {
                        let organisation = try await org.asyncMap {
                            try await OrganisationDirectory.organisation($0, pool: pool, logger: logger).id
                        }
                        people = try await OrganisationDirectory.people(
                            organisationID: organisation, pool: pool, logger: logger)
                    } catch {
                        throw filingFailure(error, configuration: configuration)
                    }
                    print(format, .array(people.map(personJSON))) {
                        people.map {
                            "\(FilingJSON.id($0.id))  \($0.role.padding(toLength: 9, withPad: " ", startingAt: 0)) \($0.displayName)"
                        }
                        .joined(separator: "\n")
                    }
                }
            }
        }
    }
}

private func personJSON(_ person: PersonRecord) -> JSONValue {
    [
        "id": .string(FilingJSON.id(person.id)), "organisation": .string(FilingJSON.id(person.organisationID)),
        "name": .string(person.displayName), "role": .string(person.role),
        "user": person.dbRole.map { .string($0) } ?? .null,
    ]
}

/// Prints `json` or, in text format, the text `text()` builds (nothing for an empty text).
private func print(_ format: OutputFormat, _ json: JSONValue, text: () -> String) {
    switch format {
    case .json: writeStandardOutput(json.serialized(pretty: true) + "\n")
    default:
        let body = text()
        if !body.isEmpty { writeStandardOutput(body + "\n") }
    }
}
