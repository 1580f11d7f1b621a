import Testing

@testable import LibPQ

@Suite struct SQLTests {
    @Test func interpolatedValuesBecomeNumberedPlaceholders() {
        let organisation = "Example & Co."
        let limit = 10
        let sql: SQL = "SELECT id FROM people WHERE organisation = \(organisation) AND age > \(limit) LIMIT \(limit)"
        #expect(sql.text == "SELECT id FROM people WHERE organisation = $1 AND age > $2 LIMIT $3")
        #expect(sql.binds.count == 3)
        #expect(sql.binds[0].type == .text)
        #expect(sql.binds[0].bytes == Array("Example & Co.".utf8))
        #expect(sql.binds[1].type == .int8)
        #expect(sql.binds[2].bytes == Array("10".utf8))
    }

    @Test func composedFragmentsAreRenumbered() {
        let first: SQL = "a = \(1)"
        let second: SQL = "b = \(2) AND c = \(3)"
        let whole: SQL = "SELECT * FROM t WHERE \(sql: first) AND \(sql: second) AND d = \(4)"
        #expect(whole.text == "SELECT * FROM t WHERE a = $1 AND b = $2 AND c = $3 AND d = $4")
        #expect(
            whole.binds.map(\.bytes) == [
                [UInt8(ascii: "1")], [UInt8(ascii: "2")], [UInt8(ascii: "3")], [UInt8(ascii: "4")],
            ])
        let joined = SQL.joined([first, second], separator: " OR ")
        #expect(joined.text == "a = $1 OR b = $2 AND c = $3")
    }

    @Test func descriptionShowsTheTextButNeverTheValues() {
        let secret = "hunter2-correct-horse"
        let sql: SQL = "UPDATE accounts SET password = \(secret)"
        #expect(sql.description == "UPDATE accounts SET password = $1")
        #expect(!String(describing: sql).contains(secret))
        #expect(!String(reflecting: sql.text).contains(secret))
    }

    @Test func nullsAreBoundAsNull() {
        let missing: String? = nil
        let sql: SQL = "INSERT INTO t (a) VALUES (\(missing))"
        #expect(sql.binds[0].bytes == nil)
        #expect(sql.binds[0].type == .text)
    }

    @Test func identifiersAreQuotedAndInnerQuotesDoubled() {
        #expect(SQL.quoteIdentifier("people") == "\"people\"")
        #expect(SQL.quoteIdentifier("we\"ird; DROP TABLE x") == "\"we\"\"ird; DROP TABLE x\"")
        #expect(SQL.quoteIdentifier("") == nil)
        #expect(SQL.quoteIdentifier("a\u{0}b") == nil)
        let sql: SQL = "LISTEN \(identifier: "jobs\"--")"
        #expect(sql.text == "LISTEN \"jobs\"\"--\"")
    }

    @Test func literalsAreQuotedForStatementsWithoutParameters() {
        #expect(SQL.quoteLiteral("it's") == "'it''s'")
        #expect(SQL.quoteLiteral("a\\b") == "E'a\\\\b'")
        #expect(SQL.quoteLiteral("a\u{0}") == nil)
    }

    @Test func rawSQLIsOnlyReachableThroughTheUnsafeEntryPoints() {
        let raw = SQL(unsafeRaw: "SELECT 1; SELECT 2")
        #expect(raw.text == "SELECT 1; SELECT 2")
        #expect(raw.binds.isEmpty)
        let mixed: SQL = "SELECT \(unsafeRaw: "count(*)") FROM t WHERE a = \("x")"
        #expect(mixed.text == "SELECT count(*) FROM t WHERE a = $1")
    }
}
