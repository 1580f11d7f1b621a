import ArgumentParser

extension FeftaCommand {
    /// `fefta db`: the database — the embedded cluster, migrations and status.
    struct Db: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "db",
            abstract: "Manage the database: the embedded PostgreSQL cluster and schema migrations.",
            discussion: """
                Without --database-url, FEFTA_DATABASE_URL or PG* variables, fefta uses a private PostgreSQL \
                cluster under $FEFTA_HOME (default ~/.local/share/fefta, or /var/lib/fefta as root) that listens \
                only on a Unix socket. start, stop and url manage that cluster; migrate and status work on \
                whichever database is configured.
                """,
            subcommands: [Start.self, Stop.self, Status.self, URL.self, Migrate.self]
        )
    }
}
