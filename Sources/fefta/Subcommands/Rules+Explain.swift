import ArgumentParser
import JapaneseCalendar
import ScreeningRules

extension FeftaCommand.Rules {
    /// `fefta rules explain CITATION|RULE [--date D]`: a provision's own text, in the version that applies on a
    /// date, with its e-Gov law id and version and our English summary; or what a rule id means.
    struct Explain: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "explain",
            abstract: "Print a cited provision's text, or what a rule id means and the provisions it rests on.",
            discussion: """
                CITATION is the notation findings use ("Act 27-2(1)", "Order 3-2(2)(iii)イ", \
                "Ord. 6-2; Ord. 別表第三 row 3", "Civil Code Art. 140") or the Japanese form (法27条の2第1項, \
                令3条2項1号, 命令別表第三第3号, 民法140条). RULE is a rule id shown in outputs (A3, P6, B1, D11, FI1, \
                T2020). The provision's text is printed in Japanese as e-Gov publishes it, from the version that \
                applies on --date, with the e-Gov law id and the version's date, followed by an English summary \
                written by the fefta project. When the version that applies on the date is not held, the version \
                shown is named and marked as not the one in force. Exit status 0 when every provision's text is \
                held, 1 when a provision is not held, 64 when the input is neither a citation nor a rule id.
                """
        )

        @Argument(help: "A citation (Act 27-2(1), 法27条の2第1項) or a rule id (A3, P6, B1, D11).")
        var citation: String

        @Option(name: .long, help: "The date (YYYY-MM-DD) whose version of the text to show (default: today in Japan).")
        var date: String?

        @OptionGroup var output: OutputOptions
        @OptionGroup var language: LanguageOptions

        func run() throws {
            let format = try output.resolved()
            let day = try DateArgument.day(date)
            let explanation: Explanation
            do {
                explanation = try Explanation(citation, on: day)
            } catch {
                throw ValidationError(error.description)
            }
            let lang = language.resolved
            switch format {
            case .json: writeStandardOutput(explanation.json(lang).serialized(pretty: true) + "\n")
            default: writeStandardOutput(explanation.text(lang))
            }
            if !explanation.isResolved { throw ExitCode.failure }
        }
    }
}
