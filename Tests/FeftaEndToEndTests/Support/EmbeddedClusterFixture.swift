import DatabaseTestSupport
import Foundation
import LibPQ

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A temporary `FEFTA_HOME` for running `fefta db …` against its own embedded cluster.
///
/// The folder is under the system's temporary folder and traversable by every user, so that when the tests run as
/// root the `postgres` account (which runs the server then) can reach it. ``withEmbeddedHome(_:)`` stops any server
/// left running and deletes the folder however the body ends.
struct EmbeddedClusterFixture {
    /// The `FEFTA_HOME` to use.
    let home: String

    /// The environment for `fefta`: this home, and no configured database, so the embedded cluster is used.
    var environment: [String: String] {
        ["FEFTA_HOME": home, "FEFTA_DATABASE_URL": ""]
    }

    /// The URL `fefta db url` prints for this home.
    func url() async throws -> String {
        try await FeftaProcess.run(["db", "url"], environment: environment).standardOutput
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Runs `body` on a connection to the running cluster as its superuser, through the URL `fefta db url` prints.
    func withSuperuserSession<Result: Sendable>(_ body: (DatabaseSession) async throws -> Result) async throws
        -> Result
    {
        let logger = DatabaseTestEnvironment.logger
        let configuration = DatabasePoolConfiguration(
            connectionString: try ConnectionString(validating: try await url()), maximumConnections: 1)
        return try await withDatabasePool(configuration, logger: logger) { pool in
            try await pool.withConnection(logger: logger) { session in try await body(session) }
        }
    }

    /// Runs `body` with a fresh fixture, then stops its server and removes it.
    static func withEmbeddedHome(_ body: (EmbeddedClusterFixture) async throws -> Void) async throws {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent(
            "fefta-e2e-db-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        _ = chmod(parent.path, 0o755)
        let fixture = EmbeddedClusterFixture(home: parent.path + "/home")
        let outcome: Result<Void, any Error>
        do {
            outcome = .success(try await body(fixture))
        } catch {
            outcome = .failure(error)
        }
        _ = try? await FeftaProcess.run(["db", "stop"], environment: fixture.environment)
        try? FileManager.default.removeItem(at: parent)
        try outcome.get()
    }
}
