import Foundation
import JapaneseCalendar
import ScreeningRules
import Testing

/// The rule ids outputs show: each has an entry whose citation parses, and the catalogue documents each.
struct RuleGlossaryTests {
    @Test func idsAreUniqueAndCitationsParse() throws {
        let ids = RuleGlossary.all.map(\.id)
        #expect(Set(ids).count == ids.count)
        for entry in RuleGlossary.all {
            #expect(throws: Never.self, "\(entry.id)") { try Citation(parsing: entry.citation) }
        }
    }

    @Test func everyIdTheEngineShowsHasAnEntry() {
        var shown = ActKind.allCases.map(\.ruleLabel) + ReportRow.allCases.map(\.rawValue)
        shown += ["B1", "B2", "B3", "C1", "C2", "Q1", "Q2"]
        for id in shown { #expect(RuleGlossary.entry(id) != nil, "\(id) has no glossary entry") }
    }

    @Test func lookupIgnoresCase() {
        #expect(RuleGlossary.entry("a9d")?.id == "A9d")
        #expect(RuleGlossary.entry("d11B")?.id == "D11b")
        #expect(RuleGlossary.entry("Z9") == nil)
    }

    @Test func explainsARuleWithItsProvisions() throws {
        let explanation = try Explanation("P6", on: try LegalDate(iso8601: "2025-09-01"))
        let text = explanation.text(.en)
        #expect(text.hasPrefix("P6: Report: listed acts ending at 10% or more"))
        #expect(text.contains("FDI Ordinance Appended Table 3, row 6"))
        #expect(text.contains("六　第一欄：法第二十六条第二項第三号"))
        #expect(explanation.isResolved)
    }

    @Test func unknownInputSuggestsNearMatches() throws {
        #expect {
            _ = try Explanation("A9h", on: .latest)
        } throws: { error in
            guard let error = error as? ExplanationError else { return false }
            return !error.suggestions.isEmpty && error.suggestions.allSatisfy { $0.hasPrefix("A9") }
                && error.description.contains("A3, P6, B1, D11")
        }
    }
}

/// Every rule id outputs show is documented in the DocC catalogue, in a table row of its own.
struct RuleDocumentationTests {
    @Test func everyGlossaryIdHasARowInTheCatalogue() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/ScreeningRules/ScreeningRules.docc")
        var text = ""
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".md") {
            text += try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        }
        for entry in RuleGlossary.all {
            #expect(text.contains("| \(entry.id) |"), "\(entry.id) is not documented in ScreeningRules.docc")
        }
    }
}
