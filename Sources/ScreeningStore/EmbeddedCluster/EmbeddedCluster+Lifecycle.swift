import Foundation
import LibPQ
package import Logging

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension EmbeddedCluster {
    /// Whether the cluster exists and runs.
    package enum State: Sendable, Hashable {
        /// `initdb` has not been run yet.
        case notInitialised
        /// The cluster exists but no server runs.
        case stopped
        /// The server runs.
        case running
    }

    /// What ``start(logger:)`` did.
    package enum StartOutcome: Sendable, Hashable {
        /// The server was started; `initialised` is `true` when the cluster was created first.
        case started(initialised: Bool)
        /// The server was already running.
        case alreadyRunning
    }

    /// What ``stop(logger:)`` did.
    package enum StopOutcome: Sendable, Hashable {
        /// The server was stopped.
        case stopped
        /// No server was running.
        case notRunning
    }

    /// Creates the cluster if needed, starts the server if it is not running, and makes sure the `fefta` database
    /// exists. Idempotent: starting a running cluster is a success.
    ///
    /// Returns once the server accepts connections (`pg_ctl start -w`, up to 60 seconds).
    ///
    /// - Parameter logger: for progress (at `debug`).
    /// - Returns: whether the server was started or already running.
    /// - Throws: ``EmbeddedClusterError`` saying what failed and, for server failures, where the log is.
    package func start(logger: Logger) async throws(EmbeddedClusterError) -> StartOutcome {
        try checkSocketPath()
        let programs = try await PostgresServerPrograms.locate(environment: programSearchEnvironment)
        let runuser = try runuserPath()
        try await prepareDirectories(runuser: runuser)
        return try await withClusterLock { () async throws(EmbeddedClusterError) -> StartOutcome in
            var initialised = false
            if !FileManager.default.fileExists(atPath: dataDirectory + "/PG_VERSION") {
                try await initialise(programs: programs, runuser: runuser, logger: logger)
                initialised = true
            }
            try writeServerSettings()
            if try await state(programs: programs, runuser: runuser) == .running {
                try await ensureDatabase(logger: logger)
                return .alreadyRunning
            }
            logger.debug("starting the embedded PostgreSQL server", metadata: ["db.data": "\(dataDirectory)"])
            let outcome = try await run(
                programs.pgCtl,
                ["start", "-D", dataDirectory, "-l", logFile, "-w", "-t", "60", "-s"],
                runuser: runuser
            )
            guard outcome.status == 0 else {
                throw EmbeddedClusterError(
                    .startFailed,
                    "the embedded PostgreSQL server did not start (pg_ctl exited with status \(outcome.status))",
                    logFile: logFile,
                    output: [outcome.lastLines(5), logTail()].filter { !$0.isEmpty }.joined(separator: "\n")
                )
            }
            try await ensureDatabase(logger: logger)
            return .started(initialised: initialised)
        }
    }

    /// Stops the server with a fast shutdown (open transactions are rolled back). Idempotent: stopping a stopped or
    /// never-created cluster is a success.
    ///
    /// - Parameter logger: for progress (at `debug`).
    /// - Throws: ``EmbeddedClusterError``.
    package func stop(logger: Logger) async throws(EmbeddedClusterError) -> StopOutcome {
        guard FileManager.default.fileExists(atPath: dataDirectory + "/PG_VERSION") else { return .notRunning }
        let programs = try await PostgresServerPrograms.locate(environment: programSearchEnvironment)
        let runuser = try runuserPath()
        return try await withClusterLock { () async throws(EmbeddedClusterError) -> StopOutcome in
            guard try await state(programs: programs, runuser: runuser) == .running else { return .notRunning }
            logger.debug("stopping the embedded PostgreSQL server", metadata: ["db.data": "\(dataDirectory)"])
            let outcome = try await run(
                programs.pgCtl, ["stop", "-D", dataDirectory, "-m", "fast", "-w", "-t", "60", "-s"], runuser: runuser)
            guard outcome.status == 0 else {
                throw EmbeddedClusterError(
                    .stopFailed,
                    "the embedded PostgreSQL server did not stop (pg_ctl exited with status \(outcome.status))",
                    logFile: logFile,
                    output: outcome.lastLines(5)
                )
            }
            return .stopped
        }
    }

    /// Whether the cluster exists and its server runs.
    ///
    /// - Throws: ``EmbeddedClusterError`` when the programs are missing or `pg_ctl status` fails unexpectedly.
    package func state() async throws(EmbeddedClusterError) -> State {
        guard FileManager.default.fileExists(atPath: dataDirectory + "/PG_VERSION") else { return .notInitialised }
        let programs = try await PostgresServerPrograms.locate(environment: programSearchEnvironment)
        return try await state(programs: programs, runuser: try runuserPath())
    }

    private func state(programs: PostgresServerPrograms, runuser: String) async throws(EmbeddedClusterError) -> State {
        let outcome = try await run(programs.pgCtl, ["status", "-D", dataDirectory], runuser: runuser)
        switch outcome.status {
        case 0: return .running
        case 3: return .stopped
        default:
            throw EmbeddedClusterError(
                .statusFailed,
                "could not tell whether the embedded PostgreSQL server runs (pg_ctl status exited with status "
                    + "\(outcome.status))",
                output: outcome.lastLines(3)
            )
        }
    }

    private func initialise(programs: PostgresServerPrograms, runuser: String, logger: Logger)
        async throws(EmbeddedClusterError)
    {
        if let contents = try? FileManager.default.contentsOfDirectory(atPath: dataDirectory), !contents.isEmpty {
            throw EmbeddedClusterError(
                .initFailed,
                "\(dataDirectory) exists but holds no PostgreSQL cluster (no PG_VERSION); move it away and run "
                    + "`fefta db start` again"
            )
        }
        logger.debug("creating the embedded PostgreSQL cluster", metadata: ["db.data": "\(dataDirectory)"])
        let outcome = try await run(
            programs.initdb,
            [
                "-D", dataDirectory, "-U", EmbeddedCluster.superuser, "--auth-local=trust",
                "--auth-host=scram-sha-256", "--encoding=UTF8", "--locale=C",
            ],
            runuser: runuser
        )
        guard outcome.status == 0 else {
            throw EmbeddedClusterError(
                .initFailed,
                "initdb could not create the embedded cluster in \(dataDirectory) (status \(outcome.status))",
                output: outcome.lastLines(8)
            )
        }
        do {
            let configuration = try FileHandle(forWritingTo: URL(fileURLWithPath: dataDirectory + "/postgresql.conf"))
            defer { try? configuration.close() }
            try configuration.seekToEnd()
            try configuration.write(
                contentsOf: Data("\n# fefta's settings (socket only, no TCP).\ninclude_if_exists = 'fefta.conf'\n".utf8)
            )
        } catch {
            throw EmbeddedClusterError(
                .initFailed, "could not add fefta's settings to \(dataDirectory)/postgresql.conf")
        }
    }

    /// Writes `fefta.conf` (socket folder and no TCP), owned by the server account.
    private func writeServerSettings() throws(EmbeddedClusterError) {
        let path = dataDirectory + "/fefta.conf"
        guard
            FileManager.default.createFile(
                atPath: path, contents: Data(serverSettings.utf8), attributes: [.posixPermissions: 0o600])
        else {
            throw EmbeddedClusterError(.startFailed, "could not write \(path)")
        }
        if let ids = account.ids, case .systemUser = account { _ = chown(path, ids.user, ids.group) }
    }

    /// Creates `$FEFTA_HOME` and the cluster folder, owned by the server account, and checks the account can
    /// reach it.
    private func prepareDirectories(runuser: String) async throws(EmbeddedClusterError) {
        guard let ids = account.ids else {
            throw EmbeddedClusterError(
                .serverAccountMissing,
                "fefta runs as root, so it runs PostgreSQL as \(account.name), which does not exist; install the "
                    + "server (`apt-get install postgresql` creates that user) or run fefta as a normal user"
            )
        }
        let isRoot = geteuid() == 0
        do {
            try makeDirectory(home, mode: isRoot ? 0o755 : 0o700)
            try makeDirectory(clusterDirectory, mode: 0o700)
        } catch {
            throw EmbeddedClusterError(
                .homeNotUsable,
                "could not create \(clusterDirectory): \(error.localizedDescription); set FEFTA_HOME to a folder you "
                    + "can write"
            )
        }
        var info = stat()
        guard stat(clusterDirectory, &info) == 0 else {
            throw EmbeddedClusterError(.homeNotUsable, "could not read \(clusterDirectory)")
        }
        if case .systemUser(let name) = account {
            // Take over only a folder we just made (owned by root); never one that belongs to someone else.
            if info.st_uid != ids.user {
                guard info.st_uid == 0, chown(clusterDirectory, ids.user, ids.group) == 0 else {
                    throw EmbeddedClusterError(
                        .homeNotUsable,
                        "\(clusterDirectory) belongs to another user (uid \(info.st_uid)), not to '\(name)', which runs "
                            + "the server when fefta runs as root; use another FEFTA_HOME"
                    )
                }
            }
            let check = try? await ProgramRunner.run(runuser, ["-u", name, "--", "test", "-w", clusterDirectory])
            guard check?.status == 0 else {
                throw EmbeddedClusterError(
                    .homeNotUsable,
                    "FEFTA_HOME=\(home) cannot be reached by the '\(name)' user that runs the embedded server when fefta "
                        + "runs as root (a folder above it, such as /root, is closed to other users); use a folder "
                        + "such as \(FeftaHome.rootDefault), the default for root"
                )
            }
        } else {
            if info.st_uid != ids.user {
                throw EmbeddedClusterError(
                    .homeNotUsable,
                    "\(clusterDirectory) belongs to another user (uid \(info.st_uid)); set FEFTA_HOME to a folder of "
                        + "your own"
                )
            }
        }
    }

    /// Creates missing folders along `path`; only the last gets `mode`, parents get 0755 (like `mkdir -p`).
    private func makeDirectory(_ path: String, mode: mode_t) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue { return }
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != path {
            try makeDirectory(parent, mode: 0o755)
        }
        if mkdir(path, mode) != 0, errno != EEXIST {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
        }
        _ = chmod(path, mode)
    }

    /// Runs a server program as the server account.
    private func run(_ executable: String, _ arguments: [String], runuser: String)
        async throws(EmbeddedClusterError) -> ProgramRunner.Outcome
    {
        let command = account.command(executable, arguments, runuser: runuser)
        do {
            return try await ProgramRunner.run(command.executable, command.arguments)
        } catch {
            throw EmbeddedClusterError(
                .commandFailed, "could not run \(executable): \(error.localizedDescription)")
        }
    }

    /// Creates the `fefta` database if the server lacks it.
    private func ensureDatabase(logger: Logger) async throws(EmbeddedClusterError) {
        do {
            let maintenance = try ConnectionString(validating: maintenanceURI)
            try await withDatabasePool(
                DatabasePoolConfiguration(connectionString: maintenance, maximumConnections: 1),
                logger: logger
            ) { pool in
                try await pool.withConnection(logger: logger) { session in
                    let exists = try await session.query(
                        "SELECT 1 FROM pg_database WHERE datname = \(EmbeddedCluster.database)", logger: logger)
                    guard exists.rowCount == 0 else { return }
                    do {
                        try await session.execute(
                            "CREATE DATABASE \(identifier: EmbeddedCluster.database)", logger: logger)
                    } catch let error as PQError where error.sqlState == .duplicateDatabase {
                        // Created meanwhile by a concurrent start.
                    }
                }
            }
        } catch {
            throw EmbeddedClusterError(
                .startFailed,
                "the embedded server runs but the '\(EmbeddedCluster.database)' database could not be created: \(error)",
                logFile: logFile
            )
        }
    }

    /// Where `runuser` is, when the server account needs it.
    private func runuserPath() throws(EmbeddedClusterError) -> String {
        guard case .systemUser = account else { return "" }
        let candidates = ["/usr/sbin/runuser", "/sbin/runuser", "/usr/bin/runuser", "/bin/runuser"]
        guard let path = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw EmbeddedClusterError(
                .commandFailed,
                "fefta runs as root and needs runuser (package util-linux) to run PostgreSQL as an unprivileged user"
            )
        }
        return path
    }

    /// The last lines of the server log.
    private func logTail() -> String {
        guard let text = try? String(contentsOfFile: logFile, encoding: .utf8) else { return "" }
        return text.split(separator: "\n").suffix(10).joined(separator: "\n")
    }

    /// Holds an exclusive lock on the cluster folder while `body` runs, so concurrent starts and stops take turns.
    private func withClusterLock<Result>(
        _ body: () async throws(EmbeddedClusterError) -> Result
    ) async throws(EmbeddedClusterError) -> Result {
        let path = clusterDirectory + "/.fefta.lock"
        let descriptor = open(path, O_CREAT | O_RDWR | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw EmbeddedClusterError(.homeNotUsable, "could not open the lock file \(path)")
        }
        defer { close(descriptor) }
        if let ids = account.ids, case .systemUser = account { _ = fchown(descriptor, ids.user, ids.group) }
        let deadline = ContinuousClock.now + .seconds(120)
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard ContinuousClock.now < deadline else {
                throw EmbeddedClusterError(
                    .startFailed, "another fefta process has held \(path) for two minutes; is a start or stop stuck?")
            }
            try? await Task.sleep(for: .milliseconds(100))
        }
        defer { flock(descriptor, LOCK_UN) }
        return try await body()
    }
}
