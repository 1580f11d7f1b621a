import DatabaseTestSupport
import Foundation
import ScreeningRules
import Testing

/// `fefta rules explain` through the built binary: citations in both forms, rule ids, dates and bad input.
struct ExplainCommandTests {
    @Test(.hangGuard)
    func printsTheProvisionTextWithItsSourceAndSummary() async throws {
        let output = try await FeftaProcess.run(
            ["rules", "explain", "Act 27(2)", "--date", "2025-09-01", "--format", "text", "--lang", "en"])
        #expect(output.status == 0, "\(output.standardError)")
        let text = output.standardOutput
        #expect(text.hasPrefix("FEFTA Art. 27(2)  (法27条2項)"))
        #expect(text.contains("e-Gov law id 324AC0000000228, version of 2025-06-01"))
        #expect(text.contains("This version applies on 2025-09-01."))
        #expect(text.contains("第二十七条第二項　対内直接投資等について前項の規定による届出をした外国投資家は"))
        #expect(text.contains("Summary: After notifying, the investor must not make the investment until 30 days"))
    }

    @Test(.hangGuard)
    func readsTheJapaneseFormAndAnswersInJapanese() async throws {
        let output = try await FeftaProcess.run(
            ["rules", "explain", "命令別表第三第6号", "--date", "2025-06-01", "--format", "text", "--lang", "ja"])
        #expect(output.status == 0, "\(output.standardError)")
        #expect(output.standardOutput.hasPrefix("命令別表第三第6号  (FDI Ordinance Appended Table 3, row 6)"))
        #expect(output.standardOutput.contains("法令ID 355M50007FC2001"))
        #expect(output.standardOutput.contains("この版は2025-06-01に適用されます。"))
    }

    @Test(.hangGuard)
    func explainsARuleIdAsJSON() async throws {
        let output = try await FeftaProcess.run(["rules", "explain", "d11", "--date", "2025-09-01", "--format", "json"])
        #expect(output.status == 0, "\(output.standardError)")
        guard case .object(let object) = try JSONParser().parse(Array(output.standardOutput.utf8)),
            case .object(let rule)? = object["rule"], case .array(let provisions)? = object["provisions"]
        else {
            Issue.record("not the explanation object: \(output.standardOutput)")
            return
        }
        #expect(rule["id"] == .string("D11"))
        #expect(object["citation"] == .string("Ord. 6-2, 7(1); Civil Code Art. 140"))
        #expect(provisions.count == 3)
        guard case .object(let first)? = provisions.first else { return }
        #expect(first["lawId"] == .string("355M50007FC2001"))
        #expect(first["version"] == .string("2025-05-19"))
    }

    @Test(.hangGuard)
    func saysWhenTheVersionShownIsNotInForce() async throws {
        let output = try await FeftaProcess.run(
            ["rules", "explain", "Act 27-2(1)", "--date", "2027-09-01", "--format", "text", "--lang", "en"])
        #expect(output.status == 0)
        #expect(output.standardOutput.contains("Note: not the version in force on 2027-09-01"))
        #expect(output.standardOutput.contains("this is the version of 2027-06-04"))
    }

    @Test(.hangGuard)
    func aProvisionNotHeldExitsOne() async throws {
        let output = try await FeftaProcess.run(["rules", "explain", "Act 69-6(1)", "--format", "text"])
        #expect(output.status == 1)
        #expect(output.standardOutput.contains("Not held: 69-6(1)"))
    }

    @Test(.hangGuard)
    func unknownInputSaysWhatIsAcceptedAndSuggests() async throws {
        let output = try await FeftaProcess.run(["rules", "explain", "Akt 27(2)"])
        #expect(output.status == 64)
        #expect(output.standardError.contains("expected an instrument"))
        #expect(output.standardError.contains("法27条の2第1項"))
        #expect(output.standardError.contains("Did you mean: Act 27(2)"))
        let date = try await FeftaProcess.run(["rules", "explain", "A3", "--date", "2025-02-30"])
        #expect(date.status == 64)
        #expect(date.standardError.contains("--date"))
    }
}
