import DatabaseTestSupport
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `feftad`'s start-up errors, through the built binary: a metrics port in use is bad configuration (exit 64), named
/// with the option and the port, and reported before the database is tried.
@Suite struct FeftadStartupTests {
    /// A socket listening on a free localhost port, closed by `body`'s end.
    static func withListeningPort<Result>(_ body: (Int) async throws -> Result) async throws -> Result {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw POSIXError(.EMFILE) }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { socketAddress in
                bind(descriptor, socketAddress, length) == 0 && listen(descriptor, 1) == 0
                    && getsockname(descriptor, socketAddress, &length) == 0
            }
        }
        guard bound else { throw POSIXError(.EADDRINUSE) }
        return try await body(Int(UInt16(bigEndian: address.sin_port)))
    }

    /// The database is one nobody listens on: had feftad tried it first, it would exit 69 after its connection
    /// attempt instead.
    @Test(.hangGuard, arguments: [true, false])
    func aMetricsPortInUseExits64NamingTheOptionAndThePortBeforeTheDatabase(asFlag: Bool) async throws {
        try await Self.withListeningPort { port in
            var arguments = ["--database-url", "postgresql://feftad@127.0.0.1:1/fefta?connect_timeout=30", "--once"]
            var environment = ["FEFTA_METRICS_PORT": ""]
            if asFlag {
                arguments += ["--metrics-port", "\(port)"]
            } else {
                environment["FEFTA_METRICS_PORT"] = "\(port)"
            }
            let result = try await FeftaProcess.run(arguments, executable: "feftad", environment: environment)
            #expect(result.status == 64, "\(result.standardError)")
            let named = asFlag ? "--metrics-port \(port)" : "FEFTA_METRICS_PORT=\(port) (--metrics-port)"
            #expect(
                result.standardError.contains(
                    "feftad: \(named): port \(port) on 127.0.0.1 is in use by another process"),
                "\(result.standardError)")
            #expect(!result.standardError.contains("database"), "the database was tried: \(result.standardError)")
        }
    }
}
