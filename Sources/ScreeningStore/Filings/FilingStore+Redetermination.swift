import FilingWorkflow
package import Foundation
package import JapaneseCalendar
package import LibPQ
package import Logging
package import ScreeningRules

/// A new determination for an open filing, from re-screening under a new issuer list or ruleset.
package struct Redetermination: Sendable, Hashable {
    /// The new `fefta check` output (the same shape the filing was opened with).
    package var determination: JSONValue
    /// The ruleset version that decided it.
    package var rulesetVersion: String?
    /// The issuer list version used, if any (recorded in the event for the reader).
    package var issuerListPublished: LegalDate?

    /// Creates a redetermination.
    package init(determination: JSONValue, rulesetVersion: String?, issuerListPublished: LegalDate?) {
        self.determination = determination
        self.rulesetVersion = rulesetVersion
        self.issuerListPublished = issuerListPublished
    }
}

extension FilingStore {
    /// Records that re-screening changed an open filing's determination: appends an `obligationChanged` event
    /// (previous and new outcome, the issuer list and ruleset used, the new determination's SHA-256) and replaces
    /// the stored determination and ruleset version, in the caller's transaction, through the same path as every
    /// other transition. The state does not change; the case handler decides what follows.
    ///
    /// - Parameters:
    ///   - id: the filing (open: not closed or withdrawn).
    ///   - redetermination: the new determination.
    ///   - date: the legal date the change takes effect.
    ///   - actor: normally ``FilingActor/daemon``.
    ///   - session: a session with an open transaction; the caller commits.
    ///   - logger: for the statements.
    /// - Returns: the filing after the event and the event.
    /// - Throws: as ``apply(_:toFiling:expectedVersion:actor:in:logger:)``.
    package static func redetermine(
        _ id: UUID, with redetermination: Redetermination, on date: LegalDate, actor: FilingActor,
        in session: DatabaseSession, logger: Logger
    ) async throws -> AppliedTransition {
        try await apply(
            .obligationChanged(on: date), toFiling: id, expectedVersion: nil, actor: actor,
            redetermination: redetermination, in: session, logger: logger)
    }

    /// Writes the new determination and ruleset version, and returns `payload` with what changed.
    static func replaceDetermination(
        of filing: FilingRecord, with redetermination: Redetermination, recordingIn payload: JSONValue,
        session: DatabaseSession, logger: Logger
    ) async throws -> JSONValue {
        let previous = try await session.query(
            """
            UPDATE filings f SET determination = \(redetermination.determination),
                ruleset_version = \(redetermination.rulesetVersion)
            FROM (SELECT determination->>'outcome' AS outcome FROM filings WHERE id = \(filing.id)) old
            WHERE f.id = \(filing.id)
            RETURNING old.outcome, f.determination
            """,
            logger: logger
        ).decodeOne((String?, JSONValue).self)
        guard case .object(var members) = payload else { return payload }
        members["previousOutcome"] = previous.0.map(JSONValue.string) ?? .null
        if case .object(let determination) = redetermination.determination,
            case .string(let outcome)? = determination["outcome"]
        {
            members["outcome"] = .string(outcome)
        }
        members["rulesetVersion"] = redetermination.rulesetVersion.map(JSONValue.string) ?? .null
        members["issuerListPublished"] = redetermination.issuerListPublished.map { .string($0.iso8601) } ?? .null
        members["determinationSha256"] = .string(AuditEncoding.digest(previous.1))
        return .object(members)
    }
}
