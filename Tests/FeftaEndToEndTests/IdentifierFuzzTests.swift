import DatabaseTestSupport
import Foundation
import FuzzTestSupport
import ScreeningRules
import ScreeningStore
import Testing

/// Ids given on the command line (filing ids and prefixes, person ids, organisation references) under random and
/// adversarial text (issue 8 §3): each is resolved to exactly the record it names, or refused with a short message
/// that quotes at most a bounded piece of it; nothing crashes and nothing is written.
@Suite struct IdentifierFuzzTests {
    /// Random references: hexadecimal prefixes of every length, ids with garbage, and hostile bytes.
    static func reference(_ random: inout SeededRandom, near ids: [String]) -> String {
        let hex = Array("0123456789abcdefABCDEF-")
        switch Int.random(in: 0..<5, using: &random) {
        case 0:
            let id = ids.randomElement(using: &random) ?? ""
            return String(id.prefix(Int.random(in: 0...id.count, using: &random)))
        case 1:
            let id = ids.randomElement(using: &random) ?? ""
            return random.mutate(Array(id.utf8)).isEmpty
                ? "" : String(decoding: random.mutate(Array(id.utf8)), as: UTF8.self)
        case 2:
            return String(
                (0..<Int.random(in: 0...40, using: &random)).map { _ in hex.randomElement(using: &random) ?? "0" })
        case 3:
            return [
                "", "-", "--------", "00000000", "ffffffff-ffff-ffff-ffff-ffffffffffff", "' OR 1=1 --", "%",
                "_", "\\", String(repeating: "a", count: 100_000), "00000000-0000-0000-0000-00000000000g",
            ]
            .randomElement(using: &random) ?? ""
        default:
            return String(decoding: random.hostileBytes(count: Int.random(in: 0...40, using: &random)), as: UTF8.self)
        }
    }

    @Test(.hangGuard)
    func filingReferencesResolveToTheirFilingOrAreRefusedBriefly() async throws {
        try await FilingCommandFixture.with { f in
            var ids: [String] = []
            for index in 0..<6 {
                let facts = try f.facts(FactsExamples.postInvestmentReport(date: "2025-06-27"), name: "f\(index).json")
                let opened = try await f.run(["filing", "new", "--check", facts, "--date", "2025-07-01"])
                ids += [try #require(FilingCommandFixture.string(try opened.jsonObject(), "id"))]
            }
            let seed = SeededRandom.seed(0xFEF7A_0401)
            var random = SeededRandom(seed: seed)
            for _ in 0..<1_500 {
                let reference = Self.reference(&random, near: ids)
                do {
                    let id = try await FilingStore.resolve(reference, pool: f.db.pool, logger: f.db.logger)
                    let digits = reference.lowercased().filter { $0 != "-" }
                    let matching = ids.filter { $0.filter { $0 != "-" }.hasPrefix(digits) }
                    #expect(matching == [id.uuidString.lowercased()], "seed \(seed): '\(reference)' → \(id)")
                } catch let error as StorageError {
                    #expect("\(error)".count < 200, "seed \(seed): \("\(error)".prefix(300))")
                    switch error {
                    case .invalidValue, .notFound: break
                    default: Issue.record("seed \(seed): '\(reference.prefix(60))' → \(error)")
                    }
                }
            }
            // Through the binary: filing commands, --actor and --to take ids and refuse everything else with 65.
            var refused = 0
            while refused < 30 {
                let reference = Self.reference(&random, near: ids)
                guard !reference.utf8.contains(0), !reference.hasPrefix("-"), reference.count < 1_000 else { continue }
                let commands: [[String]] = [
                    ["filing", "show", reference], ["audit", reference],
                    ["filing", "note", ids[0], "--text", "x", "--actor", reference],
                    ["filing", "assign", ids[0], "--to", reference], ["admin", "person", "list", "--org", reference],
                ]
                for command in commands {
                    let run = try await f.run(command)
                    guard run.status != 0 else { continue }
                    refused += 1
                    #expect(run.status == 65, "seed \(seed): \(command) exited \(run.status): \(run.standardError)")
                    #expect(run.standardError.hasPrefix("fefta: "), "seed \(seed): \(run.standardError.prefix(200))")
                    #expect(run.standardError.count < 400, "seed \(seed): \(run.standardError.prefix(200))")
                }
            }
            // Only the six filings' own events exist: nothing was recorded by a refused command.
            let audit = try await f.run(["audit", "verify"])
            #expect(try audit.jsonObject()["events"] == .number(JSONNumber(6)), "\(audit.standardOutput)")
        }
    }
}
