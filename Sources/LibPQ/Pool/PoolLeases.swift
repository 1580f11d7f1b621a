import NIOConcurrencyHelpers

/// The pool's bookkeeping: which session slots are free, who is waiting, and whether the pool is closing.
///
/// A lock rather than an actor, so that a waiting task's cancellation handler (which runs synchronously, on any
/// thread) can remove its waiter at once. No libpq call ever happens under this lock.
final class PoolLeases: Sendable {
    private struct Waiter {
        var id: UInt64
        var continuation: CheckedContinuation<Int, any Error>
    }

    private struct State {
        var free: [Int]
        var waiters: [Waiter] = []
        var leased = 0
        var nextWaiterID: UInt64 = 0
        var closed = false
        var drained: [CheckedContinuation<Void, Never>] = []
    }

    private let state: NIOLockedValueBox<State>

    init(slots: Int) {
        state = NIOLockedValueBox(State(free: Array((0..<slots).reversed())))
    }

    /// Waits for a free slot.
    ///
    /// A free slot is handed out even to a cancelled task (so clean-up code can still reach the database); a task
    /// cancelled while waiting stops waiting with `CancellationError`.
    ///
    /// - Throws: ``PQError/Code/poolClosed`` after ``close()``, or `CancellationError`.
    func acquire() async throws -> Int {
        let id = state.withLockedValue { state in
            state.nextWaiterID += 1
            return state.nextWaiterID
        }
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Int, any Error>) in
                state.withLockedValue { state in
                    if state.closed {
                        continuation.resume(throwing: PQError(.poolClosed))
                    } else if let slot = state.free.popLast() {
                        state.leased += 1
                        continuation.resume(returning: slot)
                    } else if Task.isCancelled {
                        continuation.resume(throwing: CancellationError())
                    } else {
                        state.waiters.append(Waiter(id: id, continuation: continuation))
                    }
                }
            }
        } onCancel: {
            let waiter = state.withLockedValue { state -> Waiter? in
                guard let index = state.waiters.firstIndex(where: { $0.id == id }) else { return nil }
                return state.waiters.remove(at: index)
            }
            waiter?.continuation.resume(throwing: CancellationError())
        }
    }

    /// Returns a slot: hands it to the longest waiter, or marks it free.
    func release(_ slot: Int) {
        enum Next {
            case handOver(CheckedContinuation<Int, any Error>)
            case drained([CheckedContinuation<Void, Never>])
            case nothing
        }
        let next = state.withLockedValue { state -> Next in
            if !state.closed, !state.waiters.isEmpty {
                return .handOver(state.waiters.removeFirst().continuation)
            }
            state.leased -= 1
            state.free.append(slot)
            if state.closed, state.leased == 0 {
                defer { state.drained = [] }
                return .drained(state.drained)
            }
            return .nothing
        }
        switch next {
        case .handOver(let continuation): continuation.resume(returning: slot)
        case .drained(let waiting): for continuation in waiting { continuation.resume() }
        case .nothing: break
        }
    }

    /// Refuses new leases, fails every waiter, and waits until every leased slot is back.
    func close() async {
        let waiters = state.withLockedValue { state -> [Waiter] in
            state.closed = true
            defer { state.waiters = [] }
            return state.waiters
        }
        for waiter in waiters { waiter.continuation.resume(throwing: PQError(.poolClosed)) }
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let done = state.withLockedValue { state -> Bool in
                if state.leased == 0 { return true }
                state.drained.append(continuation)
                return false
            }
            if done { continuation.resume() }
        }
    }
}
