import NIOConcurrencyHelpers

/// A coalescing wake-up for one loop: any number of ``signal()`` calls while the loop works make exactly one
/// pending wake-up, so a burst of NOTIFYs costs one extra look for work, not one per message.
package final class WakeSignal: Sendable {
    private struct State {
        var pending = false
        var waiter: (id: UInt64, continuation: CheckedContinuation<Void, Never>)?
        var nextID: UInt64 = 0
    }

    private let state = NIOLockedValueBox(State())

    /// A signal with nothing pending.
    package init() {}

    /// Wakes the waiting loop, or makes its next wait return at once.
    package func signal() {
        let waiter = state.withLockedValue { state -> CheckedContinuation<Void, Never>? in
            if let waiter = state.waiter {
                state.waiter = nil
                return waiter.continuation
            }
            state.pending = true
            return nil
        }
        waiter?.resume()
    }

    /// Waits until signalled, `timeout` passes, or the task is cancelled (graceful shutdown cancels it through
    /// `cancelWhenGracefulShutdown`); a signal that came while the loop worked returns at once.
    ///
    /// - Parameter timeout: the longest wait (the poll interval: the fallback when no NOTIFY comes).
    /// - Returns: `true` when woken by a signal, `false` on timeout or cancellation.
    @discardableResult
    package func wait(timeout: Duration) async -> Bool {
        if state.withLockedValue({ state in
            defer { state.pending = false }
            return state.pending
        }) {
            return true
        }
        return await withTaskGroup(of: Bool.self) { group in
            group.addTask {
                try? await Task.sleep(for: timeout)
                return false
            }
            group.addTask { await self.nextSignal() }
            let first = await group.next() ?? false
            group.cancelAll()
            return first && !Task.isCancelled
        }
    }

    private func nextSignal() async -> Bool {
        let id = state.withLockedValue { state -> UInt64 in
            state.nextID += 1
            return state.nextID
        }
        await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                let resumeNow = state.withLockedValue { state -> Bool in
                    if state.pending || Task.isCancelled {
                        state.pending = false
                        return true
                    }
                    state.waiter = (id, continuation)
                    return false
                }
                if resumeNow { continuation.resume() }
            }
        } onCancel: {
            let waiter = state.withLockedValue { state -> CheckedContinuation<Void, Never>? in
                guard let waiter = state.waiter, waiter.id == id else { return nil }
                state.waiter = nil
                return waiter.continuation
            }
            waiter?.resume()
        }
        return !Task.isCancelled
    }
}
