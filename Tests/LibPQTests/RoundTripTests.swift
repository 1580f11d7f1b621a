import DatabaseTestSupport
import Foundation
import Testing

@testable import LibPQ

/// Every supported type goes to PostgreSQL as a parameter and comes back unchanged, NULL included.
@Suite struct RoundTripTests {
    /// Sends `value` as `$1::type` and decodes the result as `Value`.
    private func roundTrip<Value: PostgresEncodable & PostgresDecodable>(
        _ value: Value,
        as type: String,
        in db: TestDatabase
    ) async throws -> Value {
        try await db.pool.withConnection(logger: db.logger) { session in
            try await session.query("SELECT \(value)::\(unsafeRaw: type) AS value", logger: db.logger)
                .decodeOne(Value.self)
        }
    }

    @Test(.hangGuard)
    func textIncludingJapaneseEmojiAndInjectionAttempts() async throws {
        try await withTestDatabase(migrated: false) { db in
            let samples = [
                "", "plain", "外国為替及び外国貿易法（外為法）第27条", "株式会社ＡＢＣ　ホールディングス", "😀 𠮷野家",
                "Robert'); DROP TABLE students;--", "' OR '1'='1", "$1 \\x00 \\' \"quoted\"", "line\nbreak\ttab",
            ]
            for sample in samples {
                let value1 = try await roundTrip(sample, as: "text", in: db)
                #expect(value1 == sample)
            }
        }
    }

    @Test(.hangGuard)
    func integersAtTheirLimits() async throws {
        try await withTestDatabase(migrated: false) { db in
            for value in [Int64.min, -1, 0, 1, Int64.max] {
                let value2 = try await roundTrip(value, as: "bigint", in: db)
                #expect(value2 == value)
            }
            for value in [Int32.min, 0, Int32.max] {
                let value3 = try await roundTrip(value, as: "integer", in: db)
                #expect(value3 == value)
            }
            for value in [Int16.min, 0, Int16.max] {
                let value4 = try await roundTrip(value, as: "smallint", in: db)
                #expect(value4 == value)
            }
            for value in [Int.min, Int.max] {
                let value5 = try await roundTrip(value, as: "bigint", in: db)
                #expect(value5 == value)
            }
        }
    }

    @Test(.hangGuard)
    func booleansAndDoubles() async throws {
        try await withTestDatabase(migrated: false) { db in
            let value6 = try await roundTrip(true, as: "boolean", in: db)
            #expect(value6 == true)
            let value7 = try await roundTrip(false, as: "boolean", in: db)
            #expect(value7 == false)
            for value in [
                0.1, -0.0, 1e-300, .greatestFiniteMagnitude, .leastNonzeroMagnitude, .pi, .infinity, -.infinity,
            ] {
                let value8 = try await roundTrip(value, as: "double precision", in: db)
                #expect(value8 == value)
            }
            let value9 = try await roundTrip(Double.nan, as: "double precision", in: db)
            #expect(value9.isNaN)
        }
    }

    @Test(.hangGuard)
    func exactDecimalsKeepEveryDigitAndTheirScale() async throws {
        try await withTestDatabase(migrated: false) { db in
            for text in [
                "0.0001", "100.0000", "0.99", "1.00", "9.99", "10.00", "-123.4500", "0",
                "12345678901234567890.000000001",
            ] {
                let value = try #require(PostgresNumeric(exactly: text))
                let value10 = try await roundTrip(value, as: "numeric", in: db).text
                #expect(value10 == text)
            }
            // A numeric(7,4) column pads to its scale, which the text keeps.
            let one = try #require(PostgresNumeric(exactly: "1"))
            try await db.pool.withConnection(logger: db.logger) { session in
                let stored = try await session.query(
                    "SELECT \(one)::numeric(7,4)", logger: db.logger
                ).decodeOne(PostgresNumeric.self)
                #expect(stored.text == "1.0000")
            }
        }
    }

    @Test(.hangGuard)
    func calendarDatesIncludingLeapDays() async throws {
        try await withTestDatabase(migrated: false) { db in
            let dates: [(Int, Int, Int)] = [
                (2024, 2, 29), (2000, 2, 29), (1, 1, 1), (9999, 12, 31), (2019, 5, 1), (2025, 12, 31), (2026, 1, 1),
            ]
            for (year, month, day) in dates {
                let date = try #require(PostgresDate(year: year, month: month, day: day))
                let value11 = try await roundTrip(date, as: "date", in: db)
                #expect(value11 == date)
            }
            #expect(PostgresDate(year: 1900, month: 2, day: 29) == nil)
            #expect(PostgresDate(year: 2025, month: 2, day: 29) == nil)
        }
    }

    @Test(.hangGuard)
    func instantsAsTimestamptzToTheMicrosecond() async throws {
        try await withTestDatabase(migrated: false) { db in
            let instants = [
                Date(timeIntervalSince1970: 0), Date(timeIntervalSince1970: 1_709_164_800.123456),
                Date(timeIntervalSince1970: -1_000_000_000.5), Date(timeIntervalSince1970: 4_102_444_800),
            ]
            for instant in instants {
                let back = try await roundTrip(instant, as: "timestamptz", in: db)
                #expect(abs(back.timeIntervalSince(instant)) < 0.000_001)
            }
            // Any session time zone decodes to the same instant, including Tokyo's historical +09:18:59 offset.
            try await db.pool.withConnection(logger: db.logger) { session in
                for zone in ["Asia/Tokyo", "America/St_Johns", "UTC"] {
                    try await session.execute("SELECT set_config('TimeZone', \(zone), false)", logger: db.logger)
                    let decoded = try await session.query(
                        "SELECT '2024-02-29 09:30:00.5+09'::timestamptz, '1880-01-01 00:00:00+00'::timestamptz",
                        logger: db.logger
                    ).decodeOne((Date, Date).self)
                    #expect(decoded.0 == Date(timeIntervalSince1970: 1_709_166_600.5))
                    #expect(decoded.1 == Date(timeIntervalSince1970: -2_840_140_800))
                }
            }
        }
    }

    @Test(.hangGuard)
    func uuidsJSONAndBytes() async throws {
        try await withTestDatabase(migrated: false) { db in
            let id = UUID()
            let value12 = try await roundTrip(id, as: "uuid", in: db)
            #expect(value12 == id)
            let json = PostgresJSONB(text: #"{"rate": 0.0001, "name": "株式会社"}"#)
            let back = try await roundTrip(json, as: "jsonb", in: db)
            #expect(back.text == #"{"name": "株式会社", "rate": 0.0001}"#)
            let bytes = Data([0, 1, 2, 0x7f, 0x80, 0xfe, 0xff, 0x5c, 0x27])
            let value13 = try await roundTrip(bytes, as: "bytea", in: db)
            #expect(value13 == bytes)
            let value14 = try await roundTrip(Data(), as: "bytea", in: db)
            #expect(value14 == Data())
        }
    }

    @Test(.hangGuard)
    func textAndIntegerArrays() async throws {
        try await withTestDatabase(migrated: false) { db in
            let texts = ["a", "b,c", "{d}", "\"e\"", "f\\g", "NULL", "", "日本語"]
            let value15 = try await roundTrip(texts, as: "text[]", in: db)
            #expect(value15 == texts)
            let withNulls: [String?] = ["x", nil, "NULL"]
            let value16 = try await roundTrip(withNulls, as: "text[]", in: db)
            #expect(value16 == withNulls)
            let value17 = try await roundTrip([Int64.min, 0, Int64.max], as: "bigint[]", in: db)
            #expect(value17 == [Int64.min, 0, Int64.max])
            let value18 = try await roundTrip([Int32](), as: "integer[]", in: db)
            #expect(value18 == [])
            let value19 = try await roundTrip([Int16.min, Int16.max], as: "smallint[]", in: db)
            #expect(value19 == [Int16.min, Int16.max])
        }
    }

    @Test(.hangGuard)
    func nullDecodesOnlyIntoOptionals() async throws {
        try await withTestDatabase(migrated: false) { db in
            try await db.pool.withConnection(logger: db.logger) { session in
                let nothing: String? = nil
                let row = try await session.query(
                    """
                    SELECT \(nothing) AS a, NULL::bigint AS b, NULL::numeric AS c, NULL::date AS d, NULL::uuid AS e,
                           NULL::timestamptz AS f, NULL::jsonb AS g, NULL::bytea AS h, NULL::text[] AS i, NULL::boolean AS j
                    """,
                    logger: db.logger
                ).decodeOne(
                    (
                        String?, Int64?, PostgresNumeric?, PostgresDate?, UUID?, Date?, PostgresJSONB?, Data?,
                        [String]?, Bool?
                    ).self
                )
                #expect(row.0 == nil && row.1 == nil && row.2 == nil && row.3 == nil && row.4 == nil)
                #expect(row.5 == nil && row.6 == nil && row.7 == nil && row.8 == nil && row.9 == nil)
                do {
                    _ = try await session.query("SELECT NULL::text AS nickname", logger: db.logger).decodeOne(
                        String.self)
                    Issue.record("decoded NULL as String")
                } catch let error as PQError {
                    #expect(error.code == .decodingFailed)
                    #expect(error.description.contains("nickname"))
                }
            }
        }
    }

    @Test(.hangGuard)
    func mismatchedTypesAndColumnCountsThrowNamingTheColumn() async throws {
        try await withTestDatabase(migrated: false) { db in
            try await db.pool.withConnection(logger: db.logger) { session in
                let result = try await session.query(
                    "SELECT 'x'::text AS label, 5000000000::bigint AS big, 1.5::numeric AS ratio", logger: db.logger)
                let attempts: [(String, () throws(PQError) -> Void)] = [
                    ("label", { () throws(PQError) in _ = try result.decodeOne((Int64, Int64, PostgresNumeric).self) }),
                    ("big", { () throws(PQError) in _ = try result.decodeOne((String, Int32, PostgresNumeric).self) }),
                    ("ratio", { () throws(PQError) in _ = try result.decodeOne((String, Int64, Double).self) }),
                    ("label, big, ratio", { () throws(PQError) in _ = try result.decodeOne((String, Int64).self) }),
                ]
                for (column, attempt) in attempts {
                    do {
                        try attempt()
                        Issue.record("decoding \(column) should fail")
                    } catch let error as PQError {
                        #expect(error.code == .decodingFailed)
                        #expect(error.description.contains(column), "\(error.description)")
                    }
                }
                let row = try #require(result.rows.first)
                #expect(try row.decode(String.self, column: "label") == "x")
                #expect(try row.decode(Int64.self, at: 1) == 5_000_000_000)
                #expect(throws: PQError.self) { try row.decode(String.self, column: "missing") }
            }
        }
    }

    @Test(.hangGuard)
    func anInjectionStringIsStoredAndReadBackVerbatim() async throws {
        try await withTestDatabase(migrated: false) { db in
            let hostile = "x'); DROP TABLE notes; SELECT ('"
            try await db.pool.withConnection(logger: db.logger) { session in
                try await session.execute("CREATE TABLE notes (body text NOT NULL)", logger: db.logger)
                try await session.execute("INSERT INTO notes (body) VALUES (\(hostile))", logger: db.logger)
                let stored = try await session.query(
                    "SELECT body FROM notes WHERE body = \(hostile)", logger: db.logger
                )
                .decodeOne(String.self)
                #expect(stored == hostile)
                let tables = try await session.query(
                    "SELECT count(*) FROM pg_tables WHERE tablename = 'notes'", logger: db.logger
                ).decodeOne(Int64.self)
                #expect(tables == 1)
            }
        }
    }

    @Test(.hangGuard)
    func aTextParameterWithANulByteIsRefusedNotTruncated() async throws {
        try await withTestDatabase(migrated: false) { db in
            try await db.pool.withConnection(logger: db.logger) { session in
                do {
                    try await session.query("SELECT \("before\u{0}after-secret")::text", logger: db.logger)
                    Issue.record("a NUL byte was accepted")
                } catch let error as PQError {
                    #expect(error.code == .encodingFailed)
                    #expect(error.description.contains("$1"))
                    #expect(!error.description.contains("secret"))
                }
            }
        }
    }
}
