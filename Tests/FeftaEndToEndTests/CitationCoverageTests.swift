import Foundation
import JapaneseCalendar
import ScreeningRules
import Testing

@testable import fefta

/// Every citation the engine, the workflow and the deadline calculator can emit parses in the citation notation and
/// resolves to statute text the product holds (the citation contract).
///
/// The citations are enumerated from the code: the rules' and report rows' own citations, the ruleset's periods and
/// regimes, the deadline kinds' bases, the engine's findings over the lawyer cases in `Tests/rules/` and over a
/// matrix of facts (act kinds × tiers × investor classes × listed × holdings × countries × regimes), and every
/// citation literal in `Sources/FilingWorkflow` (refusals and armed deadlines).
///
/// ``pending`` lists the strings that do not parse or resolve yet, each with why: the ratchet only shrinks. A new
/// citation that fails, or a pending one that is no longer emitted (remove it), fails the test.
struct CitationCoverageTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Citations that fail today, with the reason.
    static let pending: [String: String] = [:]

    @Test(.timeLimit(.minutes(1)))
    func everyEmittedCitationParsesAndResolves() throws {
        let emitted = try Self.emittedCitations()
        #expect(emitted.count > 40)
        var failures: [String] = []
        for (citation, date) in emitted.sorted(by: { $0.key < $1.key }) {
            let problem = Self.problem(citation, on: date)
            if let reason = Self.pending[citation] {
                if problem == nil { failures.append("now passes, remove from pending: \(citation) (\(reason))") }
                continue
            }
            if let problem { failures.append("\(citation): \(problem)") }
        }
        for stale in Self.pending.keys.sorted() where emitted[stale] == nil {
            failures.append("no longer emitted, remove from pending: \(stale)")
        }
        #expect(failures.isEmpty, "\(failures.count) citations:\n\(failures.joined(separator: "\n"))")
    }

    /// Why a citation fails, or nil when it parses and every provision resolves.
    static func problem(_ citation: String, on date: LegalDate) -> String? {
        let parsed: Citation
        do {
            parsed = try Citation(parsing: citation)
        } catch {
            return "does not parse: \(error.expected) at character \(error.offset + 1)"
        }
        var missing: [String] = []
        for group in parsed.groups {
            for provision in group.provisions {
                let resolution = StatuteLibrary.resolve(provision, of: group.instrument, on: date)
                if !resolution.isResolved {
                    missing.append(group.instrument.notation + " " + resolution.missing.joined(separator: ", "))
                }
            }
        }
        return missing.isEmpty ? nil : "not held: " + missing.joined(separator: "; ")
    }

    /// Every citation string the code can emit, with a date it is emitted for.
    static func emittedCitations() throws -> [String: LegalDate] {
        var result: [String: LegalDate] = [:]
        let today = try LegalDate(iso8601: "2025-09-01")
        func add(_ citation: String, _ date: LegalDate = today) {
            if result[citation] == nil { result[citation] = date }
        }
        for rule in RuleCatalog.all { add(rule.citation) }
        for row in ReportRow.allCases { add(row.citation) }
        for regime in Regime.allCases { add(regime.citation) }
        add(CountryList.citation)
        add(IndustryCatalogue.citation)
        for kind in FEFTADeadlineKind.allCases { add(FEFTADeadlines.deadline(kind, from: today).basis) }
        for parameter in Ruleset.all {
            for period in parameter.periods { add(period.citation, period.validFrom) }
        }
        for facts in try lawyerCases() + matrix() {
            for finding in ScreeningEngine().explain(facts).findings { add(finding.citation, facts.date) }
        }
        for literal in try workflowLiterals() { add(literal) }
        return result
    }

    /// The facts of every lawyer case in `Tests/rules/*.yaml`.
    static func lawyerCases() throws -> [TransactionFacts] {
        let folder = root.appendingPathComponent("Tests/rules")
        var facts: [TransactionFacts] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        where name.hasSuffix(".yaml") {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            guard case .array(let cases) = try YAMLConversion.json(fromYAML: text) else { continue }
            for (index, element) in cases.enumerated() {
                facts.append(try RuleTestCase(json: element, path: "[\(index)]").facts)
            }
        }
        #expect(!facts.isEmpty)
        return facts
    }

    /// Facts over act kinds, tiers, investor classes, listed or not, holdings, countries and regimes.
    static func matrix() throws -> [TransactionFacts] {
        var facts: [TransactionFacts] = []
        let holdings = [("0", "0.5"), ("0.5", "1.5"), ("2", "4"), ("8", "11"), ("0", "60")]
        for date in ["2017-11-01", "2019-11-01", "2020-07-01", "2025-09-01"] {
            for kind in ActKind.allCases {
                for tier in TargetTier.allCases {
                    for investorClass in InvestorClass.allCases {
                        for listed in [true, false] {
                            for (before, after) in holdings {
                                for country in ["", #", "country": "US""#, #", "country": "BY""#] {
                                    let json = """
                                        {"date": "\(date)",
                                         "investor": {"category": "foreignEntity", "class": "\(investorClass.rawValue)"\(country)},
                                         "target": {"listed": \(listed), "tier": "\(tier.rawValue)"},
                                         "act": {"kind": "\(kind.rawValue)", "holdingBefore": \(before), "holdingAfter": \(after)}}
                                        """
                                    if let value = try? JSONParser().parse(Array(json.utf8)),
                                        let parsed = try? TransactionFacts(json: value)
                                    {
                                        facts.append(parsed)
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        #expect(facts.count > 1000)
        return facts
    }

    /// The string literals in `Sources/FilingWorkflow` that are citations: those starting with an instrument or a
    /// deadline rule id (refusals' `citation:` and armed deadlines' `basis:`).
    static func workflowLiterals() throws -> [String] {
        let folder = root.appendingPathComponent("Sources/FilingWorkflow")
        let pattern = try Regex(#""((?:Act|Order|Ord\.|Civil Code|Holidays Act|D\d+)[ ,:(][^"\\]*)""#)
        var literals: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".swift") {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            for match in text.matches(of: pattern) {
                if let capture = match.output[1].substring { literals.append(String(capture)) }
            }
        }
        #expect(!literals.isEmpty)
        return literals
    }
}
