package import LibPQ

/// Which database fefta and feftad use, and why.
///
/// Resolved by ``resolve(databaseURL:environment:effectiveUserIsRoot:)``, the one place that applies the
/// precedence (design.md §2, STYLE §2.6):
///
/// 1. `--database-url` (a flag of `fefta` and `feftad`);
/// 2. `FEFTA_DATABASE_URL`;
/// 3. libpq's own `PG*` connection variables (``libpqConnectionVariables``): libpq reads them itself, together with
///    `~/.pgpass` and service files, from an empty connection string;
/// 4. the embedded cluster under `$FEFTA_HOME` (see ``EmbeddedCluster``).
///
/// A URL may be a `postgresql://` URI or a `keyword=value` string. Whatever is given is passed to libpq unchanged,
/// so `PG*` variables still fill in what a URL leaves out, exactly as with `psql`.
package struct DatabaseConfiguration: Sendable {
    /// Where the configuration came from.
    package enum Source: Sendable, Equatable {
        /// `--database-url`.
        case flag
        /// `FEFTA_DATABASE_URL`.
        case environment
        /// The named libpq `PG*` variables.
        case libpqEnvironment([String])
        /// The embedded cluster, as nothing else was configured.
        case embedded
    }

    /// Where the configuration came from.
    package var source: Source
    /// What to hand to libpq.
    package var connectionString: ConnectionString
    /// The embedded cluster, when ``source`` is ``Source/embedded``.
    package var embeddedCluster: EmbeddedCluster?

    /// The libpq variables that count as "a database is configured". Other `PG*` variables (`PGSSLMODE`,
    /// `PGCONNECT_TIMEOUT`…) still apply to any connection but do not on their own select a server; a `~/.pgpass`
    /// file does not either.
    package static let libpqConnectionVariables = [
        "PGHOST", "PGHOSTADDR", "PGPORT", "PGDATABASE", "PGUSER", "PGPASSWORD", "PGPASSFILE", "PGSERVICE",
        "PGSERVICEFILE",
    ]

    /// Applies the precedence: flag, then `FEFTA_DATABASE_URL`, then `PG*` variables, then the embedded cluster.
    ///
    /// - Parameters:
    ///   - databaseURL: the `--database-url` flag, if given.
    ///   - environment: the process environment (a literal in tests).
    ///   - effectiveUserIsRoot: whether the process runs as root (decides the embedded cluster's default home).
    /// - Returns: the configuration to use.
    /// - Throws: ``ConfigurationError`` naming the flag or variable whose value is not a valid connection string,
    ///   or why the embedded cluster's home cannot be determined. Values are never quoted.
    package static func resolve(
        databaseURL: String?,
        environment: [String: String],
        effectiveUserIsRoot: Bool
    ) throws(ConfigurationError) -> DatabaseConfiguration {
        if let databaseURL {
            guard !databaseURL.isEmpty else {
                throw ConfigurationError(key: "--database-url", message: "is empty; give a postgresql:// URL")
            }
            return DatabaseConfiguration(
                source: .flag,
                connectionString: try validated(databaseURL, key: "--database-url")
            )
        }
        if let url = environment["FEFTA_DATABASE_URL"], !url.isEmpty {
            return DatabaseConfiguration(
                source: .environment,
                connectionString: try validated(url, key: "FEFTA_DATABASE_URL")
            )
        }
        let present = libpqConnectionVariables.filter { !(environment[$0] ?? "").isEmpty }
        if !present.isEmpty {
            return DatabaseConfiguration(source: .libpqEnvironment(present), connectionString: .environmentDefaults)
        }
        let cluster = try EmbeddedCluster(environment: environment, effectiveUserIsRoot: effectiveUserIsRoot)
        return DatabaseConfiguration(
            source: .embedded,
            connectionString: cluster.connectionString,
            embeddedCluster: cluster
        )
    }

    /// A short, password-free account of where the configuration came from, for status output and errors.
    package var sourceDescription: String {
        switch source {
        case .flag: "--database-url"
        case .environment: "FEFTA_DATABASE_URL"
        case .libpqEnvironment(let names): "libpq environment (\(names.joined(separator: ", ")))"
        case .embedded: "embedded cluster in \(embeddedCluster?.home ?? "?")"
        }
    }

    private static func validated(_ text: String, key: String) throws(ConfigurationError) -> ConnectionString {
        do {
            return try ConnectionString(validating: text)
        } catch {
            throw ConfigurationError(
                key: key,
                message: "is not a valid libpq connection string: expected a URI such as "
                    + "postgresql://user@host:5432/dbname or keyword=value pairs such as 'host=/run/postgresql dbname=fefta'"
            )
        }
    }
}
