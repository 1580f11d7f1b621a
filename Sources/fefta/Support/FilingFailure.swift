import ArgumentParser
import FilingWorkflow
import Foundation
import LibPQ
import Logging
import ScreeningRules
import ScreeningStore

/// The one diagnostic line and exit status for an error from a filing command.
///
/// Refusals, unknown ids and bad values exit 65; a stale `--expect-version` exits 75 (retry after reloading); a
/// database without the filing tables says to migrate; other database failures go through ``databaseFailure``.
func filingFailure(_ error: any Error, configuration: DatabaseConfiguration) -> ExitCode {
    switch error {
    case let exit as ExitCode:
        return exit
    case let refusal as TransitionRefusal:
        return fail("refused: " + renderedCitation(refusal), status: ExitStatus.dataError)
    case let error as StorageError:
        switch error {
        case .notFound, .invalidValue:
            return fail(error.description, status: ExitStatus.dataError)
        case .versionConflict(let filing, _, _):
            return fail(
                error.description + " (see `fefta filing show \(filing.prefix(8))`)", status: ExitStatus.conflict)
        case .conflict(let constraint):
            return fail(
                "that already exists" + (constraint.map { " (\($0))" } ?? ""), status: ExitStatus.dataError)
        case .database(let cause) where cause.sqlState == .undefinedTable:
            return fail(
                "the database has no filing tables yet: run `fefta db migrate` first", status: ExitStatus.unavailable)
        default:
            return databaseFailure(error, configuration: configuration)
        }
    case let error as PQError:
        return filingFailure(StorageError(error), configuration: configuration)
    default:
        return databaseFailure(error, configuration: configuration)
    }
}

extension DatabaseOptions {
    /// Opens a pool on the configured database and runs `body` with it, turning whatever `body` throws into the one
    /// diagnostic and exit status of ``filingFailure(_:configuration:)``.
    ///
    /// - Throws: an `ExitCode` after printing the diagnostic.
    func withFilingStore<Result>(
        logger: Logger,
        _ body: (DatabasePool) async throws -> Result
    ) async throws -> Result {
        try await withPool(logger: logger) { pool, configuration in
            do {
                return try await body(pool)
            } catch {
                throw filingFailure(error, configuration: configuration)
            }
        }
    }
}

/// A refusal's line with its citation rendered in the locale's language (法27条5項, or FEFTA Art. 27(5)).
func renderedCitation(_ refusal: TransitionRefusal) -> String {
    guard let citation = refusal.citation else { return refusal.description }
    return refusal.description.replacingOccurrences(
        of: "(\(citation))", with: "(\(Citation.render(citation, LanguageOptions.locale)))")
}
