#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The operating-system account that owns and runs the embedded PostgreSQL server.
///
/// PostgreSQL refuses to run as root (initdb, pg_ctl and postgres all exit with "cannot be run as root"). When fefta
/// runs as a normal user, the server runs as that user. When fefta runs as root (as CI does), it runs the server as
/// the unprivileged `postgres` system account that Debian's `postgresql` package creates, through
/// `runuser -u postgres --`, and gives that account the cluster folder.
package enum ServerAccount: Sendable, Hashable {
    /// The user running fefta.
    case currentUser
    /// A system account, used when fefta runs as root.
    case systemUser(String)

    /// The account for a process whose effective user is root (`isRoot`) or not.
    package static func forProcess(isRoot: Bool) -> ServerAccount {
        isRoot ? .systemUser("postgres") : .currentUser
    }

    /// The command line that runs `executable` as this account.
    ///
    /// - Parameters:
    ///   - executable: the program's absolute path.
    ///   - arguments: its arguments.
    ///   - runuser: the path of `runuser` (util-linux).
    /// - Returns: the program and arguments to start: unchanged for ``currentUser``; wrapped as
    ///   `runuser -u <name> -- <executable> <arguments…>` for a system account.
    package func command(
        _ executable: String,
        _ arguments: [String],
        runuser: String = "/usr/sbin/runuser"
    ) -> (executable: String, arguments: [String]) {
        switch self {
        case .currentUser:
            return (executable, arguments)
        case .systemUser(let name):
            return (runuser, ["-u", name, "--", executable] + arguments)
        }
    }

    /// The account's user and group IDs, or `nil` when ``systemUser(_:)`` names no account.
    var ids: (user: uid_t, group: gid_t)? {
        switch self {
        case .currentUser:
            return (geteuid(), getegid())
        case .systemUser(let name):
            guard let entry = getpwnam(name) else { return nil }
            return (entry.pointee.pw_uid, entry.pointee.pw_gid)
        }
    }

    /// The account's name for messages.
    package var name: String {
        switch self {
        case .currentUser: "the current user"
        case .systemUser(let name): "the '\(name)' system user"
        }
    }
}
