import Logging
import ServiceLifecycle

/// What a worker service does after one pass of its loop.
enum LoopPause: Sendable, Hashable {
    /// Run the next pass at once: more work is waiting.
    case none
    /// Sleep `settle` first (so a burst of wake-ups becomes one pass), then wait up to `timeout` for the service's
    /// wake-up signal (a NOTIFY, or another service with work for it).
    case wait(settle: Duration = .zero, timeout: Duration)
}

/// The loop every polling worker service runs (deadline firing, reminders, delivery, re-screening).
///
/// Runs `pass` until graceful shutdown or cancellation, so the pass in flight (and its transaction) always
/// finishes before `run()` returns. A pass that throws is counted in `feftad_database_errors_total`, logged with
/// its error, and retried after ``Backoff`` (250 ms doubling to 30 s); a pass that succeeds resets the backoff.
/// Sleeps and waits end early on graceful shutdown.
///
/// - Parameters:
///   - failure: what failed, for the log line ("deadline firing failed").
///   - signal: the service's wake-up signal.
///   - metrics: for the error counter.
///   - logger: for failures.
///   - pass: one pass; returns what to do next.
func runServiceLoop(
    failure: String, signal: WakeSignal, metrics: WorkerMetrics, logger: Logger,
    _ pass: () async throws -> LoopPause
) async {
    var backoff = Backoff()
    while !Task.isShuttingDownGracefully && !Task.isCancelled {
        do {
            let pause = try await pass()
            backoff.reset()
            guard case .wait(let settle, let timeout) = pause else { continue }
            if settle > .zero {
                try? await cancelWhenGracefulShutdown { try await Task.sleep(for: settle) }
            }
            _ = await cancelWhenGracefulShutdown { await signal.wait(timeout: timeout) }
        } catch {
            metrics.databaseErrors.increment()
            let retry = backoff.next()
            logger.warning(
                "\(failure); retrying", metadata: ["error": "\(error)", "retry.in": "\(retry)"])
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: retry) }
        }
    }
}
