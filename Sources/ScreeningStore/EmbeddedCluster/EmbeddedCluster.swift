import Foundation
package import LibPQ

/// fefta's private PostgreSQL cluster, used when no database is configured.
///
/// Layout under `$FEFTA_HOME` (see ``FeftaHome``):
///
/// ```
/// $FEFTA_HOME/postgres/          0700, owned by the server account (see ServerAccount)
///     data/                      the cluster (initdb), with its Unix socket .s.PGSQL.5432
///     server.log                 the server's log
/// ```
///
/// The server listens only on a Unix socket inside its data folder (`listen_addresses = ''`), so it opens no TCP
/// port and cannot clash with another PostgreSQL. Local connections use `trust` authentication as the superuser
/// `fefta`; that is safe because only the server account (and root) can enter the 0700 folder holding the socket.
/// The database is `fefta`.
package struct EmbeddedCluster: Sendable, Hashable {
    /// fefta's home folder.
    package let home: String
    /// The account that owns and runs the server.
    package let account: ServerAccount
    /// The environment used to find the server programs (`FEFTA_PG_BINDIR`, `PATH`).
    let programSearchEnvironment: [String: String]

    /// The port number in the socket's name (no TCP port is opened).
    package static let port = 5432
    /// The superuser initdb creates.
    package static let superuser = "fefta"
    /// The database fefta uses.
    package static let database = "fefta"
    /// The longest Unix socket path Linux accepts (`sizeof(sun_path)` is 108, including the final NUL).
    package static let maximumSocketPathLength = 107

    /// The cluster for the given environment.
    ///
    /// - Parameters:
    ///   - environment: the process environment (`FEFTA_HOME`, `HOME`, `XDG_DATA_HOME`, `FEFTA_PG_BINDIR`, `PATH`).
    ///   - effectiveUserIsRoot: whether fefta runs as root (then the server runs as `postgres`).
    /// - Throws: ``ConfigurationError`` when the home folder cannot be determined.
    package init(environment: [String: String], effectiveUserIsRoot: Bool) throws(ConfigurationError) {
        self.home = try FeftaHome.resolve(environment: environment, effectiveUserIsRoot: effectiveUserIsRoot)
        self.account = ServerAccount.forProcess(isRoot: effectiveUserIsRoot)
        self.programSearchEnvironment = environment.filter { $0.key == "FEFTA_PG_BINDIR" || $0.key == "PATH" }
    }

    /// The folder that holds the cluster and its log.
    package var clusterDirectory: String { home + "/postgres" }
    /// The data folder (`PGDATA`).
    package var dataDirectory: String { clusterDirectory + "/data" }
    /// The server's log file.
    package var logFile: String { clusterDirectory + "/server.log" }
    /// The folder holding the Unix socket.
    package var socketDirectory: String { dataDirectory }
    /// The Unix socket's path.
    package var socketPath: String { socketDirectory + "/.s.PGSQL.\(EmbeddedCluster.port)" }

    /// A libpq URI for the superuser and the `fefta` database, such as
    /// `postgresql://fefta@/fefta?host=/var/lib/fefta/postgres/data&port=5432`.
    package var uri: String {
        "postgresql://\(EmbeddedCluster.superuser)@/\(EmbeddedCluster.database)?host="
            + EmbeddedCluster.percentEncoded(socketDirectory) + "&port=\(EmbeddedCluster.port)"
    }

    /// ``uri`` as a connection string.
    package var connectionString: ConnectionString {
        // The URI is built from a path we percent-encode, so libpq always accepts it.
        (try? ConnectionString(validating: uri)) ?? .environmentDefaults
    }

    /// The same cluster's `postgres` maintenance database (used to create `fefta`).
    var maintenanceURI: String {
        "postgresql://\(EmbeddedCluster.superuser)@/postgres?host="
            + EmbeddedCluster.percentEncoded(socketDirectory) + "&port=\(EmbeddedCluster.port)"
    }

    /// Checks that the socket path fits in a Unix socket address.
    ///
    /// - Throws: ``EmbeddedClusterError/Code/socketPathTooLong`` naming the path and the limit.
    package func checkSocketPath() throws(EmbeddedClusterError) {
        let length = socketPath.utf8.count
        guard length <= EmbeddedCluster.maximumSocketPathLength else {
            throw EmbeddedClusterError(
                .socketPathTooLong,
                "the embedded cluster's socket path \(socketPath) is \(length) bytes, but Unix sockets allow at most "
                    + "\(EmbeddedCluster.maximumSocketPathLength); set FEFTA_HOME to a shorter folder"
            )
        }
    }

    /// Percent-encodes everything except unreserved characters and `/`, for a URI query value.
    static func percentEncoded(_ text: String) -> String {
        var encoded = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"), UInt8(ascii: "/"):
                encoded.append(Character(Unicode.Scalar(byte)))
            default:
                let digits = Array("0123456789ABCDEF")
                encoded += "%" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0x0F)])
            }
        }
        return encoded
    }

    /// The settings fefta writes to `fefta.conf` at every start (included at the end of `postgresql.conf`, so lines
    /// added after the include still win).
    var serverSettings: String {
        let directory = socketDirectory.replacingOccurrences(of: "'", with: "''")
        return """
            # Written by fefta at every `fefta db start`; edits here are lost. To change a setting, add it at the
            # end of postgresql.conf, after the include line (for TCP: listen_addresses = 'localhost').
            listen_addresses = ''
            port = \(EmbeddedCluster.port)
            unix_socket_directories = '\(directory)'
            unix_socket_permissions = 0700

            """
    }
}
