import ArgumentParser
import JapaneseCalendar
import ScreeningRules

extension FeftaCommand {
    /// `fefta deadline KIND DATE`: counts a FEFTA deadline or waiting period from an event date.
    struct Deadline: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "deadline",
            abstract: "Count a FEFTA deadline or waiting period from an event date.",
            discussion: """
                KIND is one of: \(FEFTADeadlineKind.allCases.map(\.rawValue).joined(separator: ", ")).
                DATE is the event (acceptance, receipt, act, change, or the planned execution date for \
                filing-window) as YYYY-MM-DD. Reports and replies move off Saturdays, Sundays, national holidays \
                and December 29 – January 3 (D12); waiting periods and the filing window do not (D13).
                """
        )

        @Argument(
            help: """
                What to count: waiting-period, extension-4m, extension-5m, recommendation-reply, report, \
                execution-report, change-report or filing-window.
                """
        )
        var kind: String

        @Argument(help: "The event date, YYYY-MM-DD.")
        var date: String

        @OptionGroup(title: "Output")
        var output: OutputOptions

        @OptionGroup var language: LanguageOptions

        func run() throws {
            guard let kind = FEFTADeadlineKind(rawValue: kind) else {
                throw fail(
                    "unknown deadline kind '\(kind)'; use one of: "
                        + FEFTADeadlineKind.allCases.map(\.rawValue).joined(separator: ", "),
                    status: ExitStatus.dataError)
            }
            let event: LegalDate
            do {
                event = try LegalDate(iso8601: date)
            } catch {
                throw fail(error.description, status: ExitStatus.dataError)
            }
            guard FEFTADeadlines.supportedDates.contains(event) else {
                throw fail(
                    "'\(event)' is out of range: deadlines are counted from dates between "
                        + "\(FEFTADeadlines.supportedDates.lowerBound) and \(FEFTADeadlines.supportedDates.upperBound)",
                    status: ExitStatus.dataError)
            }
            let format = try output.resolved()
            let deadline = FEFTADeadlines.deadline(kind, from: event)
            if !deadline.nationalHolidaysKnown {
                printDiagnostic(
                    "warning: national holidays are known for 1949–2099 only; beyond that only weekends and "
                        + "December 29 – January 3 were skipped")
            }
            switch format {
            case .json: print(Self.json(deadline, language.resolved).serialized(pretty: true))
            default: print(Self.text(deadline, language.resolved))
            }
        }

        /// The JSON object: `kind`, `from`, `due`, `basis` (the citation notation), then the details of the count and
        /// `basisText`, the basis rendered in `language`.
        static func json(_ deadline: FEFTADeadline, _ language: Language) -> JSONValue {
            var object = JSONObject([
                "kind": .string(deadline.kind.rawValue),
                "from": .string(deadline.from.iso8601),
                "due": .string(deadline.due.iso8601),
                "basis": .string(deadline.basis),
            ])
            object["unrolledDue"] = .string(deadline.unrolledDue.iso8601)
            object["rolledBecause"] = deadline.rolledBecause.map { .string($0.description) } ?? .null
            object["nationalHolidaysKnown"] = .bool(deadline.nationalHolidaysKnown)
            object["explanation"] = .string(deadline.explanation)
            object["explanationJa"] = .string(deadline.explanationJa)
            object["basisText"] = .string(Citation.render(deadline.basis, language))
            return .object(object)
        }

        /// The text form: the date, the sentence in English and Japanese, and the basis rendered in `language`.
        static func text(_ deadline: FEFTADeadline, _ language: Language) -> String {
            let label =
                switch deadline.kind.dueMeaning {
                case .earliestExecution: "Earliest execution"
                case .lastDayToAct: "Due"
                case .earliestFiling: "Earliest filing"
                }
            return """
                \(label): \(deadline.due) (\(deadline.due.weekday.name))
                \(deadline.explanation)
                \(deadline.explanationJa)
                \(language == .ja ? "根拠" : "Basis"): \(Citation.render(deadline.basis, language))
                """
        }
    }
}
