package import FilingWorkflow
package import Foundation
package import JapaneseCalendar
package import LibPQ
package import Logging
import ScreeningRules

/// Filings in PostgreSQL: opening a case and applying the workflow's transitions, each in one transaction.
///
/// Nothing else changes a filing. A transition locks the filing row (`FOR UPDATE`), checks its version, runs
/// ``FilingWorkflow/Workflow/apply(_:to:)``, updates the filing (version + 1) and, in the same statement, fires the
/// deadline reached and writes its `deadlineFired` notification; then cancels and arms deadlines, appends one event
/// to the hash-chained log (``AuditChain``) and signals `fefta_wakeup`. The case handlers' CLI and the daemon call
/// the same functions.
///
/// Lock order, everywhere: the filing row, then its deadline rows, then the `audit_chain` head (taken last and held
/// only until commit).
package enum FilingStore {
    /// The longest note, in characters.
    package static let maximumNoteLength = 4000

    /// Applies `event` to a filing inside the caller's open transaction: the one function every transition, from
    /// the CLI or the daemon, goes through.
    ///
    /// **For the daemon (firing a deadline).** Inside the transaction that claimed the deadline, call
    ///
    /// ```swift
    /// let applied = try await FilingStore.apply(
    ///     .deadlineReached(deadline.kind, on: today), toFiling: deadline.filingID, expectedVersion: nil,
    ///     actor: .daemon, in: session, logger: logger)
    /// ```
    ///
    /// (the daemon itself reads the filing in its claim and calls ``apply(_:toLocked:actor:notifying:in:logger:)``)
    ///
    /// where `today` is `(now() AT TIME ZONE 'Asia/Tokyo')::date` read from the database. This marks the filing's
    /// pending deadline of that kind `fired`, records the workflow's event (`waitingPeriodElapsed`,
    /// `replyWindowElapsed`, `reportOverdue`, `executionReportOverdue` or `filingWindowOpened`), moves the filing,
    /// cancels what the transition cancels and writes one `deadlineFired` notification (kind `deadlineFired`,
    /// unique per deadline) in the outbox; the daemon must not write another.
    ///
    /// - Important: Claim deadlines whose **`fires_on`** (not `due`) has come: a deadline to act (a reply or a
    ///   report) is reached the day *after* its due date (``FilingWorkflow/FilingDeadlineKind/reachedOn(due:)``),
    ///   and the workflow refuses to fire it earlier. Lock the filing row in the same claim, as every other
    ///   transition does, so the lock order is filing before deadline:
    ///   `SELECT … FROM deadlines d JOIN filings f ON f.id = d.filing_id WHERE d.state = 'pending' AND
    ///   d.fires_on <= (now() AT TIME ZONE 'Asia/Tokyo')::date ORDER BY d.fires_on, d.id LIMIT n
    ///   FOR UPDATE OF d, f SKIP LOCKED`. Locking only the deadline and then calling this function can deadlock
    ///   with a case handler acting on the same filing (PostgreSQL then aborts one of them with 40P01).
    ///
    /// A ``FilingWorkflow/TransitionRefusal``, a ``StorageError/notFound(_:)`` or a
    /// ``StorageError/versionConflict(filing:expected:current:)`` is thrown before anything is written, so the
    /// caller's transaction stays usable (for example to park the refused deadline).
    ///
    /// - Parameters:
    ///   - event: what happened, with its effective legal date.
    ///   - id: the filing.
    ///   - expectedVersion: the version the caller last saw (optimistic concurrency), or `nil` to apply to the
    ///     current version, read under the row lock.
    ///   - actor: who records the event: a person of the filing's organisation, or ``FilingActor/daemon``.
    ///   - session: a session with an open transaction; the caller commits.
    ///   - logger: for the statements.
    /// - Returns: the filing after the event, the event, and the deadlines fired, cancelled and armed.
    /// - Throws: ``FilingWorkflow/TransitionRefusal`` when the workflow refuses the event (naming the allowed
    ///   events or the rule); ``StorageError`` `notFound` (the filing, the acting or assigned person, or the pending
    ///   deadline to fire), `versionConflict`, `invalidValue` (a blank or overlong note); ``PQError`` from the
    ///   database, unchanged, so the caller's retry logic sees serialization failures and lost connections.
    package static func apply(
        _ event: FilingEvent,
        toFiling id: UUID,
        expectedVersion: Int?,
        actor: FilingActor,
        in session: DatabaseSession,
        logger: Logger
    ) async throws -> AppliedTransition {
        try await apply(
            event, toFiling: id, expectedVersion: expectedVersion, actor: actor, redetermination: nil, in: session,
            logger: logger)
    }

    /// Applies `event` to a filing the caller has already locked and read in its open transaction, so the store
    /// does not read it again; otherwise as ``apply(_:toFiling:expectedVersion:actor:in:logger:)`` with no expected
    /// version. The daemon's claim locks and reads the filing with its deadline (`FOR UPDATE OF d, f`), one round
    /// trip fewer per firing.
    ///
    /// - Parameters:
    ///   - event: what happened, with its effective legal date.
    ///   - filing: the filing as read in this transaction under a `FOR UPDATE` lock of its row (the columns of
    ///     ``FilingRecord/selectList(qualifiedBy:)``); a row read without the lock could be stale.
    ///   - claimed: for ``FilingWorkflow/FilingEvent/deadlineReached(_:on:)``, the pending deadline the caller
    ///     locked in this transaction (its row `FOR UPDATE`), the one the event fires. With `committing`, when the
    ///     transition changes no other deadline (true of every firing), the filing's update and the event then go
    ///     in one round trip with the commit; the event names the claimed deadline, as it would the fired one.
    ///   - actor: who records the event.
    ///   - notifying: whether the transaction signals `fefta_wakeup`; pass false only when the caller signals
    ///     itself once its batch of transitions has committed (the daemon does, once per batch of firings).
    ///   - committing: commit the caller's transaction with the event's statement, in one round trip, when the
    ///     transition is the last thing the transaction does (the daemon's firing): the global chain head is then
    ///     held for that statement and the commit only. The caller's transaction scope then commits nothing more;
    ///     a refusal is still thrown before anything is written.
    ///   - session: the session whose transaction holds the lock; the caller commits.
    ///   - logger: for the statements.
    package static func apply(
        _ event: FilingEvent,
        toLocked filing: FilingRecord,
        claimed: DeadlineReference? = nil,
        actor: FilingActor,
        notifying: Bool = true,
        committing: Bool = false,
        in session: DatabaseSession,
        logger: Logger
    ) async throws -> AppliedTransition {
        try await apply(
            event, toFiling: filing.id, expectedVersion: nil, actor: actor, redetermination: nil, locked: filing,
            claimed: claimed, notifying: notifying, committing: committing, in: session, logger: logger)
    }

    /// The one body of every transition; with `redetermination` (only for ``FilingWorkflow/FilingEvent/obligationChanged(on:)``)
    /// it also replaces the stored determination and ruleset version and records the new determination's digest
    /// in the event, so `fefta audit verify` follows the change.
    static func apply(
        _ event: FilingEvent,
        toFiling id: UUID,
        expectedVersion: Int?,
        actor: FilingActor,
        redetermination: Redetermination?,
        locked: FilingRecord? = nil,
        claimed: DeadlineReference? = nil,
        notifying: Bool = true,
        committing: Bool = false,
        in session: DatabaseSession,
        logger: Logger
    ) async throws -> AppliedTransition {
        guard await session.isInTransaction else {
            throw StorageError.invalidValue("FilingStore.apply must run inside a transaction")
        }
        if case .obligationChanged = event, redetermination == nil {
            throw StorageError.invalidValue(
                "an obligation change needs the new determination (FilingStore.redetermine)")
        }
        try validate(event)
        let before: FilingRecord
        if let locked {
            before = locked
        } else {
            guard
                let read = try await session.query(
                    "SELECT \(unsafeRaw: FilingRecord.columns) FROM filings WHERE id = \(id) FOR UPDATE", logger: logger
                ).rows.first.map(FilingRecord.init(row:))
            else { throw StorageError.notFound("filing \(id.uuidString.lowercased())") }
            before = read
        }
        if let expectedVersion, expectedVersion != before.version {
            throw StorageError.versionConflict(
                filing: id.uuidString.lowercased(), expected: expectedVersion, current: before.version)
        }
        let transition = try Workflow.apply(event, to: before.filing)
        if let person = actor.personID {
            try await requirePerson(person, in: before.organisationID, session: session, logger: logger)
        }
        if case .assign(_, let person) = event, let assignee = UUID(uuidString: person) {
            try await requirePerson(assignee, in: before.organisationID, session: session, logger: logger)
        }
        var firing: FilingDeadlineKind?
        if case .deadlineReached(let kind, _) = event { firing = kind }
        if committing, let firing, let claimed, redetermination == nil,
            clearedKinds(of: transition, firing: firing).isEmpty, transition.arm.isEmpty
        {
            return try await fire(
                claimed, of: firing, on: before, event: event, transition: transition, actor: actor,
                notifying: notifying, in: session, logger: logger)
        }
        let (after, fired) = try await update(
            before, to: transition.after, firing: firing, eventType: transition.eventType, session: session,
            logger: logger)
        let changes = try await changeDeadlines(
            of: before, transition: transition, fired: fired, session: session, logger: logger)
        var payload = eventPayload(
            event, from: before.state, transition: transition, fired: fired?.reference, changes: changes)
        if let redetermination {
            payload = try await replaceDetermination(
                of: after, with: redetermination, recordingIn: payload, session: session, logger: logger)
        }
        let appended = try await AuditChain.append(
            filing: after, type: transition.eventType, actor: actor, effectiveOn: event.date, payload: payload,
            notifying: notifying, committing: committing, in: session, logger: logger)
        logger.debug(
            "filing transition applied",
            metadata: [
                "filing.id": "\(id)", "filing.event": "\(transition.eventType)", "filing.version": "\(after.version)",
            ])
        return AppliedTransition(
            filing: after, event: appended, armed: changes.armed, cancelled: changes.cancelled, fired: changes.fired)
    }

    /// The body of ``apply(_:toFiling:expectedVersion:actor:redetermination:locked:claimed:notifying:committing:in:logger:)``
    /// for a firing of a claimed deadline that changes no other deadline: the filing's update (which fires the
    /// deadline and writes its notification) and the event's append go in one round trip with the `COMMIT`. The
    /// append inserts only if the update moved the filing to the event's version, so when the update changes
    /// nothing (never expected: the caller holds the deadline's and the filing's rows), nothing is written at all.
    private static func fire(
        _ claimed: DeadlineReference, of kind: FilingDeadlineKind, on before: FilingRecord, event: FilingEvent,
        transition: Transition, actor: FilingActor, notifying: Bool, in session: DatabaseSession, logger: Logger
    ) async throws -> AppliedTransition {
        var next = before
        next.version += 1
        let appending = try AuditChain.Appending(
            filing: next, type: transition.eventType, actor: actor, effectiveOn: event.date,
            payload: eventPayload(
                event, from: before.state, transition: transition, fired: claimed, changes: DeadlineChanges()),
            notifying: notifying, requiringVersion: true)
        let results = try await session.query(
            pipelining: [
                updateStatement(before, to: transition.after, firing: kind, eventType: transition.eventType),
                appending.statement,
            ],
            logger: logger, committing: true)
        let filing = before.id.uuidString.lowercased()
        guard let (after, fired) = try? updated(before, firing: kind, from: results[0]) else {
            throw StorageError.invalidValue(
                "the claimed \(kind.rawValue) deadline of filing \(filing) was no longer pending; nothing was written")
        }
        guard after.version == next.version, let fired, fired.reference == claimed else {
            logger.critical("a firing fired another deadline than it claimed", metadata: ["filing.id": "\(filing)"])
            throw StorageError.invalidValue(
                "filing \(filing) fired deadline \(fired?.id.uuidString.lowercased() ?? "none") instead of the "
                    + "claimed \(claimed.id.uuidString.lowercased())")
        }
        let appended = try appending.record(from: results[1], committed: true, logger: logger)
        logger.debug(
            "filing transition applied",
            metadata: [
                "filing.id": "\(before.id)", "filing.event": "\(transition.eventType)",
                "filing.version": "\(after.version)",
            ])
        return AppliedTransition(filing: after, event: appended, armed: [], cancelled: [], fired: fired)
    }

    /// Applies `event` in a transaction of its own on a session of `pool`; see
    /// ``apply(_:toFiling:expectedVersion:actor:in:logger:)``. A deadlock or serialization failure is retried twice.
    ///
    /// - Throws: ``FilingWorkflow/TransitionRefusal`` or ``StorageError`` (database errors are mapped to it).
    package static func apply(
        _ event: FilingEvent,
        toFiling id: UUID,
        expectedVersion: Int?,
        actor: FilingActor,
        pool: DatabasePool,
        logger: Logger
    ) async throws -> AppliedTransition {
        do {
            return try await pool.withTransaction(retryingSerializationFailures: 2, logger: logger) { session in
                try await apply(
                    event, toFiling: id, expectedVersion: expectedVersion, actor: actor, in: session, logger: logger)
            }
        } catch let error as PQError {
            throw StorageError(error)
        }
    }

    /// Opens a filing inside the caller's open transaction: inserts it at version 1 in its kind's first state,
    /// arms its first deadline and appends its `opened` event, which records the SHA-256 of the determination and
    /// facts as stored (`determinationSha256`, `factsSha256`), so `fefta audit verify` detects a later change to them.
    ///
    /// - Parameters:
    ///   - opening: the organisation, kind, dates and determination.
    ///   - date: the legal date the case is opened.
    ///   - actor: who opens it.
    ///   - session: a session with an open transaction; the caller commits.
    ///   - logger: for the statements.
    /// - Returns: the new filing, its event and its armed deadlines.
    /// - Throws: ``FilingWorkflow/TransitionRefusal`` (a report case without an act date or with one after `date`,
    ///   a planned execution date before `date`), ``StorageError/notFound(_:)`` (the organisation or the acting
    ///   person), ``PQError``.
    package static func open(
        _ opening: FilingOpening,
        on date: LegalDate,
        actor: FilingActor,
        in session: DatabaseSession,
        logger: Logger
    ) async throws -> AppliedTransition {
        guard await session.isInTransaction else {
            throw StorageError.invalidValue("FilingStore.open must run inside a transaction")
        }
        for date in [date, opening.plannedExecution, opening.actOn].compactMap({ $0 }) { try validate(date) }
        let transition = try Workflow.open(
            opening.kind, on: date, plannedExecution: opening.plannedExecution, actOn: opening.actOn)
        let organisationExists = try await session.query(
            "SELECT EXISTS (SELECT 1 FROM organisations WHERE id = \(opening.organisationID))", logger: logger
        ).decodeOne(Bool.self)
        guard organisationExists else {
            throw StorageError.notFound("organisation \(opening.organisationID.uuidString.lowercased())")
        }
        if let person = actor.personID {
            try await requirePerson(person, in: opening.organisationID, session: session, logger: logger)
        }
        let filing = try await insert(opening, transition.after, session: session, logger: logger)
        let changes = try await changeDeadlines(
            of: filing.record, transition: transition, fired: nil, session: session, logger: logger)
        var payload = JSONObject()
        payload["to"] = .string(transition.after.state.rawValue)
        payload["kind"] = .string(opening.kind.rawValue)
        payload["plannedExecution"] = opening.plannedExecution.map { .string($0.iso8601) } ?? .null
        payload["actOn"] = opening.actOn.map { .string($0.iso8601) } ?? .null
        payload["rulesetVersion"] = opening.rulesetVersion.map { .string($0) } ?? .null
        if case .object(let determination)? = filing.determination,
            case .string(let outcome)? = determination["outcome"]
        {
            payload["outcome"] = .string(outcome)
        }
        payload["determinationSha256"] = filing.determination.map { .string(AuditEncoding.digest($0)) } ?? .null
        payload["factsSha256"] = filing.facts.map { .string(AuditEncoding.digest($0)) } ?? .null
        addDeadlineChanges(changes, to: &payload)
        let appended = try await AuditChain.append(
            filing: filing.record, type: transition.eventType, actor: actor, effectiveOn: date,
            payload: .object(payload), in: session, logger: logger)
        return AppliedTransition(
            filing: filing.record, event: appended, armed: changes.armed, cancelled: changes.cancelled, fired: nil)
    }

    /// Opens a filing in a transaction of its own; see ``open(_:on:actor:in:logger:)``.
    ///
    /// - Throws: ``FilingWorkflow/TransitionRefusal`` or ``StorageError``.
    package static func open(
        _ opening: FilingOpening,
        on date: LegalDate,
        actor: FilingActor,
        pool: DatabasePool,
        logger: Logger
    ) async throws -> AppliedTransition {
        do {
            return try await pool.withTransaction(logger: logger) { session in
                try await open(opening, on: date, actor: actor, in: session, logger: logger)
            }
        } catch let error as PQError {
            throw StorageError(error)
        }
    }
}
