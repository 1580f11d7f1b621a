import ArgumentParser
import Foundation
import Logging
import ScreeningRules
import ScreeningStore

extension FeftaCommand.Admin {
    /// `fefta admin person add|list`.
    struct Person: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "person", abstract: "Add or list people.", subcommands: [Add.self, List.self])

        /// `fefta admin person add --name NAME --role ROLE [--org ORG] [--team TEAM] [--db-role ROLE
        /// [--create-login] | --user USER]`.
        struct Add: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Add a person; --db-role maps their database login to them.",
                discussion: """
                    With --db-role ROLE, the database role ROLE acts as this person: it is made a member of the \
                    group role of --role (fefta_filer for filer…), and row-level security limits it to the \
                    person's organisation (and, for a reviewer, to the filings of the person and their team). \
                    --create-login creates ROLE as a LOGIN role without a password first. fefta never takes a \
                    password: set one with `\\password ROLE` in psql (it sends only a SCRAM verifier), and give it \
                    to libpq through ~/.pgpass, PGPASSFILE or a service file. Granting and creating roles needs a \
                    superuser or CREATEROLE. ROLE may not be a superuser, have BYPASSRLS, own fefta's tables or \
                    already hold another fefta group role.
                    --user USER only records an operating-system user name, for the owner's own connection (the \
                    acting person of `fefta filing` when no --actor is given).
                    """)
            @Option(name: .long, help: "Their name as colleagues see it (never written to logs or events).")
            var name: String
            @Option(name: .long, help: "filer, reviewer, auditor, worker or admin.") var role: String
            @Option(
                name: .long,
                help: ArgumentHelp(
                    "Their organisation (id or name); default: the only one, else the default organisation.",
                    valueName: "org"))
            var org: String?
            @Option(name: .long, help: ArgumentHelp("Their team in the organisation (id or name).", valueName: "team"))
            var team: String?
            @Option(
                name: .customLong("db-role"),
                help: ArgumentHelp(
                    "The database role that acts as them; made a member of the role's group role.", valueName: "role"))
            var dbRole: String?
            @Flag(name: .customLong("create-login"), help: "Create --db-role as a LOGIN role (no password) first.")
            var createLogin = false
            @Option(name: .long, help: "An operating-system user name that acts as them on the owner's connection.")
            var user: String?
            @Flag(
                name: .customLong("if-missing"),
                help: "Succeed without change when --db-role or --user is registered already.")
            var ifMissing = false
            @OptionGroup(title: "Database") var database: DatabaseOptions
            @OptionGroup var output: OutputOptions

            func validate() throws {
                if dbRole != nil && user != nil {
                    throw ValidationError(
                        "give --db-role (a database login) or --user (an operating-system user), not both")
                }
                if createLogin && dbRole == nil { throw ValidationError("--create-login needs --db-role") }
                if let name = dbRole ?? user, !OrganisationDirectory.isUserName(name) {
                    throw ValidationError(
                        "\(dbRole != nil ? "--db-role" : "--user") must be 1 to 63 lowercase letters, digits and "
                            + "underscores, not starting with a digit")
                }
            }

            func run() async throws {
                let format = try output.resolved()
                let logger = Logger(label: "fefta")
                try await database.withFilingStore(logger: logger) { pool in
                    let person: PersonRecord
                    if ifMissing, let mapped = dbRole ?? user,
                        let existing = try await OrganisationDirectory.person(
                            userName: mapped, pool: pool, logger: logger)
                    {
                        person = existing
                    } else {
                        let organisation = try await OrganisationDirectory.organisation(
                            org, pool: pool, logger: logger)
                        let team = try await team.asyncMap {
                            try await OrganisationDirectory.team(
                                $0, organisationID: organisation.id, pool: pool, logger: logger)
                        }
                        person = try await OrganisationDirectory.addPerson(
                            organisationID: organisation.id, displayName: name, role: role,
                            dbRole: dbRole ?? user, teamID: team?.id,
                            login: dbRole == nil ? nil : (createLogin ? .create : .existing), pool: pool,
                            logger: logger)
                        if createLogin, let dbRole {
                            printDiagnostic(
                                "created the LOGIN role \(dbRole) without a password; set one with "
                                    + "`\\password \(dbRole)` in psql, or let it authenticate by peer or certificate"
                            )
                        }
                    }
                    printResult(format, personJSON(person)) {
                        "\(FilingJSON.id(person.id))  \(person.role)  \(person.displayName)"
                    }
                }
            }
        }

        /// `fefta admin person list [--org ORG]`.
        struct List: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "List people (those of your organisation, unless you are an auditor or admin).")
            @Option(name: .long, help: ArgumentHelp("Only this organisation (id or name).", valueName: "org"))
            var org: String?
            @OptionGroup(title: "Database") var database: DatabaseOptions
            @OptionGroup var output: OutputOptions

            func run() async throws {
                let format = try output.resolved()
                let logger = Logger(label: "fefta")
                try await database.withFilingStore(logger: logger) { pool in
                    let organisation = try await OrganisationDirectory.organisationID(
                        filteringBy: org, pool: pool, logger: logger)
                    let people = try await OrganisationDirectory.people(
                        organisationID: organisation, pool: pool, logger: logger)
                    printResult(format, .array(people.map(personJSON))) {
                        people.map {
                            "\(FilingJSON.id($0.id))  \($0.role.padding(toLength: 9, withPad: " ", startingAt: 0)) "
                                + "\(($0.dbRole ?? "-").padding(toLength: 16, withPad: " ", startingAt: 0)) "
                                + $0.displayName
                        }
                        .joined(separator: "\n")
                    }
                }
            }
        }
    }
}
