import ArgumentParser
import FilingWorkflow
import Foundation

extension FeftaCommand.Filing {
    /// `fefta filing submit FILING`.
    struct Submit: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record that the prior notification was submitted via the Bank of Japan (D1: within 6 months "
                + "before the planned execution).")
        @OptionGroup var verb: VerbOptions
        @OptionGroup var when: EventDateOptions
        func run() async throws { try await verb.record(.submit(on: try when.resolved())) }
    }

    /// `fefta filing accept FILING`.
    struct Accept: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record acceptance (受理); the 30-day waiting period starts (D2, Act 27(2)).")
        @OptionGroup var verb: VerbOptions
        @OptionGroup var when: EventDateOptions
        func run() async throws { try await verb.record(.accept(on: try when.resolved())) }
    }

    /// `fefta filing shorten FILING --until DATE`.
    struct Shorten: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record that the waiting period was shortened: execution permitted from --until (D3, D6).")
        @OptionGroup var verb: VerbOptions
        @OptionGroup var when: EventDateOptions
        @Option(
            name: .long,
            help: ArgumentHelp("The first day execution is permitted, YYYY-MM-DD.", valueName: "date"))
        var until: String
        func run() async throws {
            let until = try LegalDateArgument.parse(until, option: "--until")
            try await verb.record(.shorten(on: try when.resolved(), until: until))
        }
    }

    /// `fefta filing extend FILING --months 4|5`.
    struct Extend: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record that the waiting period was extended to 4 or 5 months from acceptance (D4, D5).")
        @OptionGroup var verb: VerbOptions
        @OptionGroup var when: EventDateOptions
        @Option(name: .long, help: "4 or 5: the months from acceptance.")
        var months: Int
        func validate() throws {
            guard ExtensionLength(rawValue: months) != nil else { throw ValidationError("--months must be 4 or 5") }
        }
        func run() async throws {
            guard let length = ExtensionLength(rawValue: months) else {
                throw ValidationError("--months must be 4 or 5")
            }
            try await verb.record(.extend(on: try when.resolved(), months: length))
        }
    }

    /// `fefta filing recommend FILING --received DATE`.
    struct Recommend: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record a recommendation (勧告) received; the reply is due within 10 days (D8, Act 27(7)).")
        @OptionGroup var verb: VerbOptions
        @Option(
            name: .long,
            help: ArgumentHelp("The day it was received, YYYY-MM-DD (default: today in Japan).", valueName: "date"))
        var received: String?
        func run() async throws {
            try await verb.record(
                .recommend(received: try LegalDateArgument.parseEventDate(received, option: "--received")))
        }
    }

    /// The investor's answer to a recommendation.
    enum ReplyAnswer: String, EnumerableFlag {
        case accept, refuse

        static func help(for value: ReplyAnswer) -> ArgumentHelp? {
            value == .accept
                ? "The recommendation was accepted (the act may proceed as recommended, D9)."
                : "The recommendation was refused (an order may follow, D10)."
        }
    }

    /// `fefta filing reply FILING --accept|--refuse`.
    struct Reply: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record the reply to a recommendation (Act 27(7)-(10)).")
        @OptionGroup var verb: VerbOptions
        @OptionGroup var when: EventDateOptions
        @Flag var answer: ReplyAnswer
        func run() async throws {
            try await verb.record(.reply(on: try when.resolved(), accepted: answer == .accept))
        }
    }

    /// `fefta filing order FILING`.
    struct Order: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record an order (命令) to change or abort the investment (Act 27(10)).")
        @OptionGroup var verb: VerbOptions
        @OptionGroup var when: EventDateOptions
        func run() async throws { try await verb.record(.order(on: try when.resolved())) }
    }

    /// `fefta filing clear FILING`.
    struct Clear: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record that the waiting period is over (normally recorded by feftad when it ends).")
        @OptionGroup var verb: VerbOptions
        @OptionGroup var when: EventDateOptions
        func run() async throws { try await verb.record(.clear(on: try when.resolved())) }
    }

    /// `fefta filing execute FILING`.
    struct Execute: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record the execution; refused before the waiting period ends (Act 27(2), penalty Act 70). "
                + "Arms the execution report (D11).")
        @OptionGroup var verb: VerbOptions
        @OptionGroup var when: EventDateOptions
        func run() async throws { try await verb.record(.execute(on: try when.resolved())) }
    }

    /// `fefta filing report FILING`.
    struct Report: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record that the execution report (prior notification) or the report (report case) was filed.")
        @OptionGroup var verb: VerbOptions
        @OptionGroup var when: EventDateOptions
        func run() async throws { try await verb.record(.report(on: try when.resolved())) }
    }

    /// `fefta filing close FILING`.
    struct Close: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Close a filed report case, or an ordered case resolved without execution.")
        @OptionGroup var verb: VerbOptions
        @OptionGroup var when: EventDateOptions
        func run() async throws { try await verb.record(.close(on: try when.resolved())) }
    }

    /// `fefta filing withdraw FILING`.
    struct Withdraw: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Withdraw the filing before execution; every pending deadline is cancelled.")
        @OptionGroup var verb: VerbOptions
        @OptionGroup var when: EventDateOptions
        func run() async throws { try await verb.record(.withdraw(on: try when.resolved())) }
    }

    /// `fefta filing assign FILING --to PERSON`.
    struct Assign: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Assign the filing to a case handler.")
        @OptionGroup var verb: VerbOptions
        @OptionGroup var when: EventDateOptions
        @Option(name: .long, help: ArgumentHelp("The case handler's person id.", valueName: "person-id"))
        var to: String
        func run() async throws {
            guard let person = UUID(uuidString: to) else {
                throw fail("--to must be a person id (see `fefta admin person list`)", status: ExitStatus.dataError)
            }
            try await verb.record(.assign(on: try when.resolved(), to: person.uuidString.lowercased()))
        }
    }

    /// `fefta filing note FILING --text TEXT`.
    struct Note: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a note to the filing's history.")
        @OptionGroup var verb: VerbOptions
        @OptionGroup var when: EventDateOptions
        @Option(name: .long, help: "The note (at most 4000 characters).")
        var text: String
        func run() async throws { try await verb.record(.note(on: try when.resolved(), text: text)) }
    }
}
