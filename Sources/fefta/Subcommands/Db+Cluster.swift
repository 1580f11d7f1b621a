import ArgumentParser
import Foundation
import Logging
import ScreeningStore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension FeftaCommand.Db {
    /// `fefta db start`.
    struct Start: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create (first time) and start the embedded PostgreSQL cluster; succeeds if already running.",
            discussion: "Returns when the server accepts connections."
        )

        func run() async throws {
            let cluster = try embeddedCluster()
            do {
                switch try await cluster.start(logger: Logger(label: "fefta")) {
                case .started(let initialised):
                    print(
                        initialised
                            ? "created and started the embedded PostgreSQL cluster in \(cluster.dataDirectory)"
                            : "started the embedded PostgreSQL cluster in \(cluster.dataDirectory)"
                    )
                case .alreadyRunning:
                    print("the embedded PostgreSQL cluster in \(cluster.dataDirectory) is already running")
                }
            } catch {
                throw fail(error.description, status: ExitStatus.unavailable)
            }
        }
    }

    /// `fefta db stop`.
    struct Stop: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Stop the embedded PostgreSQL cluster (fast shutdown); succeeds if not running."
        )

        func run() async throws {
            let cluster = try embeddedCluster()
            do {
                switch try await cluster.stop(logger: Logger(label: "fefta")) {
                case .stopped: print("stopped the embedded PostgreSQL cluster in \(cluster.dataDirectory)")
                case .notRunning: print("the embedded PostgreSQL cluster in \(cluster.dataDirectory) is not running")
                }
            } catch {
                throw fail(error.description, status: ExitStatus.unavailable)
            }
        }
    }

    /// `fefta db url`.
    struct URL: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "url",
            abstract:
                "Print a libpq URI for the embedded cluster's superuser (for psql, pg_dump, or FEFTA_DATABASE_URL)."
        )

        func run() throws {
            print(try embeddedCluster().uri)
        }
    }
}

/// The embedded cluster for this environment; warns when a configured database means fefta does not use it.
func embeddedCluster(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> EmbeddedCluster {
    let cluster: EmbeddedCluster
    do {
        cluster = try EmbeddedCluster(environment: environment, effectiveUserIsRoot: geteuid() == 0)
    } catch {
        throw ValidationError(error.description)
    }
    if let configuration = try? DatabaseConfiguration.resolve(
        databaseURL: nil, environment: environment, effectiveUserIsRoot: geteuid() == 0),
        configuration.source != .embedded
    {
        printDiagnostic(
            "note: fefta uses the database from \(configuration.sourceDescription), not this embedded cluster")
    }
    return cluster
}
