package import FilingWorkflow
package import Foundation
import JapaneseCalendar
package import LibPQ
package import Logging
package import ScreeningRules

/// A filing with its determination and deadlines (and, for `show`, its events).
package struct FilingDetail: Sendable, Hashable {
    /// The filing.
    package var record: FilingRecord
    /// The determination that opened it.
    package var determination: JSONValue?
    /// Every deadline it armed, earliest due first.
    package var deadlines: [DeadlineRecord]
    /// Its events in log order (empty when not asked for).
    package var events: [FilingEventRecord]
}

/// Which filings `list` returns.
package struct FilingFilter: Sendable, Hashable {
    /// Only this organisation.
    package var organisationID: UUID?
    /// Only these states.
    package var state: FilingState?
    /// Only this kind.
    package var kind: FilingKind?

    /// A filter; `nil` members match everything.
    package init(organisationID: UUID? = nil, state: FilingState? = nil, kind: FilingKind? = nil) {
        self.organisationID = organisationID
        self.state = state
        self.kind = kind
    }
}

extension FilingStore {
    /// The filing a case handler means by `reference`: a full id, or the first 8 or more hexadecimal digits of one.
    ///
    /// - Throws: ``StorageError/invalidValue(_:)`` when `reference` is not an id or prefix, or a prefix matches
    ///   several filings; ``StorageError/notFound(_:)`` when nothing matches.
    package static func resolve(_ reference: String, pool: DatabasePool, logger: Logger) async throws -> UUID {
        let digits = reference.lowercased().filter { $0 != "-" }
        guard digits.count >= 8, digits.count <= 32, digits.allSatisfy(\.isHexDigit) else {
            throw StorageError.invalidValue(
                "'\(String(reference.prefix(40)))' is not a filing id: give the id or at least its first 8 hexadecimal digits"
            )
        }
        func uuid(_ hex: String) -> UUID? {
            let chars = Array(hex)
            let text =
                String(chars[0..<8]) + "-" + String(chars[8..<12]) + "-" + String(chars[12..<16]) + "-"
                + String(chars[16..<20]) + "-" + String(chars[20..<32])
            return UUID(uuidString: text)
        }
        guard let low = uuid(digits.padding(toLength: 32, withPad: "0", startingAt: 0)),
            let high = uuid(digits.padding(toLength: 32, withPad: "f", startingAt: 0))
        else { throw StorageError.invalidValue("'\(reference)' is not a filing id") }
        let matches = try await read(pool: pool, logger: logger) { session in
            try await session.query(
                "SELECT id FROM filings WHERE id BETWEEN \(low) AND \(high) ORDER BY id LIMIT 2", logger: logger
            ).decode(UUID.self)
        }
        guard let first = matches.first else { throw StorageError.notFound("filing \(reference)") }
        guard matches.count == 1 else {
            throw StorageError.invalidValue("'\(reference)' matches several filings; give more of the id")
        }
        return first
    }

    /// The filing, its determination and deadlines, and (with `events`) its events.
    ///
    /// - Throws: ``StorageError/notFound(_:)``, or ``StorageError`` from the database.
    package static func detail(
        of id: UUID, events: Bool, pool: DatabasePool, logger: Logger
    ) async throws -> FilingDetail {
        try await read(pool: pool, logger: logger) { session in
            let result = try await session.query(
                "SELECT \(unsafeRaw: FilingRecord.columns), determination FROM filings WHERE id = \(id)",
                logger: logger)
            guard let row = result.rows.first else {
                throw StorageError.notFound("filing \(id.uuidString.lowercased())")
            }
            var detail = FilingDetail(
                record: try FilingRecord(row: row),
                determination: try row.decode(JSONValue?.self, column: "determination"),
                deadlines: [], events: [])
            detail.deadlines = try await session.query(
                """
                SELECT \(unsafeRaw: DeadlineRecord.columns) FROM deadlines WHERE filing_id = \(id)
                ORDER BY due, armed_at, id
                """,
                logger: logger
            ).rows.map(DeadlineRecord.init(row:))
            if events { detail.events = try await self.events(of: id, session: session, logger: logger) }
            return detail
        }
    }

    /// Filings matching `filter`, newest first, with their determinations and deadlines.
    ///
    /// - Throws: ``StorageError``.
    package static func list(_ filter: FilingFilter, pool: DatabasePool, logger: Logger) async throws -> [FilingDetail]
    {
        try await read(pool: pool, logger: logger) { session in
            var conditions: [SQL] = ["true"]
            if let organisation = filter.organisationID { conditions.append("organisation_id = \(organisation)") }
            if let state = filter.state { conditions.append("state = \(state.rawValue)") }
            if let kind = filter.kind { conditions.append("kind = \(kind.rawValue)") }
            let rows = try await session.query(
                """
                SELECT \(unsafeRaw: FilingRecord.columns), determination FROM filings
                WHERE \(sql: SQL.joined(conditions, separator: " AND ")) ORDER BY created_at DESC, id
                """,
                logger: logger
            ).rows
            var details = try rows.map { row in
                FilingDetail(
                    record: try FilingRecord(row: row),
                    determination: try row.decode(JSONValue?.self, column: "determination"), deadlines: [], events: [])
            }
            let ids = details.map(\.record.id)
            guard !ids.isEmpty else { return details }
            let deadlines = try await session.query(
                """
                SELECT \(unsafeRaw: DeadlineRecord.columns) FROM deadlines WHERE filing_id = ANY(\(ids))
                ORDER BY due, armed_at, id
                """,
                logger: logger
            ).rows.map(DeadlineRecord.init(row:))
            let byFiling = Dictionary(grouping: deadlines, by: \.filingID)
            for index in details.indices { details[index].deadlines = byFiling[details[index].record.id] ?? [] }
            return details
        }
    }

    /// The filing's events in log order.
    ///
    /// - Throws: ``StorageError/notFound(_:)`` when the filing does not exist.
    package static func events(of id: UUID, pool: DatabasePool, logger: Logger) async throws -> [FilingEventRecord] {
        try await read(pool: pool, logger: logger) { session in
            let exists = try await session.query(
                "SELECT EXISTS (SELECT 1 FROM filings WHERE id = \(id))", logger: logger
            ).decodeOne(Bool.self)
            guard exists else { throw StorageError.notFound("filing \(id.uuidString.lowercased())") }
            return try await events(of: id, session: session, logger: logger)
        }
    }

    static func events(of id: UUID, session: DatabaseSession, logger: Logger) async throws -> [FilingEventRecord] {
        try await session.query(
            "SELECT \(unsafeRaw: FilingEventRecord.columns) FROM filing_events WHERE filing_id = \(id) ORDER BY id",
            logger: logger
        ).rows.map(FilingEventRecord.init(row:))
    }

    /// Runs read-only work on a pooled session, mapping database errors to ``StorageError``.
    static func read<Result: Sendable>(
        pool: DatabasePool, logger: Logger, _ body: (DatabaseSession) async throws -> Result
    ) async throws -> Result {
        do {
            return try await pool.withConnection(logger: logger) { session in try await body(session) }
        } catch let error as PQError {
            throw StorageError(error)
        }
    }
}
