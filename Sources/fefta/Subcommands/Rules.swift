import ArgumentParser

extension FeftaCommand {
    /// `fefta rules`: the ruleset in force, and lawyer-written test cases.
    struct Rules: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rules",
            abstract: "Show the rules in force on a date, or run YAML test cases against them.",
            subcommands: [Show.self, Test.self]
        )
    }
}
