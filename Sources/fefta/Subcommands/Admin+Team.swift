import ArgumentParser
import Logging
import ScreeningRules
import ScreeningStore

extension FeftaCommand.Admin {
    /// `fefta admin team add|list`.
    struct Team: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "team",
            abstract: "Add or list teams (a reviewer sees the filings assigned to anyone in their team).",
            subcommands: [Add.self, List.self])

        /// `fefta admin team add NAME [--org ORG]`.
        struct Add: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Add a team to an organisation.")
            @Argument(help: "The team's name (unique in its organisation).") var name: String
            @Option(
                name: .long,
                help: ArgumentHelp(
                    "The organisation (id or name); default: the only one, else the default organisation.",
                    valueName: "org"))
            var org: String?
            @OptionGroup(title: "Database") var database: DatabaseOptions
            @OptionGroup var output: OutputOptions

            func run() async throws {
                let format = try output.resolved()
                let logger = Logger(label: "fefta")
                try await database.withFilingStore(logger: logger) { pool in
                    let team: TeamRecord
                    let organisation = try await OrganisationDirectory.organisation(org, pool: pool, logger: logger)
                    team = try await OrganisationDirectory.addTeam(
                        organisationID: organisation.id, name: name, pool: pool, logger: logger)
                    printResult(format, teamJSON(team)) { "\(FilingJSON.id(team.id))  \(team.name)" }
                }
            }
        }

        /// `fefta admin team list [--org ORG]`.
        struct List: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "List teams.")
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
                    let teams = try await OrganisationDirectory.teams(
                        organisationID: organisation, pool: pool, logger: logger)
                    printResult(format, .array(teams.map(teamJSON))) {
                        teams.map { "\(FilingJSON.id($0.id))  \($0.name)" }.joined(separator: "\n")
                    }
                }
            }
        }
    }
}

/// A team as JSON: `id`, `organisation`, `name`.
private func teamJSON(_ team: TeamRecord) -> JSONValue {
    [
        "id": .string(FilingJSON.id(team.id)), "organisation": .string(FilingJSON.id(team.organisationID)),
        "name": .string(team.name),
    ]
}
