import Foundation
package import LibPQ
package import Logging
import ScreeningRules

extension AuditChain {
    /// What the log says about one filing, gathered while walking it.
    private struct FilingTrail {
        var version = 0
        var state: String?
        var determinationDigest: JSONValue?
        var factsDigest: JSONValue?
    }

    /// Recomputes the whole chain in id order, then checks every filing against its events.
    ///
    /// Reads in one repeatable-read, read-only transaction (a consistent snapshot), in batches of `batchSize`
    /// events, so memory stays bounded by the number of filings. Checks: ids run 1, 2, 3… without a gap; each
    /// event's `prev_hash` is the previous event's hash; each hash matches the event's canonical encoding
    /// (``AuditEncoding``); each filing's events have versions 1, 2, 3…; the chain head is the last event; each
    /// filing's version and state are those of its last event; its determination and facts match the digests of
    /// its `opened` event.
    ///
    /// - Parameters:
    ///   - pool: the database.
    ///   - batchSize: events per query.
    ///   - logger: for the queries.
    /// - Returns: the counts, the head and the problems (empty when intact).
    /// - Throws: ``StorageError`` when the database cannot be read; ``StorageError/permissionDenied(_:)`` when row-level
    ///   security shows the session only part of the log (a filer or reviewer).
    package static func verify(pool: DatabasePool, batchSize: Int = 5000, logger: Logger) async throws
        -> AuditVerification
    {
        do {
            return try await pool.withConnection(logger: logger) { session in
                try await session.withTransaction(isolationLevel: .repeatableRead, logger: logger) { session in
                    try await session.execute("SET TRANSACTION READ ONLY", logger: logger)
                    try await requireTheWholeLog(session: session, logger: logger)
                    return try await verify(session: session, batchSize: batchSize, logger: logger)
                }
            }
        } catch let error as PQError {
            throw StorageError(error)
        }
    }

    /// Refuses a session that row-level security shows only part of the log (a filer's or a reviewer's, Schema/0005):
    /// its walk would report every other organisation's event as removed.
    private static func requireTheWholeLog(session: DatabaseSession, logger: Logger) async throws {
        let partial = try await session.query(
            """
            SELECT row_security_active('filing_events') AND NOT EXISTS (
                SELECT 1 FROM pg_catalog.pg_roles r
                WHERE r.rolname IN ('fefta_auditor', 'fefta_admin', 'fefta_worker')
                  AND pg_catalog.pg_has_role(current_user, r.oid, 'USAGE'))
            """,
            logger: logger
        ).decodeOne(Bool.self)
        guard !partial else {
            throw StorageError.permissionDenied(
                "audit verify reads the whole log, but this role sees only its own filings' events; run it as an "
                    + "auditor, an admin or the database owner")
        }
    }

    private static func verify(session: DatabaseSession, batchSize: Int, logger: Logger) async throws
        -> AuditVerification
    {
        var result = AuditVerification(eventCount: 0, filingCount: 0, problems: [])
        var trails: [UUID: FilingTrail] = [:]
        var previousID: Int64 = 0
        var previousHash: [UInt8]?
        var chainIntact = true
        func report(_ problem: AuditProblem) {
            if result.problems.count < AuditVerification.maximumProblems { result.problems.append(problem) }
        }
        walk: while true {
            let rows = try await session.query(
                """
                SELECT \(unsafeRaw: FilingEventRecord.columns) FROM filing_events
                WHERE id > \(previousID) ORDER BY id LIMIT \(batchSize)
                """,
                logger: logger
            ).rows
            if rows.isEmpty { break }
            for row in rows {
                let event = try FilingEventRecord(row: row)
                result.eventCount += 1
                if event.id != previousID + 1 {
                    report(
                        AuditProblem(
                            kind: .eventMissing, eventID: previousID + 1,
                            message: "event \(previousID + 1) is missing: the log jumps from event \(previousID) "
                                + "to event \(event.id)"))
                    chainIntact = false
                    break walk
                }
                if event.prevHash != previousHash {
                    report(
                        AuditProblem(
                            kind: .chainBroken, eventID: event.id,
                            message: "event \(event.id) does not link to event \(previousID): its previous hash is "
                                + "not that event's hash"))
                    chainIntact = false
                    break walk
                }
                if AuditEncoding.hash(event.auditFields) != event.hash {
                    report(
                        AuditProblem(
                            kind: .eventChanged, eventID: event.id, filingID: event.filingID,
                            message: "event \(event.id) was changed after it was recorded: its contents no longer "
                                + "match its hash"))
                    chainIntact = false
                    break walk
                }
                var trail = trails[event.filingID] ?? FilingTrail()
                if event.filingVersion != trail.version + 1 {
                    report(
                        AuditProblem(
                            kind: .filingMismatch, eventID: event.id, filingID: event.filingID,
                            message: "event \(event.id) gives filing \(event.filingID.uuidString.lowercased()) "
                                + "version \(event.filingVersion) after version \(trail.version)"))
                }
                trail.version = event.filingVersion
                if case .object(let payload) = event.payload {
                    if case .string(let state)? = payload["to"] { trail.state = state }
                    if event.type == "opened" {
                        trail.determinationDigest = payload["determinationSha256"]
                        trail.factsDigest = payload["factsSha256"]
                    } else if event.type == "obligationChanged" {
                        // Re-screening replaced the determination (FilingStore.redetermine).
                        trail.determinationDigest = payload["determinationSha256"]
                    }
                }
                trails[event.filingID] = trail
                previousID = event.id
                previousHash = event.hash
            }
        }
        result.lastEventID = previousID == 0 ? nil : previousID
        result.headHash = previousHash.map { SHA256Digest(bytes: $0).hexadecimal }
        if chainIntact {
            let (headID, headHash) = try await session.query(
                "SELECT last_event_id, last_hash FROM audit_chain WHERE id", logger: logger
            ).decodeOne((Int64?, Data?).self)
            if headID != result.lastEventID || headHash.map({ Array($0) }) != previousHash {
                report(
                    AuditProblem(
                        kind: .headMismatch, eventID: headID,
                        message: "the chain head records event \(headID.map(String.init) ?? "none") but the log "
                            + "ends at event \(result.lastEventID.map(String.init) ?? "none"): events were removed "
                            + "from the end, or the head was changed"))
            }
        }
        let (filingCount, filingProblems) = try await checkFilings(
            against: trails, session: session, batchSize: batchSize, logger: logger)
        result.filingCount = filingCount
        for problem in filingProblems { report(problem) }
        return result
    }

    /// Compares every filing with the trail its events left.
    private static func checkFilings(
        against trails: [UUID: FilingTrail], session: DatabaseSession, batchSize: Int, logger: Logger
    ) async throws -> (count: Int, problems: [AuditProblem]) {
        var count = 0
        var problems: [AuditProblem] = []
        func report(_ problem: AuditProblem) {
            if problems.count < AuditVerification.maximumProblems { problems.append(problem) }
        }
        var after = UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))
        while true {
            let rows = try await session.query(
                """
                SELECT id, state, version, determination, facts FROM filings
                WHERE id > \(after) ORDER BY id LIMIT \(batchSize)
                """,
                logger: logger
            ).decode((UUID, String, Int, JSONValue?, JSONValue?).self)
            guard let last = rows.last else { break }
            after = last.0
            for (id, state, version, determination, facts) in rows {
                count += 1
                let name = id.uuidString.lowercased()
                guard let trail = trails[id] else {
                    report(
                        AuditProblem(
                            kind: .filingMismatch, filingID: id, message: "filing \(name) has no events in the log"))
                    continue
                }
                if trail.version != version || trail.state != state {
                    report(
                        AuditProblem(
                            kind: .filingMismatch, filingID: id,
                            message: "filing \(name) is \(state) at version \(version), but its events leave it "
                                + "\(trail.state ?? "?") at version \(trail.version)"))
                }
                let determinationDigest: JSONValue = determination.map { .string(AuditEncoding.digest($0)) } ?? .null
                let factsDigest: JSONValue = facts.map { .string(AuditEncoding.digest($0)) } ?? .null
                if determinationDigest != (trail.determinationDigest ?? .null)
                    || factsDigest != (trail.factsDigest ?? .null)
                {
                    report(
                        AuditProblem(
                            kind: .filingDocumentChanged, filingID: id,
                            message: "filing \(name)'s determination or facts differ from what its opened event "
                                + "recorded"))
                }
            }
        }
        return (count, problems)
    }
}
