import DatabaseTestSupport
import Foundation
import JapaneseCalendar
import LibPQ
import PortfolioScreening
import ScreeningRules
import Testing

@testable import ScreeningStore

/// `IssuerListStore` against real PostgreSQL: versions by publication date, atomic imports, history, diff, wake-up.
@Suite struct IssuerListStoreTests {
    static func day(_ text: String) -> LegalDate { (try? LegalDate(iso8601: text)) ?? .earliest }

    static let v2024 = """
        証券コード,ISINコード,会社名（和名）,(Issue name / company name),区分,特定コア事業者
        1301,JP3257200000,例示水産,Example Fisheries,①,
        4502,,例示製薬,Example Pharmaceutical,③,
        6501,JP3788600009,例示電機,Example Electric,②,
        9501,,例示電力,Example Power,③,
        """

    static let v2025 = """
        securities_code,name,name_en,category,core_specified
        4502,例示製薬,Example Pharmaceutical,3,
        6501,例示電機,Example Electric,3,
        9501,例示電力,Example Power,3,○
        130A,例示システムズ,Example Systems,2,
        """

    static func list(_ text: String, _ published: String) throws -> IssuerList {
        try IssuerListParser.parse(Array(text.utf8), published: day(published))
    }

    static func source(_ text: String) -> IssuerListSource {
        IssuerListSource(name: "list.csv", sha256: SHA256.hash(text.utf8).hexadecimal)
    }

    static func importList(
        _ text: String, _ published: String, replace: Bool = false, _ db: TestDatabase
    ) async throws -> IssuerListVersion {
        try await IssuerListStore(pool: db.pool).importList(
            list(text, published), published: day(published), source: source(text), replace: replace,
            logger: db.logger)
    }

    static func counts(_ db: TestDatabase) async throws -> (Int64, Int64) {
        try await db.pool.withConnection(logger: db.logger) { session in
            try await session.query(
                "SELECT (SELECT count(*) FROM issuer_lists), (SELECT count(*) FROM issuers)", logger: db.logger
            ).decodeOne((Int64, Int64).self)
        }
    }

    @Test(.hangGuard)
    func storesAVersionAndLoadsItBackExactly() async throws {
        try await withTestDatabase { db in
            let version = try await Self.importList(Self.v2024, "2024-09-13", db)
            #expect(version.published == Self.day("2024-09-13"))
            #expect(version.revision == 1)
            #expect(version.issuerCount == 4)
            #expect(version.layout == .mof)
            #expect(version.encoding == "UTF-8")
            #expect(version.sourceSHA256 == SHA256.hash(Self.v2024.utf8).hexadecimal)
            let store = IssuerListStore(pool: db.pool)
            let loaded = try await store.list(published: Self.day("2024-09-13"), logger: db.logger)
            #expect(loaded.issuers == (try Self.list(Self.v2024, "2024-09-13")).issuers)
            #expect(loaded.issuer(isin: "JP3788600009")?.securitiesCode == "6501")
            #expect(try await store.versions(logger: db.logger).map(\.published) == [Self.day("2024-09-13")])
        }
    }

    @Test(.hangGuard)
    func theSameDateAgainIsAConflictUnlessReplacedAndNothingChanges() async throws {
        try await withTestDatabase { db in
            _ = try await Self.importList(Self.v2024, "2024-09-13", db)
            await #expect {
                _ = try await Self.importList(Self.v2025, "2024-09-13", db)
            } throws: { error in
                if case .conflict(constraint: "issuer_lists_pkey")? = error as? StorageError { return true }
                return false
            }
            let store = IssuerListStore(pool: db.pool)
            let unchanged = try await store.list(published: Self.day("2024-09-13"), logger: db.logger)
            #expect(unchanged.issuer(securitiesCode: "1301") != nil)

            let replaced = try await Self.importList(Self.v2025, "2024-09-13", replace: true, db)
            #expect(replaced.revision == 2)
            #expect(replaced.layout == .simple)
            let now = try await store.list(published: Self.day("2024-09-13"), logger: db.logger)
            #expect(now.issuer(securitiesCode: "1301") == nil)
            #expect(now.issuer(securitiesCode: "9501")?.tier == .coreSpecified)
            #expect(try await Self.counts(db) == (1, 4))
        }
    }

    @Test(.hangGuard)
    func aFailingImportStoresNothingAndKeepsTheVersionItWouldReplace() async throws {
        try await withTestDatabase { db in
            // The parser never produces this list; the database's own checks must still refuse it whole.
            let bad = IssuerList(
                published: Self.day("2025-07-15"),
                issuers: [
                    Issuer(securitiesCode: "7203", name: "例示", tier: .core, sourceLine: 2),
                    Issuer(securitiesCode: "bad!", name: "例示", tier: .core, sourceLine: 3),
                ])
            let store = IssuerListStore(pool: db.pool)
            await #expect(throws: StorageError.self) {
                _ = try await store.importList(
                    bad, published: Self.day("2025-07-15"), source: Self.source("x"), replace: false, logger: db.logger)
            }
            #expect(try await Self.counts(db) == (0, 0))

            _ = try await Self.importList(Self.v2024, "2025-07-15", db)
            await #expect(throws: StorageError.self) {
                _ = try await store.importList(
                    bad, published: Self.day("2025-07-15"), source: Self.source("x"), replace: true, logger: db.logger)
            }
            #expect(try await Self.counts(db) == (1, 4))
            #expect(try await store.versions(logger: db.logger).first?.revision == 1)
        }
    }

    @Test(.hangGuard)
    func diffsTheTwoLatestVersionsOrTheOnesNamed() async throws {
        try await withTestDatabase { db in
            _ = try await Self.importList(Self.v2024, "2024-09-13", db)
            _ = try await Self.importList(Self.v2025, "2025-07-15", db)
            _ = try await Self.importList(Self.v2025, "2025-10-01", db)
            let store = IssuerListStore(pool: db.pool)
            let latest = try await store.diff(from: nil, to: nil, logger: db.logger)
            #expect(latest.from == Self.day("2025-07-15") && latest.to == Self.day("2025-10-01"))
            #expect(latest.diff.changes.isEmpty)

            let named = try await store.diff(from: Self.day("2024-09-13"), to: nil, logger: db.logger)
            #expect(named.to == Self.day("2025-07-15"))
            #expect(
                named.diff.changes.map {
                    "\($0.kind) \($0.securitiesCode) \($0.from?.rawValue ?? "-")→\($0.to?.rawValue ?? "-")"
                }
                    == [
                        "removed 1301 nonDesignated→-", "added 130A -→designated", "changed 6501 designated→core",
                        "changed 9501 core→coreSpecified",
                    ])
            await #expect(throws: StorageError.self) {
                _ = try await store.diff(from: Self.day("2025-10-01"), to: nil, logger: db.logger)
            }
        }
    }

    @Test(.hangGuard)
    func historyShowsEveryVersionIncludingThoseThatDoNotListTheIssuer() async throws {
        try await withTestDatabase { db in
            _ = try await Self.importList(Self.v2024, "2024-09-13", db)
            _ = try await Self.importList(Self.v2025, "2025-07-15", db)
            let store = IssuerListStore(pool: db.pool)
            let history = try await store.history(securitiesCode: "6501", logger: db.logger)
            #expect(history.map(\.issuer?.tier) == [.designated, .core])
            let gone = try await store.history(securitiesCode: "1301", logger: db.logger)
            #expect(gone.map { $0.issuer?.name } == ["例示水産", nil])
            #expect(
                try await store.list(inForceOn: Self.day("2025-01-01"), logger: db.logger)?.published
                    == Self.day("2024-09-13"))
            #expect(
                try await store.list(inForceOn: Self.day("2025-07-15"), logger: db.logger)?.published
                    == Self.day("2025-07-15"))
            #expect(try await store.list(inForceOn: Self.day("2024-01-01"), logger: db.logger) == nil)
        }
    }

    @Test(.hangGuard)
    func anImportWakesTheDaemonWithASmallJSONPayload() async throws {
        try await withTestDatabase { db in
            let listener = DatabaseListener(connectionString: db.connectionString, channels: ["fefta_wakeup"])
            try await listener.withEvents(logger: db.logger) { events in
                var iterator = events.makeAsyncIterator()
                guard case .listening = await iterator.next()?.kind else {
                    Issue.record("the listener did not subscribe")
                    return
                }
                _ = try await Self.importList(Self.v2024, "2024-09-13", db)
                _ = try await Self.importList(Self.v2025, "2024-09-13", replace: true, db)
                var payloads: [String] = []
                while payloads.count < 2, let event = await iterator.next() {
                    if let notification = event.notification { payloads.append(notification.payload) }
                }
                #expect(
                    payloads == [
                        #"{"kind":"issuerList","published":"2024-09-13","revision":1}"#,
                        #"{"kind":"issuerList","published":"2024-09-13","revision":2}"#,
                    ])
            }
        }
    }
}
