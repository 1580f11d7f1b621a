import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// PgBouncer in transaction mode in front of a ``ThrowawayServer``: each transaction of each client may run on a
/// different server connection, and several clients share a few server connections in turn.
///
/// Runs as the server's account (PgBouncer refuses root, as PostgreSQL does), with its configuration, log and pid
/// file in the server's folder; ``withPgBouncer(in:serverConnections:_:)`` stops it however the test ends.
struct PgBouncer: Sendable {
    let port: Int
    let folder: String

    /// The `fefta` database, through PgBouncer.
    var url: String { "postgresql://fefta@127.0.0.1:\(port)/fefta" }

    static var executable: String? {
        ["/usr/sbin/pgbouncer", "/usr/bin/pgbouncer"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs `body` with PgBouncer started in front of `server`'s `fefta` database, lending at most
    /// `serverConnections` server connections to all its clients.
    static func withPgBouncer<Result>(
        in server: ThrowawayServer, serverConnections: Int, _ body: (PgBouncer) async throws -> Result
    ) async throws -> Result {
        guard let executable else {
            throw FaultTestError("pgbouncer is missing: apt-get install pgbouncer (Deploy/test.sh installs it)")
        }
        let bouncer = try await start(executable, in: server, serverConnections: serverConnections)
        defer { bouncer.stop() }
        return try await body(bouncer)
    }

    /// Starts PgBouncer on a random free port: another one whenever the chosen port is taken (on a busy machine,
    /// by another test's server), up to eight times.
    private static func start(_ executable: String, in server: ThrowawayServer, serverConnections: Int) async throws
        -> PgBouncer
    {
        for attempt in 1...8 {
            var port = server.port
            while port == server.port { port = Int.random(in: 20_000..<60_000) }
            let bouncer = PgBouncer(port: port, folder: server.folder)
            let configuration = server.folder + "/pgbouncer.ini"
            try """
            [databases]
            fefta = host=127.0.0.1 port=\(server.port) dbname=fefta user=fefta

            [pgbouncer]
            listen_addr = 127.0.0.1
            listen_port = \(bouncer.port)
            unix_socket_dir =
            auth_type = any
            pool_mode = transaction
            default_pool_size = \(serverConnections)
            max_client_conn = 200
            logfile = \(server.folder)/pgbouncer.log
            pidfile = \(server.folder)/pgbouncer.pid

            """.write(toFile: configuration, atomically: true, encoding: .utf8)
            _ = chmod(configuration, 0o644)
            try? FileManager.default.removeItem(atPath: server.folder + "/pgbouncer.log")
            let outcome = try await Spawn.run(
                server.asServerUser([executable, "-d", configuration]), log: server.folder + "/pgbouncer-start.log")
            let taken = {
                outcome.output.contains("Address already in use") || bouncer.log.contains("Address already in use")
            }
            if outcome.status == 0 {
                let listening = try await FaultFixture.waitUntil(timeout: FaultFixture.patience) {
                    taken() || (bouncer.log.contains("listening on 127.0.0.1:\(port)") && bouncer.acceptsConnections)
                }
                if listening && !taken() { return bouncer }
                bouncer.stop()
                if !taken() {
                    throw FaultTestError("pgbouncer does not accept connections: \(bouncer.log.suffix(2000))")
                }
            } else if !taken() || attempt == 8 {
                throw FaultTestError("pgbouncer did not start: \(outcome.output)")
            }
        }
        throw FaultTestError("pgbouncer found no free port in eight tries")
    }

    /// What PgBouncer logged.
    var log: String {
        (try? String(contentsOfFile: folder + "/pgbouncer.log", encoding: .utf8)) ?? ""
    }

    /// Whether a TCP connection to its port succeeds.
    private var acceptsConnections: Bool {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
            }
        }
    }

    /// Stops PgBouncer (SIGTERM, then SIGKILL after five seconds).
    private func stop() {
        guard let text = try? String(contentsOfFile: folder + "/pgbouncer.pid", encoding: .utf8),
            let pid = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines))
        else { return }
        kill(pid, SIGTERM)
        for _ in 0..<100 where kill(pid, 0) == 0 { usleep(50_000) }
        kill(pid, SIGKILL)
    }
}
