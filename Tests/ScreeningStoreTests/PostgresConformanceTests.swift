import DatabaseTestSupport
import JapaneseCalendar
import LibPQ
import ScreeningRules
import Testing

@testable import ScreeningStore

/// `LegalDate` and `JSONValue` travel through PostgreSQL unchanged.
@Suite struct PostgresConformanceTests {
    @Test(.hangGuard)
    func legalDatesIncludingLeapDaysAndTheExtremes() async throws {
        try await withTestDatabase(migrated: false) { db in
            let dates = try [
                LegalDate(iso8601: "2024-02-29"), LegalDate(iso8601: "2000-02-29"), LegalDate(iso8601: "2019-04-30"),
                LegalDate(iso8601: "2019-05-01"), LegalDate(iso8601: "2025-12-29"), LegalDate(iso8601: "2026-01-03"),
                LegalDate.earliest, LegalDate.latest,
            ]
            try await db.pool.withConnection(logger: db.logger) { session in
                for date in dates {
                    let (back, text) = try await session.query(
                        "SELECT \(date), \(date)::text", logger: db.logger
                    ).decodeOne((LegalDate, String).self)
                    #expect(back == date)
                    #expect(text == date.iso8601)
                }
                let array = try await session.query("SELECT \(dates)", logger: db.logger).decodeOne([LegalDate].self)
                #expect(array == dates)
                let none: LegalDate? = nil
                let row = try #require(
                    try await session.query("SELECT \(none) AS nothing", logger: db.logger).rows.first)
                let nothing = try row.decode(LegalDate?.self, column: "nothing")
                #expect(nothing == nil)
                // Dates a LegalDate cannot hold fail naming the column.
                do {
                    _ = try await session.query("SELECT '0044-03-15 BC'::date AS ides", logger: db.logger)
                        .decodeOne(LegalDate.self)
                    Issue.record("a BC date decoded")
                } catch let error as PQError {
                    #expect(error.code == .decodingFailed)
                    #expect(error.description.contains("ides"))
                }
            }
        }
    }

    @Test(.hangGuard)
    func jsonValuesKeepExactNumbersAndJapaneseText() async throws {
        try await withTestDatabase(migrated: false) { db in
            let document = try JSONParser().parse(
                #"{"ratio": 0.0001, "全額": 100.0000, "threshold": 10.00, "issuer": "ソフトバンクグループ株式会社", "flags": [true, null]}"#
            )
            try await db.pool.withConnection(logger: db.logger) { session in
                let back = try await session.query("SELECT \(document)", logger: db.logger).decodeOne(JSONValue.self)
                guard case .object(let object) = back else {
                    Issue.record("not an object")
                    return
                }
                #expect(object["ratio"] == .number(try #require(JSONNumber(literal: "0.0001"))))
                #expect(object["全額"] == .number(try #require(JSONNumber(literal: "100.0000"))))
                #expect(object["threshold"] == .number(try #require(JSONNumber(literal: "10.00"))))
                #expect(object["issuer"] == .string("ソフトバンクグループ株式会社"))
                #expect(object["flags"] == [true, nil])
            }
        }
    }
}
