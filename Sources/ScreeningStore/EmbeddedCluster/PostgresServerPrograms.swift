import Foundation

/// Where the PostgreSQL server programs (`initdb`, `pg_ctl`) are.
package struct PostgresServerPrograms: Sendable, Hashable {
    /// The folder holding them.
    package var directory: String

    /// `initdb`'s path.
    package var initdb: String { directory + "/initdb" }
    /// `pg_ctl`'s path.
    package var pgCtl: String { directory + "/pg_ctl" }

    /// Finds the server programs.
    ///
    /// In order: `FEFTA_PG_BINDIR`; `pg_config --bindir`; the highest version under `/usr/lib/postgresql/*/bin`
    /// (Debian and Ubuntu); the `PATH`.
    ///
    /// - Parameter environment: the process environment.
    /// - Returns: the folder that holds both `initdb` and `pg_ctl`.
    /// - Throws: ``EmbeddedClusterError`` ``EmbeddedClusterError/Code/serverProgramsMissing``, naming the package to
    ///   install, or naming `FEFTA_PG_BINDIR` when that points at the wrong folder.
    package static func locate(environment: [String: String]) async throws(EmbeddedClusterError)
        -> PostgresServerPrograms
    {
        let pathDirectories = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":").map(
            String.init)
        var pgConfigDirectory: String?
        if let pgConfig = firstExecutable("pg_config", in: pathDirectories),
            let outcome = try? await ProgramRunner.run(pgConfig, ["--bindir"]), outcome.status == 0
        {
            pgConfigDirectory = outcome.output.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let versioned = (try? FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql")) ?? []
        return try choose(
            override: environment["FEFTA_PG_BINDIR"],
            pgConfigDirectory: pgConfigDirectory,
            debianVersions: versioned,
            pathDirectories: pathDirectories,
            isExecutable: { FileManager.default.isExecutableFile(atPath: $0) }
        )
    }

    /// The choice ``locate(environment:)`` makes, given what exists (separated out to be tested).
    static func choose(
        override: String?,
        pgConfigDirectory: String?,
        debianVersions: [String],
        pathDirectories: [String],
        isExecutable: (String) -> Bool
    ) throws(EmbeddedClusterError) -> PostgresServerPrograms {
        func hasPrograms(_ directory: String) -> Bool {
            isExecutable(directory + "/initdb") && isExecutable(directory + "/pg_ctl")
        }
        if let override, !override.isEmpty {
            guard hasPrograms(override) else {
                throw EmbeddedClusterError(
                    .serverProgramsMissing,
                    "FEFTA_PG_BINDIR is set, but that folder has no initdb and pg_ctl; point it at PostgreSQL's bin "
                        + "folder (for example /usr/lib/postgresql/15/bin) or unset it"
                )
            }
            return PostgresServerPrograms(directory: override)
        }
        if let pgConfigDirectory, hasPrograms(pgConfigDirectory) {
            return PostgresServerPrograms(directory: pgConfigDirectory)
        }
        let versions = debianVersions.compactMap { name in Double(name).map { (name, $0) } }.sorted { $0.1 > $1.1 }
        for (name, _) in versions where hasPrograms("/usr/lib/postgresql/\(name)/bin") {
            return PostgresServerPrograms(directory: "/usr/lib/postgresql/\(name)/bin")
        }
        for directory in pathDirectories where hasPrograms(directory) {
            return PostgresServerPrograms(directory: directory)
        }
        throw EmbeddedClusterError(
            .serverProgramsMissing,
            "the PostgreSQL server programs (initdb, pg_ctl) were not found; install the server with "
                + "`sudo apt-get install postgresql` (Debian/Ubuntu), or set FEFTA_PG_BINDIR to the folder that holds "
                + "them, or set FEFTA_DATABASE_URL to use an existing server"
        )
    }

    private static func firstExecutable(_ name: String, in directories: [String]) -> String? {
        directories.map { $0 + "/" + name }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
