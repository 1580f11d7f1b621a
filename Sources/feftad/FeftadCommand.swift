import ArgumentParser

/// `feftad`: the worker daemon that fires FEFTA deadlines, sends reminders and re-screens filings.
@main
struct FeftadCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feftad",
        abstract: "Fire FEFTA deadlines, send reminders and re-screen open filings."
    )
}
