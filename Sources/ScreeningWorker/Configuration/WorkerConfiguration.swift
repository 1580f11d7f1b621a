import Foundation
package import Logging
package import ScreeningStore

/// Everything `feftad` needs to run, from flags and `FEFTA_*` environment variables (STYLE §2.7).
///
/// Built by ``init(environment:flags:effectiveUserIsRoot:)``: a flag overrides its variable, which overrides the
/// default. Every problem is collected into one ``ConfigurationError`` naming the flag or variable (never its value).
///
/// | key (flag / variable) | type | default |
/// |---|---|---|
/// | `--database-url` / `FEFTA_DATABASE_URL` | libpq URI or `keyword=value` | `PG*` variables, then the embedded cluster |
/// | `--poll-interval` / `FEFTA_POLL_INTERVAL` | duration (`500ms`, `10s`, `2m`; a bare number is seconds) | `10s` |
/// | `--batch-size` / `FEFTA_BATCH_SIZE` | 1–10000: firings or deliveries per loop before re-checking | `100` |
/// | `--reminder-offsets` / `FEFTA_REMINDER_OFFSETS` | working days, comma separated, 1–250 each | `10,5,1` |
/// | `--notify-command` / `FEFTA_NOTIFY_COMMAND` | shell command; gets one notification as JSON on stdin | none: the outbox is kept, nothing is sent |
/// | `--notify-timeout` / `FEFTA_NOTIFY_TIMEOUT` | duration; longer runs are killed and count as failed | `5s` |
/// | `--max-attempts` / `FEFTA_MAX_ATTEMPTS` | 1–100: deliveries tried before the dead letter | `8` |
/// | `--retry-base` / `FEFTA_RETRY_BASE` | duration: first retry delay, doubled per attempt, with jitter | `30s` |
/// | `--retry-max` / `FEFTA_RETRY_MAX` | duration: the longest retry delay | `1h` |
/// | `--metrics-port` / `FEFTA_METRICS_PORT` | 0–65535 (0: any free port) | none: no HTTP server |
/// | `--metrics-host` / `FEFTA_METRICS_HOST` | address to bind | `127.0.0.1` |
/// | `--heartbeat-interval` / `FEFTA_HEARTBEAT_INTERVAL` | duration | `5s` |
/// | `--dead-after` / `FEFTA_DEAD_AFTER` | duration, at least 3 heartbeat intervals | `30s` |
/// | `--poll-only` / `FEFTA_POLL_ONLY` | `true`/`false` (`1`/`0`, `yes`/`no`): no LISTEN (PgBouncer transaction mode) | `false` |
/// | `--log-level` / `FEFTA_LOG_LEVEL` | `trace` … `critical` | `info` |
/// | `--once` (flag only) | process what is due now, then exit | off |
package struct WorkerConfiguration: Sendable {
    /// The database and where it came from.
    package var database: DatabaseConfiguration
    /// How long to sleep when idle before looking for work again (the fallback to LISTEN/NOTIFY).
    package var pollInterval: Duration
    /// How many firings or deliveries one loop does before it re-checks shutdown and queue depth.
    package var batchSize: Int
    /// Reminder offsets in working days before each due date, largest first.
    package var reminderOffsets: [Int]
    /// The command that delivers one notification (run with `/bin/sh -c`), if any.
    package var notifyCommand: String?
    /// How long one delivery may run.
    package var notifyTimeout: Duration
    /// Deliveries tried before a notification becomes a dead letter.
    package var maximumAttempts: Int
    /// The first retry delay; later ones double, with jitter.
    package var retryBase: Duration
    /// The longest retry delay.
    package var retryMaximum: Duration
    /// The port for `/healthz` and `/metrics`, if served.
    package var metricsPort: Int?
    /// The address the metrics server binds.
    package var metricsHost: String
    /// How often this process records that it is alive.
    package var heartbeatInterval: Duration
    /// How long without a heartbeat before a process counts as dead and its claims are released.
    package var deadAfter: Duration
    /// Poll only: no LISTEN connection (for PgBouncer in transaction mode).
    package var pollOnly: Bool
    /// The log level.
    package var logLevel: Logger.Level
    /// Process what is due now and exit.
    package var once: Bool

    /// The longest a graceful shutdown may take (the budget); systemd's `TimeoutStopSec` is above it.
    package static let shutdownBudget: Duration = .seconds(10)

    /// Flag values as typed (unparsed), so flags and variables share one parser and one error list.
    package struct Flags: Sendable {
        package var databaseURL: String?
        package var pollInterval: String?
        package var batchSize: String?
        package var reminderOffsets: String?
        package var notifyCommand: String?
        package var notifyTimeout: String?
        package var maximumAttempts: String?
        package var retryBase: String?
        package var retryMaximum: String?
        package var metricsPort: String?
        package var metricsHost: String?
        package var heartbeatInterval: String?
        package var deadAfter: String?
        package var pollOnly: Bool = false
        package var logLevel: String?
        package var once: Bool = false

        /// No flags given.
        package init() {}
    }
}
