/// Where fefta keeps its local state, above all the embedded PostgreSQL cluster.
package enum FeftaHome {
    /// The default home when fefta runs as root.
    ///
    /// design.md §2 says `~/.local/share/fefta`, but root's home (`/root`) is mode 0700 and the embedded server
    /// runs as the unprivileged `postgres` user (PostgreSQL refuses to run as root), which could not reach a
    /// cluster there. Root therefore defaults to the system-wide data folder `/var/lib/fefta`.
    package static let rootDefault = "/var/lib/fefta"

    /// Resolves fefta's home folder.
    ///
    /// In order: `FEFTA_HOME`; as root, ``rootDefault``; `$XDG_DATA_HOME/fefta`; `$HOME/.local/share/fefta`.
    ///
    /// - Parameters:
    ///   - environment: the process environment (`ProcessInfo.processInfo.environment`, or a literal in tests).
    ///   - effectiveUserIsRoot: whether fefta runs with effective user ID 0.
    /// - Returns: an absolute path without a trailing slash.
    /// - Throws: ``ConfigurationError`` when `FEFTA_HOME` is relative, or neither it nor `HOME` is set.
    package static func resolve(
        environment: [String: String],
        effectiveUserIsRoot: Bool
    ) throws(ConfigurationError) -> String {
        if let home = environment["FEFTA_HOME"], !home.isEmpty {
            guard home.hasPrefix("/") else {
                throw ConfigurationError(key: "FEFTA_HOME", message: "must be an absolute path (starting with /)")
            }
            return trimmed(home)
        }
        if effectiveUserIsRoot { return rootDefault }
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
            return trimmed(data) + "/fefta"
        }
        guard let home = environment["HOME"], home.hasPrefix("/") else {
            throw ConfigurationError(
                key: "FEFTA_HOME",
                message: "is not set and neither is HOME; set FEFTA_HOME to the folder for fefta's local database"
            )
        }
        return trimmed(home) + "/.local/share/fefta"
    }

    private static func trimmed(_ path: String) -> String {
        var path = Substring(path)
        while path.count > 1, path.hasSuffix("/") { path = path.dropLast() }
        return String(path)
    }
}
