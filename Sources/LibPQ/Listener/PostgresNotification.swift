/// A notification sent with `NOTIFY channel, 'payload'` (or `pg_notify`) and received by a listener.
package struct PostgresNotification: Sendable, Hashable {
    /// The channel it was sent on.
    package var channel: String
    /// The payload ("" when none was given).
    package var payload: String
    /// The server process ID of the session that sent it.
    package var backendProcessID: Int32
}
