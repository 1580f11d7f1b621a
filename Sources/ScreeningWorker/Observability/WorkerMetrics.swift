package import Prometheus

/// The daemon's Prometheus metrics, served as text on `/metrics`.
///
/// Names follow Prometheus conventions (`feftad_` prefix, `_total` counters, seconds). The registry is
/// swift-prometheus's, used directly rather than through a global swift-metrics bootstrap, so each daemon (and
/// each test) has its own.
package struct WorkerMetrics: Sendable {
    /// The registry the server emits.
    package let registry: PrometheusCollectorRegistry
    /// Deadlines fired (one transition each).
    package let deadlinesFired: Counter
    /// Firings the workflow refused (the deadline no longer applied); the deadline is parked, not retried.
    package let firingsRefused: Counter
    /// Reminders put into the outbox.
    package let remindersQueued: Counter
    /// Notifications delivered by the notify command.
    package let notificationsSent: Counter
    /// Delivery attempts that failed (the notification is retried later, or dead-lettered).
    package let notificationsFailed: Counter
    /// Notifications that became dead letters.
    package let notificationsDead: Counter
    /// Claims released because their process stopped heartbeating.
    package let claimsReleased: Counter
    /// Processes declared dead by this one.
    package let workersDeclaredDead: Counter
    /// Holdings and filings whose obligation changed on re-screening.
    package let obligationsChanged: Counter
    /// Wake-ups by NOTIFY.
    package let wakeupsNotified: Counter
    /// Listener (re)connections.
    package let listenerConnections: Counter
    /// Errors talking to the database (each followed by a pause and a retry).
    package let databaseErrors: Counter
    /// Time to claim one due deadline (the `FOR UPDATE SKIP LOCKED` query).
    package let claimLatency: DurationHistogram
    /// From the moment a deadline became due (its due date began in Japan, or it was armed, whichever is later) to
    /// its firing, by the database clock.
    package let dueToFiredLag: DurationHistogram
    /// Pending deadlines due now (at the last look).
    package let deadlinesDue: Gauge
    /// Pending deadlines, due or not.
    package let deadlinesPending: Gauge
    /// Notifications waiting for delivery (pending or failed, not dead).
    package let notificationsQueued: Gauge
    /// 1 once the listener has subscribed (0 before, and after it stops); a lost and regained connection shows in
    /// ``listenerConnections``, as the listener reports subscriptions, not losses.
    package let listenerUp: Gauge

    /// Creates the metrics in a new registry.
    package init() {
        let registry = PrometheusCollectorRegistry()
        self.registry = registry
        deadlinesFired = registry.makeCounter(
            descriptor: Self.name(
                "deadlines_fired", unit: "total", help: "Deadlines fired (one filing transition each)."))
        firingsRefused = registry.makeCounter(
            descriptor: Self.name("firings_refused", unit: "total", help: "Due deadlines the workflow refused to fire.")
        )
        remindersQueued = registry.makeCounter(
            descriptor: Self.name(
                "reminders_queued", unit: "total", help: "Reminders written to the notifications outbox."))
        notificationsSent = registry.makeCounter(
            descriptor: Self.name(
                "notifications_sent", unit: "total", help: "Notifications delivered by the notify command."))
        notificationsFailed = registry.makeCounter(
            descriptor: Self.name("notifications_failed", unit: "total", help: "Failed delivery attempts."))
        notificationsDead = registry.makeCounter(
            descriptor: Self.name(
                "notifications_dead", unit: "total", help: "Notifications moved to the dead letter state."))
        claimsReleased = registry.makeCounter(
            descriptor: Self.name(
                "claims_released", unit: "total", help: "Claims released because their process stopped heartbeating."))
        workersDeclaredDead = registry.makeCounter(
            descriptor: Self.name("workers_declared_dead", unit: "total", help: "Processes this one declared dead."))
        obligationsChanged = registry.makeCounter(
            descriptor: Self.name("obligations_changed", unit: "total", help: "Obligations changed on re-screening."))
        wakeupsNotified = registry.makeCounter(
            descriptor: Self.name("wakeups_notified", unit: "total", help: "Wake-ups by NOTIFY fefta_wakeup."))
        listenerConnections = registry.makeCounter(
            descriptor: Self.name(
                "listener_connections", unit: "total", help: "LISTEN connections made (1 + reconnects)."))
        databaseErrors = registry.makeCounter(
            descriptor: Self.name(
                "database_errors", unit: "total", help: "Database errors (each retried after a pause)."))
        claimLatency = registry.makeDurationHistogram(
            descriptor: Self.name(
                "claim_latency", unit: "seconds", help: "Time to claim one due deadline with FOR UPDATE SKIP LOCKED."),
            buckets: [
                .microseconds(250), .milliseconds(1), .milliseconds(2.5), .milliseconds(5), .milliseconds(10),
                .milliseconds(25), .milliseconds(50), .milliseconds(100), .milliseconds(250), .seconds(1),
            ])
        dueToFiredLag = registry.makeDurationHistogram(
            descriptor: Self.name(
                "due_to_fired_lag", unit: "seconds",
                help: "From a deadline becoming due (database clock) to its firing."),
            buckets: [
                .milliseconds(10), .milliseconds(50), .milliseconds(100), .milliseconds(250),
                .milliseconds(500), .seconds(1), .seconds(5), .seconds(15), .seconds(60), .seconds(300),
                .seconds(3600),
            ])
        deadlinesDue = registry.makeGauge(
            descriptor: Self.name("deadlines_due", unit: "", help: "Pending deadlines due now."))
        deadlinesPending = registry.makeGauge(
            descriptor: Self.name("deadlines_pending", unit: "", help: "Pending deadlines."))
        notificationsQueued = registry.makeGauge(
            descriptor: Self.name("notifications_queued", unit: "", help: "Notifications pending or awaiting a retry."))
        listenerUp = registry.makeGauge(
            descriptor: Self.name(
                "listener_up", unit: "",
                help:
                    "1 once LISTEN fefta_wakeup is subscribed; reconnections count in feftad_listener_connections_total."
            ))
    }

    /// A `feftad_`-prefixed metric name.
    private static func name(_ metric: String, unit: String, help: String) -> MetricNameDescriptor {
        MetricNameDescriptor(namespace: "feftad", metricName: metric, unitName: unit, helpText: help)
    }

    /// The metrics in Prometheus text format.
    package func exposition() -> [UInt8] {
        registry.emitToBuffer()
    }
}
