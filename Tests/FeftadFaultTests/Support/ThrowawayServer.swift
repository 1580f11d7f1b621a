import Foundation
import LibPQ
import Logging
import ScreeningStore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A PostgreSQL server of a test's own, in a temporary folder, which the test may stop, restart and crash.
///
/// Set up like `Deploy/test.sh` does: `initdb` (as the `postgres` user when the tests run as root, since PostgreSQL
/// refuses root), listening on a free localhost port with trust authentication, durability off (a test server).
/// ``withServer(_:)`` deletes it however the test ends.
struct ThrowawayServer: Sendable {
    let folder: String
    let port: Int
    let bindir: String

    var dataDirectory: String { folder + "/data" }
    /// The database the daemons use.
    var url: String { "postgresql://fefta@127.0.0.1:\(port)/fefta" }

    static func withServer<Result>(_ body: (ThrowawayServer) async throws -> Result) async throws -> Result {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "feftad-fault-\(UUID().uuidString.prefix(8))"
        ).path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        _ = chmod(folder, 0o777)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let initialised = ThrowawayServer(
            folder: folder, port: Int.random(in: 20_000..<60_000), bindir: try findBindir())
        try await initialised.initialise()
        let server = try await initialised.startedOnAFreePort()
        do {
            let result = try await body(server)
            try? await server.stop(mode: "immediate")
            return result
        } catch {
            try? await server.stop(mode: "immediate")
            throw error
        }
    }

    private static func findBindir() throws -> String {
        let versions = ((try? FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql")) ?? [])
            .compactMap(Int.init).sorted(by: >)
        for directory in versions.map({ "/usr/lib/postgresql/\($0)/bin" }) + ["/usr/bin"]
        where FileManager.default.isExecutableFile(atPath: directory + "/pg_ctl") {
            return directory
        }
        throw FaultTestError("the PostgreSQL server programs are missing: apt-get install postgresql")
    }

    /// The command line, run as `postgres` when we are root.
    func asServerUser(_ arguments: [String]) -> [String] {
        geteuid() == 0 ? ["/usr/sbin/runuser", "-u", "postgres", "--"] + arguments : arguments
    }

    private func initialise() async throws {
        let outcome = try await Spawn.run(
            asServerUser([
                bindir + "/initdb", "-D", dataDirectory, "-U", "fefta", "--auth=trust", "--encoding=UTF8",
                "--locale=C", "--no-sync",
            ]), log: folder + "/initdb.log")
        guard outcome.status == 0 else { throw FaultTestError("initdb failed: \(outcome.output)") }
        let settings = """

            listen_addresses = '127.0.0.1'
            unix_socket_directories = '\(folder)'
            max_connections = 200
            fsync = off
            synchronous_commit = off
            full_page_writes = off

            """
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: dataDirectory + "/postgresql.conf"))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(settings.utf8))
        try handle.close()
    }

    /// Starts the server, first on `port` and then on another random port whenever the chosen one is taken
    /// (another test's server on a busy machine), up to eight times; the started server names its port.
    private func startedOnAFreePort() async throws -> ThrowawayServer {
        var candidate = self
        for _ in 1..<8 {
            try? FileManager.default.removeItem(atPath: folder + "/server.log")
            do {
                try await candidate.start()
                return candidate
            } catch let error as FaultTestError where error.description.contains("Address already in use") {
                candidate = ThrowawayServer(folder: folder, port: Int.random(in: 20_000..<60_000), bindir: bindir)
            }
        }
        try await candidate.start()
        return candidate
    }

    /// Starts the server on `port` and waits until it accepts connections.
    func start() async throws {
        let outcome = try await Spawn.run(
            asServerUser([
                bindir + "/pg_ctl", "start", "-D", dataDirectory, "-l", folder + "/server.log", "-w", "-t", "600",
                "-o", "-p \(port)",
            ]),
            log: folder + "/pg_ctl.log")
        guard outcome.status == 0 else {
            let log = (try? String(contentsOfFile: folder + "/server.log", encoding: .utf8)) ?? ""
            throw FaultTestError("pg_ctl start failed: \(outcome.output)\n\(log.suffix(2000))")
        }
    }

    /// Stops the server: `fast` (sessions are terminated, transactions roll back) or `immediate` (a crash).
    func stop(mode: String) async throws {
        let outcome = try await Spawn.run(
            asServerUser([bindir + "/pg_ctl", "stop", "-D", dataDirectory, "-m", mode, "-w", "-t", "600"]),
            log: folder + "/pg_ctl.log")
        guard outcome.status == 0 else { throw FaultTestError("pg_ctl stop failed: \(outcome.output)") }
    }

    /// Creates the `fefta` database and applies every migration.
    func createDatabase() async throws {
        let logger = Logger(label: "feftad.fault-tests")
        let admin = DatabasePoolConfiguration(
            connectionString: try ConnectionString(validating: "postgresql://fefta@127.0.0.1:\(port)/postgres"),
            maximumConnections: 1, applicationName: "fefta-test")
        try await withDatabasePool(admin, logger: logger) { pool in
            try await pool.withConnection(logger: logger) { session in
                try await session.execute("CREATE DATABASE fefta", logger: logger)
            }
        }
        try await withPool { pool in
            _ = try await SchemaMigrator().migrate(pool: pool, logger: logger)
        }
    }

    /// Runs `body` with a pool on the `fefta` database (application name `fefta-test`, never mistaken for a daemon).
    func withPool<Result>(
        connections: Int = 2, _ body: (DatabasePool) async throws -> Result
    ) async throws -> Result {
        let configuration = DatabasePoolConfiguration(
            connectionString: try ConnectionString(validating: url), maximumConnections: connections,
            applicationName: "fefta-test")
        return try await withDatabasePool(configuration, logger: Logger(label: "feftad.fault-tests"), body)
    }
}

/// A failed precondition of a fault test, with what to do.
struct FaultTestError: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}
