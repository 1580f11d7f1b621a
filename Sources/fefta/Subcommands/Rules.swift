import ArgumentParser

extension FeftaCommand {
    /// `fefta rules`: the ruleset in force, and lawyer-written test cases.
    struct Rules: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rules",
            abstract: "Show the rules in force on a date, explain a citation or rule id, or run YAML test cases.",
            subcommands: [Show.self, Explain.self, Test.self]
        )
    }
}
