/// How a ``DatabasePool`` connects and how many connections it may hold.
package struct DatabasePoolConfiguration: Sendable {
    /// Where to connect.
    package var connectionString: ConnectionString
    /// The most connections open at once; each has its own thread. Default 4.
    package var maximumConnections: Int
    /// Reported to the server as `application_name` unless the connection string sets one. Default `fefta`.
    package var applicationName: String

    /// Creates a configuration.
    ///
    /// - Parameters:
    ///   - connectionString: where to connect.
    ///   - maximumConnections: the most connections open at once (at least 1).
    ///   - applicationName: the `application_name` fallback.
    package init(connectionString: ConnectionString, maximumConnections: Int = 4, applicationName: String = "fefta") {
        self.connectionString = connectionString
        self.maximumConnections = max(1, maximumConnections)
        self.applicationName = applicationName
    }
}
