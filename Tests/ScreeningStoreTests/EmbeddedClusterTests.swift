import DatabaseTestSupport
import Foundation
import LibPQ
import Testing

@testable import ScreeningStore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The embedded cluster, with real initdb, pg_ctl and postgres processes in a temporary `FEFTA_HOME`.
///
/// As root (CI) the server runs as `postgres` through runuser; as a normal user it runs as that user. Both paths go
/// through the same code; the test only makes sure `postgres` can reach the temporary folder.
@Suite struct EmbeddedClusterTests {
    /// A fresh folder that every user can traverse, removed afterwards (after stopping any server in it).
    private func withTemporaryHome(_ body: (EmbeddedCluster) async throws -> Void) async throws {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent(
            "fefta-ec-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        _ = chmod(parent.path, 0o755)
        let cluster = try EmbeddedCluster(
            environment: ProcessInfo.processInfo.environment.merging(["FEFTA_HOME": parent.path + "/home"]) { $1 },
            effectiveUserIsRoot: geteuid() == 0
        )
        do {
            try await body(cluster)
        } catch {
            _ = try? await cluster.stop(logger: DatabaseTestEnvironment.logger)
            try? FileManager.default.removeItem(at: parent)
            throw error
        }
        _ = try? await cluster.stop(logger: DatabaseTestEnvironment.logger)
        try? FileManager.default.removeItem(at: parent)
    }

    @Test(.hangGuard)
    func startStartStopStopIsIdempotent() async throws {
        let logger = DatabaseTestEnvironment.logger
        try await withTemporaryHome { cluster in
            #expect(try await cluster.state() == .notInitialised)
            #expect(try await cluster.stop(logger: logger) == .notRunning)
            #expect(try await cluster.start(logger: logger) == .started(initialised: true))
            #expect(try await cluster.start(logger: logger) == .alreadyRunning)
            #expect(try await cluster.state() == .running)

            try await withDatabasePool(
                DatabasePoolConfiguration(connectionString: cluster.connectionString), logger: logger
            ) {
                pool in
                try await pool.withConnection(logger: logger) { session in
                    let (user, database, listen, socket) = try await session.query(
                        """
                        SELECT current_user::text, current_database()::text, current_setting('listen_addresses'),
                               current_setting('unix_socket_directories')
                        """,
                        logger: logger
                    ).decodeOne((String, String, String, String).self)
                    #expect(user == "fefta")
                    #expect(database == "fefta")
                    #expect(listen == "", "the embedded cluster must not open a TCP port")
                    #expect(socket == cluster.socketDirectory)
                }
            }
            var info = stat()
            #expect(stat(cluster.clusterDirectory, &info) == 0)
            #expect(info.st_mode & 0o777 == 0o700, "the socket's folder guards trust authentication")

            #expect(try await cluster.stop(logger: logger) == .stopped)
            #expect(try await cluster.stop(logger: logger) == .notRunning)
            #expect(try await cluster.state() == .stopped)
            #expect(try await cluster.start(logger: logger) == .started(initialised: false))
            #expect(try await cluster.stop(logger: logger) == .stopped)
        }
    }

    @Test func aSocketPathOverTheLimitIsRefusedBeforeAnythingRuns() throws {
        let home = "/tmp/" + String(repeating: "x", count: 90)
        let cluster = try EmbeddedCluster(environment: ["FEFTA_HOME": home], effectiveUserIsRoot: false)
        #expect(cluster.socketPath.utf8.count > EmbeddedCluster.maximumSocketPathLength)
        do {
            try cluster.checkSocketPath()
            Issue.record("a \(cluster.socketPath.utf8.count)-byte socket path was accepted")
        } catch {
            #expect(error.code == .socketPathTooLong)
            #expect(error.description.contains("FEFTA_HOME"))
            #expect(error.description.contains("107"))
        }
        let fits = try EmbeddedCluster(environment: ["FEFTA_HOME": "/var/lib/fefta"], effectiveUserIsRoot: true)
        #expect(throws: Never.self) { try fits.checkSocketPath() }
    }

    /// As root, a home the `postgres` user cannot traverse (inside a 0700 folder) is refused with advice; as a
    /// normal user, a home that cannot be created is refused. Both name the folder.
    @Test(.hangGuard)
    func anUnusableHomeIsAClearError() async throws {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent(
            "fefta-closed-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: parent) }
        _ = chmod(parent.path, 0o700)
        let isRoot = geteuid() == 0
        let home = isRoot ? parent.path + "/home" : "/proc/fefta-cannot-exist"
        let cluster = try EmbeddedCluster(
            environment: ["FEFTA_HOME": home, "PATH": "/usr/bin:/bin"], effectiveUserIsRoot: isRoot)
        do {
            _ = try await cluster.start(logger: DatabaseTestEnvironment.logger)
            Issue.record("started a cluster in an unusable home")
        } catch {
            #expect(error.code == .homeNotUsable)
            #expect(error.description.contains(isRoot ? home : "/proc/fefta-cannot-exist"))
            if isRoot { #expect(error.description.contains("/var/lib/fefta")) }
        }
    }

    @Test(arguments: ["/tmp/with space/fefta", "/srv/株式会社/it's", "/tmp/a&b=c?d#e%f"])
    func theURIOfAnyHomeIsAValidLibpqURIWithTheSocketFolder(_ home: String) throws {
        let cluster = try EmbeddedCluster(environment: ["FEFTA_HOME": home], effectiveUserIsRoot: false)
        #expect(cluster.connectionString.rawValue == cluster.uri)
        let options = Dictionary(
            uniqueKeysWithValues: try cluster.connectionString.explicitOptions().map { ($0.keyword, $0.value) })
        #expect(options["host"] == home + "/postgres/data")
        #expect(options["port"] == "5432")
        #expect(options["user"] == "fefta")
        #expect(options["dbname"] == "fefta")
    }

    @Test func rootRunsTheServerAsPostgresThroughRunuser() {
        #expect(ServerAccount.forProcess(isRoot: true) == .systemUser("postgres"))
        #expect(ServerAccount.forProcess(isRoot: false) == .currentUser)
        let wrapped = ServerAccount.systemUser("postgres").command(
            "/usr/lib/postgresql/15/bin/pg_ctl", ["status", "-D", "/d"])
        #expect(wrapped.executable == "/usr/sbin/runuser")
        #expect(
            wrapped.arguments == ["-u", "postgres", "--", "/usr/lib/postgresql/15/bin/pg_ctl", "status", "-D", "/d"])
        let direct = ServerAccount.currentUser.command("/usr/bin/initdb", ["-D", "/d"])
        #expect(direct.executable == "/usr/bin/initdb")
        #expect(direct.arguments == ["-D", "/d"])
    }

    @Test func serverProgramsAreFoundInOrderOfPreference() throws {
        let present: Set<String> = [
            "/opt/pg/bin/initdb", "/opt/pg/bin/pg_ctl", "/usr/lib/postgresql/13/bin/initdb",
            "/usr/lib/postgresql/13/bin/pg_ctl", "/usr/lib/postgresql/16/bin/initdb",
            "/usr/lib/postgresql/16/bin/pg_ctl",
            "/usr/local/bin/initdb", "/usr/local/bin/pg_ctl",
        ]
        let exists = { (path: String) in present.contains(path) }
        func choose(_ override: String?, _ pgConfig: String?, _ versions: [String]) throws -> String {
            try PostgresServerPrograms.choose(
                override: override, pgConfigDirectory: pgConfig, debianVersions: versions,
                pathDirectories: ["/usr/bin", "/usr/local/bin"], isExecutable: exists
            ).directory
        }
        #expect(try choose("/opt/pg/bin", "/usr/lib/postgresql/13/bin", ["13", "16"]) == "/opt/pg/bin")
        #expect(try choose(nil, "/usr/lib/postgresql/13/bin", ["13", "16"]) == "/usr/lib/postgresql/13/bin")
        #expect(try choose(nil, "/usr/lib/postgresql/15/bin", ["9.6", "13", "16"]) == "/usr/lib/postgresql/16/bin")
        #expect(try choose(nil, nil, []) == "/usr/local/bin")
        do {
            _ = try PostgresServerPrograms.choose(
                override: nil, pgConfigDirectory: nil, debianVersions: [], pathDirectories: ["/usr/bin"],
                isExecutable: exists)
            Issue.record("found programs that are not there")
        } catch {
            #expect(error.code == .serverProgramsMissing)
            #expect(error.description.contains("apt-get install postgresql"))
        }
        #expect(throws: EmbeddedClusterError.self) { try choose("/wrong", nil, ["16"]) }
    }
}
