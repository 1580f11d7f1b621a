import ArgumentParser
import Foundation
import Logging
import ScreeningStore
import ScreeningWorker
import ServiceLifecycle

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `feftad`: the worker daemon that fires FEFTA deadlines, sends reminders and re-screens filings.
///
/// It only (1) builds the ``WorkerConfiguration`` from flags over `FEFTA_*` variables, (2) bootstraps logging once,
/// (3) builds the worker's services, and (4) runs them in a `ServiceGroup` (STYLE §2.5), or runs `--once`.
@main
struct FeftadCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feftad",
        abstract: "Fire FEFTA deadlines, send reminders and re-screen open filings.",
        discussion: """
            Every option can also be set by its FEFTA_* variable (--poll-interval → FEFTA_POLL_INTERVAL); a flag \
            wins. Run several feftad processes against one PostgreSQL to scale or for high availability: they \
            share the work through row locks and never fire a deadline twice.
            """,
        version: "0.1.0"
    )

    @Option(help: "The database: a postgresql:// URL or libpq keyword=value string (else FEFTA_DATABASE_URL, PG*).")
    var databaseURL: String?
    @Option(help: "Longest idle sleep before looking for work again, e.g. 500ms, 10s (default 10s).")
    var pollInterval: String?
    @Option(help: "Firings or deliveries per loop before the queue is measured again (default 100).")
    var batchSize: String?
    @Option(help: "Reminder offsets in working days before each due date (default 10,5,1).")
    var reminderOffsets: String?
    @Option(help: "Shell command that delivers one notification, given as JSON on standard input.")
    var notifyCommand: String?
    @Option(help: "Longest run of the notify command before it counts as failed (default 5s).")
    var notifyTimeout: String?
    @Option(help: "Delivery attempts before a notification is dead-lettered (default 8).")
    var maxAttempts: String?
    @Option(help: "First retry delay, doubled per attempt with jitter (default 30s).")
    var retryBase: String?
    @Option(help: "Longest retry delay (default 1h).")
    var retryMax: String?
    @Option(help: "Serve /healthz and /metrics on this port (default: no HTTP server).")
    var metricsPort: String?
    @Option(help: "Address for the metrics server (default 127.0.0.1).")
    var metricsHost: String?
    @Option(help: "How often this process heartbeats (default 5s).")
    var heartbeatInterval: String?
    @Option(help: "Silence after which a process counts as dead and its claims are released (default 30s).")
    var deadAfter: String?
    @Flag(help: "Poll only, without LISTEN (for PgBouncer in transaction mode).")
    var pollOnly = false
    @Option(help: "trace, debug, info, notice, warning, error or critical (default info).")
    var logLevel: String?
    @Flag(help: "Process everything due now, then exit.")
    var once = false

    var flags: WorkerConfiguration.Flags {
        var flags = WorkerConfiguration.Flags()
        flags.databaseURL = databaseURL
        flags.pollInterval = pollInterval
        flags.batchSize = batchSize
        flags.reminderOffsets = reminderOffsets
        flags.notifyCommand = notifyCommand
        flags.notifyTimeout = notifyTimeout
        flags.maximumAttempts = maxAttempts
        flags.retryBase = retryBase
        flags.retryMaximum = retryMax
        flags.metricsPort = metricsPort
        flags.metricsHost = metricsHost
        flags.heartbeatInterval = heartbeatInterval
        flags.deadAfter = deadAfter
        flags.pollOnly = pollOnly
        flags.logLevel = logLevel
        flags.once = once
        return flags
    }

    func run() async throws {
        let configuration: WorkerConfiguration
        do {
            configuration = try WorkerConfiguration(
                environment: ProcessInfo.processInfo.environment, flags: flags, effectiveUserIsRoot: geteuid() == 0)
        } catch {
            FileHandle.standardError.write(Data("feftad: \(error)\n".utf8))
            throw ExitCode(64)
        }
        let level = configuration.logLevel
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        // Writes to a closed socket or pipe must fail with EPIPE, not kill the daemon.
        signal(SIGPIPE, SIG_IGN)
        let logger = Logger(label: "feftad")
        let worker = Worker(configuration: configuration, version: Self.configuration.version, logger: logger)
        // The metrics port first: a port in use is bad configuration (64), reported before the database is tried.
        let metricsServer: MetricsServer?
        do {
            metricsServer = try await worker.bindMetricsServer()
        } catch {
            FileHandle.standardError.write(Data("feftad: \(metricsSetting(configuration)): \(error)\n".utf8))
            await worker.pool.close()
            throw ExitCode(64)
        }
        do {
            try await worker.prepare()
        } catch let error as Worker.StartError {
            logger.critical("cannot start", metadata: ["error": "\(error)"])
            await metricsServer?.close()
            await worker.pool.close()
            throw ExitCode(78)
        } catch {
            logger.critical("cannot reach the database", metadata: ["error": "\(error)"])
            await metricsServer?.close()
            await worker.pool.close()
            throw ExitCode(69)
        }
        if configuration.once {
            await metricsServer?.close()
            try await runOnce(worker, logger: logger)
        } else {
            try await runService(worker, metricsServer: metricsServer, logger: logger)
        }
    }

    /// Where the metrics address came from, for the message: `--metrics-port 9464`, or
    /// `FEFTA_METRICS_PORT=9464 (--metrics-port)` when the variable set it; the host too when it is not the default.
    private func metricsSetting(_ configuration: WorkerConfiguration) -> String {
        let port = configuration.metricsPort.map(String.init) ?? "-"
        var setting = metricsPort != nil ? "--metrics-port \(port)" : "FEFTA_METRICS_PORT=\(port) (--metrics-port)"
        if metricsHost != nil {
            setting += " --metrics-host \(configuration.metricsHost)"
        } else if configuration.metricsHost != "127.0.0.1" {
            setting += " FEFTA_METRICS_HOST=\(configuration.metricsHost) (--metrics-host)"
        }
        return setting
    }

    private func runOnce(_ worker: Worker, logger: Logger) async throws {
        do {
            let summary = try await worker.runOnce()
            logger.info(
                "done",
                metadata: [
                    "deadlines.fired": "\(summary.deadlines)", "reminders.queued": "\(summary.reminders)",
                    "obligations.changed": "\(summary.obligationsChanged.map(String.init) ?? "-")",
                    "notifications.attempted": "\(summary.deliveries)",
                ])
            await worker.pool.close()
        } catch {
            logger.error("--once failed", metadata: ["error": "\(error)"])
            await worker.pool.close()
            throw ExitCode(69)
        }
    }

    private func runService(_ worker: Worker, metricsServer: MetricsServer?, logger: Logger) async throws {
        var group = ServiceGroupConfiguration(
            services: worker.services(metricsServer: metricsServer).map {
                ServiceGroupConfiguration.ServiceConfiguration(service: $0)
            },
            gracefulShutdownSignals: [.sigterm, .sigint],
            logger: logger)
        // The shutdown budget (10 s): the in-flight transaction and delivery finish within it; systemd's
        // TimeoutStopSec (30 s) is above it.
        group.maximumGracefulShutdownDuration = .seconds(8)
        group.maximumCancellationDuration = .seconds(2)
        try await ServiceGroup(configuration: group).run()
        logger.info("stopped")
    }
}
