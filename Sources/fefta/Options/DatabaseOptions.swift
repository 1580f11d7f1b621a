import ArgumentParser
import Foundation
import LibPQ
import Logging
import ScreeningStore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `--database-url`, shared by every command that uses the database.
///
/// The database is chosen by ``DatabaseConfiguration/resolve(databaseURL:environment:effectiveUserIsRoot:)``:
/// this flag, then `FEFTA_DATABASE_URL`, then libpq's `PG*` variables, then the embedded cluster.
struct DatabaseOptions: ParsableArguments {
    @Option(
        name: .customLong("database-url"),
        help: ArgumentHelp(
            "The PostgreSQL database: a postgresql:// URI or libpq keyword=value string.",
            discussion: "Overrides FEFTA_DATABASE_URL and the PG* variables. Without any of them, fefta uses its "
                + "embedded cluster under $FEFTA_HOME.",
            valueName: "url"
        )
    )
    var databaseURL: String?

    /// The configuration these options and the environment select.
    ///
    /// - Throws: `ValidationError` (exit status 64) naming the flag or variable that is wrong.
    func configuration(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> DatabaseConfiguration {
        do {
            return try DatabaseConfiguration.resolve(
                databaseURL: databaseURL,
                environment: environment,
                effectiveUserIsRoot: geteuid() == 0
            )
        } catch {
            throw ValidationError(error.description)
        }
    }

    /// Opens a pool on the configured database and runs `body` with it.
    ///
    /// The embedded cluster is never started here: a stopped database stays stopped until `fefta db start` (or the
    /// quickstart) starts it, and the command says so instead (exit 69).
    ///
    /// - Throws: an `ExitCode` after printing a diagnostic when the database is unavailable, or what `body` throws.
    func withPool<Result>(
        logger: Logger,
        _ body: (DatabasePool, DatabaseConfiguration) async throws -> Result
    ) async throws -> Result {
        let configuration = try configuration()
        if let cluster = configuration.embeddedCluster {
            let state: EmbeddedCluster.State
            do {
                state = try await cluster.state()
            } catch {
                throw fail(error.description, status: ExitStatus.unavailable)
            }
            switch state {
            case .running: break
            case .stopped:
                throw fail(
                    "the embedded PostgreSQL server (\(cluster.dataDirectory)) is stopped: start it with "
                        + "`fefta db start`", status: ExitStatus.unavailable)
            case .notInitialised:
                throw fail(
                    "no database is configured and the embedded PostgreSQL cluster (\(cluster.dataDirectory)) does "
                        + "not exist yet: create and start it with `fefta db start`, or set FEFTA_DATABASE_URL",
                    status: ExitStatus.unavailable)
            }
        }
        return try await withDatabasePool(
            DatabasePoolConfiguration(connectionString: configuration.connectionString, maximumConnections: 2),
            logger: logger
        ) { pool in
            try await body(pool, configuration)
        }
    }
}

/// The diagnostic for a database failure, with libpq's explanation when the connection failed (libpq's
/// connection messages name the server and user, never the password).
func databaseFailure(_ error: any Error, configuration: DatabaseConfiguration) -> ExitCode {
    switch error {
    case let error as StorageError:
        if case .unavailable(let cause) = error { return databaseFailure(cause, configuration: configuration) }
        let status: Int32
        switch error {
        case .migrationChanged, .migrationUnknown, .migrationOutOfOrder: status = ExitStatus.dataError
        case .permissionDenied: status = ExitStatus.noPermission
        default: status = ExitStatus.software
        }
        return fail(error.description, status: status)
    case let error as PQError where error.sqlState == .insufficientPrivilege:
        return databaseFailure(StorageError(error), configuration: configuration)
    case let error as PQError where error.isConnectionLoss:
        var message = "\(error) (database from \(configuration.sourceDescription))"
        if let detail = error.serverMessage, !detail.isEmpty { message += "\n" + detail }
        return fail(message, status: ExitStatus.unavailable)
    default:
        return fail("\(error)", status: ExitStatus.software)
    }
}
