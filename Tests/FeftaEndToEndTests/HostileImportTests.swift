import DatabaseTestSupport
import Foundation
import FuzzTestSupport
import LibPQ
import Testing

/// Imports of hostile files through the built binary (issue 8 §3): `fefta issuers import` and `fefta portfolio
/// import` either store the whole file or, refusing it (exit 65, the error naming the line), store nothing at all:
/// the tables are byte for byte what they were.
@Suite struct HostileImportTests {
    typealias Portfolio = PortfolioCommandTests

    /// Everything the imports write, as one comparable text.
    static func snapshot(_ db: TestDatabase) async throws -> String {
        try await db.pool.withConnection(logger: db.logger) { session in
            try await session.query(
                """
                SELECT concat_ws('|',
                    (SELECT string_agg(concat_ws(',', published, revision, issuer_count, source_sha256), ';'
                                       ORDER BY published) FROM issuer_lists),
                    (SELECT md5(string_agg(concat_ws(',', published, securities_code, isin, name, name_en, tier), ';'
                                           ORDER BY published, securities_code)) FROM issuers),
                    (SELECT string_agg(concat_ws(',', id, name, updated_at), ';' ORDER BY id) FROM investors),
                    (SELECT md5(string_agg(concat_ws(',', investor_id, securities_code, holding_before, holding_after,
                                                      outcome, imported_at), ';' ORDER BY investor_id, securities_code))
                     FROM holdings),
                    (SELECT count(*) FROM organisations))
                """, logger: db.logger
            ).decodeOne(String.self)
        }
    }

    /// A hostile variant of `source`: mutated bytes, a 10 MB field, invalid UTF-8, Shift_JIS mojibake or a formula.
    static func hostile(_ source: [UInt8], _ random: inout SeededRandom) -> [UInt8] {
        let lines = source.split(separator: 0x0A, omittingEmptySubsequences: false)
        let at = Int.random(in: 1..<max(2, lines.count), using: &random)
        func replacing(_ line: [UInt8]) -> [UInt8] {
            Array(lines[..<at].joined(separator: [0x0A])) + [0x0A] + line + [0x0A]
                + Array(lines[at...].joined(separator: [0x0A]))
        }
        switch Int.random(in: 0..<5, using: &random) {
        case 0: return random.mutate(random.mutate(source))
        case 1: return replacing(Array("6501,\(String(repeating: "x", count: 10_500_000)),0,1".utf8))
        case 2: return replacing([0x36, 0x35, 0x30, 0x31, 0x2C, 0xC0, 0xAF, 0xFF, 0x2C, 0x30, 0x2C, 0x31])
        case 3: return replacing([0x93, 0xFA, 0x97, 0xA7, 0x2C, 0x82, 0x2C, 0x30, 0x2C, 0x31])
        default: return replacing(Array("\"=cmd|' /C calc'!A0\",=1+1,@SUM(1),-1,+1".utf8))
        }
    }

    @Test(.hangGuard)
    func aRefusedImportStoresNothing() async throws {
        try await withTestDatabase { db in
            let url = db.connectionString.rawValue
            func fefta(_ arguments: [String], input: [UInt8]) async throws -> FeftaProcess.Output {
                try await FeftaProcess.run(arguments, environment: ["FEFTA_DATABASE_URL": url], input: input)
            }
            let issuers = Array(try Data(contentsOf: URL(fileURLWithPath: Portfolio.issuers)))
            let holdings = Array(try Data(contentsOf: URL(fileURLWithPath: Portfolio.holdings)))
            let empty = try await Self.snapshot(db)
            #expect(
                try await fefta(["issuers", "import", "-", "--published", "2025-07-15"], input: issuers).status == 0)
            let stored = try await fefta(
                ["portfolio", "import", "--investor", Portfolio.investor, "--date", "2025-09-01", "-"], input: holdings)
            #expect(stored.status == 0, "\(stored.standardError)")
            #expect(try await Self.snapshot(db) != empty, "the snapshot sees what an import writes")

            let seed = SeededRandom.seed(0xFEF7A_0501)
            var random = SeededRandom(seed: seed)
            var refused = (issuers: 0, holdings: 0)
            for round in 0..<24 {
                let before = try await Self.snapshot(db)
                let list = round % 2 == 0
                let bytes = Self.hostile(list ? issuers : holdings, &random)
                let arguments =
                    list
                    ? ["issuers", "import", "-", "--published", "2025-08-\(String(format: "%02d", round + 1))"]
                    : ["portfolio", "import", "--investor", Portfolio.investor, "--date", "2025-09-01", "-"]
                let run = try await fefta(arguments, input: bytes)
                guard run.status != 0 else { continue }
                if list { refused.issuers += 1 } else { refused.holdings += 1 }
                #expect(run.status == 65, "seed \(seed) round \(round): \(run.status) \(run.standardError.prefix(300))")
                #expect(
                    run.standardError.contains("line "), "seed \(seed) round \(round): \(run.standardError.prefix(300))"
                )
                #expect(run.standardError.count < 200_000, "seed \(seed) round \(round): the error repeats the input")
                #expect(try await Self.snapshot(db) == before, "seed \(seed) round \(round): a refused import wrote")
            }
            #expect(refused.issuers >= 6 && refused.holdings >= 6, "\(refused)")
        }
    }
}
