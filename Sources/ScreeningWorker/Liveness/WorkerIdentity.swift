package import Foundation
import NIOConcurrencyHelpers

/// This process's registration: the unique id under which it claims work, and what it registered with.
///
/// The id changes only when another process declared this one dead (its heartbeats stopped reaching the database,
/// for example during a network partition) and it registered again: its old claims were released then, and work it
/// finishes under the old id is reported as such.
package final class WorkerIdentity: Sendable {
    private let current: NIOLockedValueBox<UUID>
    /// The host name recorded with the registration.
    package let host: String
    /// The process id recorded with the registration.
    package let pid: Int32
    /// The daemon's version recorded with the registration.
    package let version: String

    /// An identity with a fresh id (not yet registered).
    package init(host: String, pid: Int32, version: String) {
        self.current = NIOLockedValueBox(UUID())
        self.host = host
        self.pid = pid
        self.version = version
    }

    /// The id claims are made under now.
    package var id: UUID { current.withLockedValue { $0 } }

    /// Takes a new id (before registering again).
    @discardableResult
    package func renew() -> UUID {
        current.withLockedValue { id in
            id = UUID()
            return id
        }
    }

    /// The identity of this process: host name, pid and the given version.
    package static func forThisProcess(version: String) -> WorkerIdentity {
        let host = ProcessInfo.processInfo.hostName
        return WorkerIdentity(
            host: host.isEmpty ? "localhost" : String(host.prefix(255)),
            pid: ProcessInfo.processInfo.processIdentifier, version: version)
    }
}
