import ArgumentParser
import ScreeningRules

extension FeftaCommand.Rules {
    /// `fefta rules test FILE...`: runs YAML test cases (OpenFisca style) and reports each case.
    struct Test: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "test",
            abstract: "Run YAML test cases: facts as in `fefta check` and the expected answer.",
            discussion: """
                Each FILE holds a YAML list of cases with `name`, `input` (the check contract) and `output` (any of \
                outcome, exemptionBasis, conditions, reportRow, reportForm, dueDate, missingFacts, priorNotification, \
                rulesetVersion). Prints PASS or FAIL per case with what differed. Exit status 0 when all pass, 1 when \
                any fails, 65 when a file is not valid YAML or a case breaks the schema.
                """
        )

        @Argument(help: "YAML files of test cases.")
        var files: [String]

        func validate() throws {
            guard !files.isEmpty else { throw ValidationError("give at least one YAML file of test cases") }
        }

        func run() throws {
            let engine = ScreeningEngine()
            var passed = 0
            var failed = 0
            for file in files {
                let cases = try loadCases(file)
                for testCase in cases {
                    let mismatches = testCase.run(with: engine)
                    if mismatches.isEmpty {
                        passed += 1
                        writeStandardOutput("PASS  \(testCase.name)\n")
                    } else {
                        failed += 1
                        writeStandardOutput("FAIL  \(testCase.name)\n")
                        for mismatch in mismatches { writeStandardOutput("      \(mismatch)\n") }
                    }
                }
            }
            writeStandardOutput("\(passed) passed, \(failed) failed\n")
            if failed > 0 { throw ExitCode(1) }
        }

        func loadCases(_ file: String) throws -> [RuleTestCase] {
            let bytes = try readInput(file)
            guard let text = String(validating: bytes, as: UTF8.self) else {
                let place = YAMLConversion.firstInvalidUTF8(in: bytes)
                throw fail(
                    "\(file): not valid UTF-8 at line \(place.line) (byte \(place.offset + 1)); save the file as UTF-8",
                    status: ExitStatus.dataError)
            }
            let value: JSONValue
            do {
                value = try YAMLConversion.json(fromYAML: text)
            } catch {
                throw fail("\(file): \(error)", status: ExitStatus.dataError)
            }
            guard case .array(let elements) = value else {
                throw fail("\(file): expected a YAML list of test cases", status: ExitStatus.dataError)
            }
            var cases: [RuleTestCase] = []
            for (index, element) in elements.enumerated() {
                do {
                    cases.append(try RuleTestCase(json: element, path: "[\(index)]"))
                } catch {
                    throw fail("\(file): case \(index + 1): \(error.description)", status: ExitStatus.dataError)
                }
            }
            return cases
        }
    }
}
