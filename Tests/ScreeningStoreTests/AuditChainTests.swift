import DatabaseTestSupport
import FilingWorkflow
import Foundation
import JapaneseCalendar
import LibPQ
import ScreeningRules
import Testing

@testable import ScreeningStore

/// The append-only, hash-chained event log: what the database refuses, and what `verify` detects.
@Suite struct AuditChainTests {
    /// A small log: two filings, five events.
    private func seed(_ fixture: FilingFixture) async throws -> (UUID, UUID) {
        let first = try await fixture.open(on: "2025-07-01", plannedExecution: "2025-09-01").filing.id
        try await fixture.apply(.submit(on: day("2025-07-02")), to: first)
        let second = try await fixture.open(.postInvestmentReport, on: "2025-07-01", actOn: "2025-06-27").filing.id
        try await fixture.apply(.accept(on: day("2025-07-03")), to: first)
        try await fixture.apply(.note(on: day("2025-07-03"), text: "見積書を受領"), to: second)
        return (first, second)
    }

    private func sqlState(_ body: () async throws -> Void) async -> SQLState? {
        do {
            try await body()
            return nil
        } catch let error as PQError {
            return error.sqlState
        } catch {
            return nil
        }
    }

    @Test(.hangGuard)
    func updateDeleteAndTruncateAreRefusedEvenForTheSuperuser() async throws {
        try await withTestDatabase { db in
            let fixture = try await FilingFixture.make(db)
            _ = try await seed(fixture)
            for statement: SQL in [
                "UPDATE filing_events SET actor = 'system:feftad' WHERE id = 2",
                "DELETE FROM filing_events WHERE id = 5",
                "TRUNCATE filing_events CASCADE",
                "DELETE FROM audit_chain",
            ] {
                #expect(
                    await sqlState { try await fixture.execute(statement) } == .insufficientPrivilege, "\(statement)")
            }
            let verification = try await AuditChain.verify(pool: db.pool, logger: db.logger)
            #expect(verification.isIntact)
            #expect(verification.eventCount == 5)
        }
    }

    @Test(.hangGuard)
    func anInsertThatDoesNotExtendTheHeadIsRefused() async throws {
        try await withTestDatabase { db in
            let fixture = try await FilingFixture.make(db)
            let (first, _) = try await seed(fixture)
            let forged = Data(repeating: 7, count: 32)
            for id in [5, 7] {  // an id already used, and one leaving a gap
                let state = await sqlState {
                    try await fixture.execute(
                        """
                        INSERT INTO filing_events (id, filing_id, organisation_id, filing_version, type, actor,
                            effective_on, prev_hash, hash)
                        OVERRIDING SYSTEM VALUE
                        SELECT \(id), \(first), \(fixture.organisation), 9, 'noted', 'system:forger', '2025-07-04',
                            last_hash, \(forged) FROM audit_chain
                        """)
                }
                #expect(
                    state == SQLState("23000") || state == .uniqueViolation, "id \(id): \(String(describing: state))")
            }
            // The next id, but linked to the wrong hash.
            let state = await sqlState {
                try await fixture.execute(
                    """
                    INSERT INTO filing_events (id, filing_id, organisation_id, filing_version, type, actor,
                        effective_on, prev_hash, hash)
                    OVERRIDING SYSTEM VALUE
                    VALUES (6, \(first), \(fixture.organisation), 9, 'noted', 'system:forger', '2025-07-04',
                        \(forged), \(forged))
                    """)
            }
            #expect(state == SQLState("23000"))
        }
    }

    /// As the superuser, with the trigger disabled, an event's payload is rewritten: verify names that event.
    @Test(.hangGuard)
    func aChangedEventIsDetectedAndNamed() async throws {
        try await withTestDatabase { db in
            let fixture = try await FilingFixture.make(db)
            _ = try await seed(fixture)
            try await fixture.execute("ALTER TABLE filing_events DISABLE TRIGGER filing_events_immutable")
            try await fixture.execute(
                "UPDATE filing_events SET effective_on = '2025-07-01' WHERE id = 4")
            let verification = try await AuditChain.verify(pool: db.pool, logger: db.logger)
            #expect(verification.problems.first?.kind == .eventChanged)
            #expect(verification.problems.first?.eventID == 4)
            #expect(verification.problems.first?.message.contains("event 4 was changed") == true)
        }
    }

    @Test(.hangGuard)
    func aChangedPayloadIsDetected() async throws {
        try await withTestDatabase { db in
            let fixture = try await FilingFixture.make(db)
            _ = try await seed(fixture)
            try await fixture.execute("ALTER TABLE filing_events DISABLE TRIGGER filing_events_immutable")
            try await fixture.execute(
                "UPDATE filing_events SET payload = jsonb_set(payload, '{text}', '\"見積書を破棄\"') WHERE id = 5")
            let verification = try await AuditChain.verify(pool: db.pool, logger: db.logger)
            #expect(verification.problems.first?.eventID == 5)
            #expect(verification.problems.first?.kind == .eventChanged)
        }
    }

    /// Rewriting an event's hash to match its new contents breaks the next event's link instead.
    @Test(.hangGuard)
    func aRehashedEventBreaksTheNextLink() async throws {
        try await withTestDatabase { db in
            let fixture = try await FilingFixture.make(db)
            _ = try await seed(fixture)
            let rows = try await db.pool.withConnection(logger: db.logger) { session in
                try await session.query(
                    "SELECT \(unsafeRaw: FilingEventRecord.columns) FROM filing_events WHERE id = 2", logger: db.logger
                ).rows
            }
            let event = try FilingEventRecord(row: try #require(rows.first))
            var fields = event.auditFields
            fields.effectiveOn = day("2025-06-30")
            let rehashed = Data(AuditEncoding.hash(fields))
            try await fixture.execute("ALTER TABLE filing_events DISABLE TRIGGER filing_events_immutable")
            try await fixture.execute(
                "UPDATE filing_events SET effective_on = '2025-06-30', hash = \(rehashed) WHERE id = 2")
            let verification = try await AuditChain.verify(pool: db.pool, logger: db.logger)
            #expect(verification.problems.first?.kind == .chainBroken)
            #expect(verification.problems.first?.eventID == 3)
        }
    }

    @Test(.hangGuard)
    func removedEventsAreDetected() async throws {
        try await withTestDatabase { db in
            let fixture = try await FilingFixture.make(db)
            _ = try await seed(fixture)
            try await fixture.execute("ALTER TABLE filing_events DISABLE TRIGGER filing_events_immutable")
            try await fixture.execute("DELETE FROM filing_events WHERE id = 5")
            let tail = try await AuditChain.verify(pool: db.pool, logger: db.logger)
            #expect(tail.problems.first?.kind == .headMismatch)
            #expect(tail.problems.contains { $0.kind == .filingMismatch })
            try await fixture.execute("DELETE FROM filing_events WHERE id = 3")
            let middle = try await AuditChain.verify(pool: db.pool, logger: db.logger)
            #expect(middle.problems.first?.kind == .eventMissing)
            #expect(middle.problems.first?.eventID == 3)
        }
    }

    @Test(.hangGuard)
    func aFilingChangedBehindTheLogsBackIsDetected() async throws {
        try await withTestDatabase { db in
            let fixture = try await FilingFixture.make(db)
            let (first, second) = try await seed(fixture)
            try await fixture.execute("UPDATE filings SET state = 'cleared' WHERE id = \(first)")
            try await fixture.execute(
                "UPDATE filings SET determination = jsonb_set(determination, '{outcome}', '\"noFiling\"') WHERE id = \(second)"
            )
            let verification = try await AuditChain.verify(pool: db.pool, logger: db.logger)
            #expect(
                verification.problems.map(\.kind).sorted { $0.rawValue < $1.rawValue } == [
                    .filingDocumentChanged, .filingMismatch,
                ])
            #expect(verification.problems.contains { $0.filingID == first && $0.kind == .filingMismatch })
            #expect(verification.problems.contains { $0.filingID == second && $0.kind == .filingDocumentChanged })
        }
    }

    /// The encoding is frozen: this hash was computed independently (Python hashlib over the text below) when
    /// `fefta-audit-v1` was defined. If this test fails, the
    /// encoding changed and every stored log would stop verifying; define `fefta-audit-v2` instead.
    @Test func theCanonicalEncodingIsStable() throws {
        let fields = AuditEncoding.Fields(
            id: 17, filingID: try #require(UUID(uuidString: "3F2A0000-0000-4000-8000-000000000001")),
            organisationID: try #require(UUID(uuidString: "00000000-0000-4000-8000-0000000000AA")),
            filingVersion: 3, type: "extended", actor: "system:feftad", recordedAt: "2025-07-02T01:23:45.678901Z",
            effectiveOn: day("2025-07-02"),
            payload: ["to": "waiting", "months": 4, "from": "waiting", "note": "担当\n\"引用\""],
            prevHash: Array(repeating: 0xab, count: 32))
        #expect(
            AuditEncoding.canonical(fields)
                == #"{"actor":"system:feftad","effectiveOn":"2025-07-02","encoding":"fefta-audit-v1","#
                + #""filingId":"3f2a0000-0000-4000-8000-000000000001","filingVersion":3,"id":17,"#
                + #""organisationId":"00000000-0000-4000-8000-0000000000aa","#
                + #""payload":{"from":"waiting","months":4,"note":"担当\n\"引用\"","to":"waiting"},"#
                + #""prevHash":""# + String(repeating: "ab", count: 32) + #"","#
                + #""recordedAt":"2025-07-02T01:23:45.678901Z","type":"extended"}"#)
        #expect(
            SHA256Digest(bytes: AuditEncoding.hash(fields)).hexadecimal
                == "09965eaf342153ff8aa416b1f0c5111d44966d103b60b9a6899aeee8098f65e8")
    }

    /// The template the appending statement fills in the database is the canonical encoding with three gaps: filled
    /// as the statement fills them, it is the object's canonical JSON, whatever the strings hold.
    @Test func theTemplateFilledIsTheCanonicalJSON() throws {
        let awkward = ["", "担当\n\"引用\"", "\\", "a,\"id\":1", "\u{1}\u{1F}", "\"prevHash\":null", "é\u{301}"]
        for (offset, text) in awkward.enumerated() {
            for prevHash in [nil, Array(repeating: UInt8(offset), count: 32)] {
                let fields = AuditEncoding.Fields(
                    id: Int64(offset) * 1_000_003 + 1, filingID: UUID(), organisationID: UUID(),
                    filingVersion: offset + 1, type: text, actor: "person:\(text)",
                    recordedAt: "2025-07-02T01:23:45.678901Z", effectiveOn: day("2025-07-02"),
                    payload: ["text": .string(text), "nested": [["id": 3, text: [true, nil]]]], prevHash: prevHash)
                let object: JSONValue = [
                    "type": .string(fields.type), "recordedAt": .string(fields.recordedAt),
                    "prevHash": prevHash.map { .string(SHA256Digest(bytes: $0).hexadecimal) } ?? .null,
                    "payload": fields.payload, "organisationId": .string(fields.organisationID.uuidString.lowercased()),
                    "id": .number(JSONNumber(Int(fields.id))),
                    "filingVersion": .number(JSONNumber(fields.filingVersion)),
                    "filingId": .string(fields.filingID.uuidString.lowercased()), "encoding": "fefta-audit-v1",
                    "effectiveOn": "2025-07-02", "actor": .string(fields.actor),
                ]
                #expect(AuditEncoding.canonical(fields) == AuditEncoding.canonicalJSON(object))
            }
        }
    }

    @Test func payloadsThatJSONBWouldRewriteAreRefused() throws {
        #expect(AuditEncoding.isStable(["months": 4, "text": "ok", "list": [true, nil]]))
        for literal in ["1.0", "1e2", "-0", "1.50"] {
            let number = try #require(JSONNumber(literal: literal))
            #expect(!AuditEncoding.isStable(["n": .number(number)]), "\(literal)")
        }
        #expect(!AuditEncoding.isStable(["text": "a\u{0}b"]))
    }
}
