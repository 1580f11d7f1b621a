import Foundation
package import LibPQ

/// A storage failure in the project's own terms.
///
/// Repositories throw these rather than raw ``PQError``s; ``init(_:)`` is the one place that maps SQLSTATEs to
/// domain cases. Descriptions never quote row data or connection strings.
package enum StorageError: Error, Sendable, CustomStringConvertible {
    /// The named thing does not exist (for example `filing 3f2a…`).
    case notFound(String)
    /// A unique or exclusion constraint refused the write; carries the constraint's name.
    case conflict(constraint: String?)
    /// Another transaction changed the data first and retrying did not help (serialization failure, deadlock).
    case stale
    /// Optimistic concurrency refused a change: the filing is no longer at the version the caller read.
    case versionConflict(filing: String, expected: Int, current: Int)
    /// A value was refused before anything was written (for example a note that is too long); says why.
    case invalidValue(String)
    /// The session's role may not do this: a missing grant, a row outside what row-level security lets it see or
    /// write, or the event log's refusal to change. Carries the server's message, which names the table or role
    /// and never row data.
    case permissionDenied(String)
    /// The database could not be reached or the connection was lost.
    case unavailable(PQError)
    /// Any other database failure.
    case database(PQError)
    /// An applied migration's file changed since it was applied (forward-only: add a new migration instead).
    case migrationChanged(file: String, reason: String)
    /// The database has a migration this binary does not ship (the database is newer than this fefta).
    case migrationUnknown(version: Int, name: String)
    /// A migration is pending although a later one is already applied.
    case migrationOutOfOrder(pending: String, latestApplied: String)
    /// Another migrator held the migration lock for longer than the wait allowed.
    case migrationLockTimeout(waited: Duration)
    /// A migration failed and was rolled back; nothing of it was applied.
    case migrationFailed(file: String, PQError)

    /// Maps a client error to its domain meaning (the one SQLSTATE mapping of the project).
    ///
    /// - Parameter error: the error from LibPQ.
    package init(_ error: PQError) {
        if error.isConnectionLoss {
            self = .unavailable(error)
        } else if error.sqlState == .uniqueViolation || error.sqlState == .exclusionViolation {
            self = .conflict(constraint: error.constraintName)
        } else if error.isSerializationFailure {
            self = .stale
        } else if error.sqlState == .insufficientPrivilege {
            self = .permissionDenied(error.serverMessage?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "\(error)")
        } else {
            self = .database(error)
        }
    }

    package var description: String {
        switch self {
        case .notFound(let what):
            return "\(what) was not found"
        case .conflict(let constraint):
            return "the change conflicts with existing data" + (constraint.map { " (constraint \($0))" } ?? "")
        case .stale:
            return "the data was changed by someone else at the same time; reload and try again"
        case .versionConflict(let filing, let expected, let current):
            return "filing \(filing) is at version \(current), not \(expected): someone changed it since it was read; "
                + "reload it and try again"
        case .invalidValue(let reason):
            return reason
        case .permissionDenied(let message):
            return "permission denied: \(message)"
        case .unavailable(let error):
            return "the database is unavailable: \(error)"
        case .database(let error):
            return "database error: \(error)"
        case .migrationChanged(let file, let reason):
            return "Schema/\(file) \(reason); applied migrations are never edited: revert the change and add a new "
                + "migration file instead"
        case .migrationUnknown(let version, let name):
            return "the database has migration \(SchemaMigration.versionText(version))_\(name).sql, which this fefta "
                + "does not know; the database was migrated by a newer fefta, so upgrade this one"
        case .migrationOutOfOrder(let pending, let latestApplied):
            return "Schema/\(pending) is not applied, but the later \(latestApplied) is; migrations apply in order, "
                + "so renumber \(pending) after the latest applied migration"
        case .migrationLockTimeout(let waited):
            return "another `fefta db migrate` held the migration lock for more than \(waited); try again when it "
                + "has finished"
        case .migrationFailed(let file, let error):
            // The SQL is our own migration file, so the server's message (which names the failing statement's
            // problem, such as a syntax error) quotes no user data and is shown to help whoever wrote the file.
            var text = "Schema/\(file) failed and was rolled back: \(error)"
            if let message = error.serverMessage { text += ": " + message }
            if error.sqlState == .lockNotAvailable {
                text += " (it waited too long for a table lock; a long transaction holds one; retry when it ends)"
            }
            return text
        }
    }
}
