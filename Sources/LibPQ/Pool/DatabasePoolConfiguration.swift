/// How a ``DatabasePool`` connects and how many connections it may hold.
package struct DatabasePoolConfiguration: Sendable {
    /// Where to connect.
    package var connectionString: ConnectionString
    /// The most connections open at once; each has its own thread. Default 4.
    package var maximumConnections: Int
    /// Reported to the server as `application_name` unless the connection string sets one. Default `fefta`.
    package var applicationName: String
    /// Whether each connection prepares a statement the first time it runs it and then runs it by name, so the
    /// server plans it once per connection instead of on every call (at most 256 per connection). Default off: a
    /// transaction-mode pooler (PgBouncer before 1.21) may run the next statement on another server connection,
    /// where the name does not exist. Worth it for long-lived processes repeating the same statements (`feftad`).
    package var preparesStatements: Bool

    /// Creates a configuration.
    ///
    /// - Parameters:
    ///   - connectionString: where to connect.
    ///   - maximumConnections: the most connections open at once (at least 1).
    ///   - applicationName: the `application_name` fallback.
    ///   - preparesStatements: plan each statement once per connection.
    package init(
        connectionString: ConnectionString, maximumConnections: Int = 4, applicationName: String = "fefta",
        preparesStatements: Bool = false
    ) {
        self.connectionString = connectionString
        self.maximumConnections = max(1, maximumConnections)
        self.applicationName = applicationName
        self.preparesStatements = preparesStatements
    }
}
