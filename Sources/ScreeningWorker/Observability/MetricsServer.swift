package import Logging
import NIOCore
import NIOHTTP1
import NIOPosix
import ServiceLifecycle

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Serves `GET /healthz` (200 or 503, one line) and `GET /metrics` (Prometheus text) over HTTP/1.1.
///
/// Bound first, served later: ``bind(host:port:metrics:health:logger:)`` opens the listening socket when the
/// daemon starts, before it touches the database, so a port in use is a start-up error naming the port; the
/// `Service` then serves on that socket from ``run()`` until graceful shutdown and closes it. SwiftNIO's NIOHTTP1 is
/// enough for two read-only paths; no web framework is needed.
package struct MetricsServer: Service {
    private let group: MultiThreadedEventLoopGroup
    private let channel: any Channel
    private let host: String
    private let logger: Logger

    /// The port listened on (the one chosen by the system when 0 was asked for).
    package let port: Int

    /// Opens the listening socket.
    ///
    /// - Parameters:
    ///   - host: the address to bind.
    ///   - port: the port (0 picks a free one, see ``port``).
    ///   - metrics: what `/metrics` emits.
    ///   - health: what `/healthz` reports.
    ///   - logger: for lifecycle events.
    /// - Throws: ``MetricsServerError`` when the socket cannot be bound (a port in use, an address not on this host).
    package static func bind(
        host: String, port: Int, metrics: WorkerMetrics, health: WorkerHealth, logger: Logger
    ) async throws(MetricsServerError) -> MetricsServer {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        do {
            let channel = try await ServerBootstrap(group: group)
                .serverChannelOption(.backlog, value: 64)
                .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
                .childChannelInitializer { channel in
                    channel.eventLoop.makeCompletedFuture {
                        try channel.pipeline.syncOperations.configureHTTPServerPipeline()
                        try channel.pipeline.syncOperations.addHandler(
                            MetricsHTTPHandler(metrics: metrics, health: health))
                    }
                }
                .bind(host: host, port: port).get()
            return MetricsServer(
                group: group, channel: channel, host: host, logger: logger,
                port: channel.localAddress?.port ?? port)
        } catch {
            try? await group.shutdownGracefully()
            if let failure = error as? IOError, failure.errnoCode == EADDRINUSE {
                throw .portInUse(host: host, port: port)
            }
            throw .cannotBind(host: host, port: port, reason: "\(error)")
        }
    }

    private init(group: MultiThreadedEventLoopGroup, channel: any Channel, host: String, logger: Logger, port: Int) {
        self.group = group
        self.channel = channel
        self.host = host
        self.logger = logger
        self.port = port
    }

    package func run() async throws {
        logger.info("serving /healthz and /metrics", metadata: ["http.host": "\(host)", "http.port": "\(port)"])
        try? await gracefulShutdown()
        await close()
    }

    /// Closes the socket (for a daemon that stops before its services run).
    package func close() async {
        try? await channel.close()
        try? await group.shutdownGracefully()
    }
}

/// Why the metrics server cannot listen.
package enum MetricsServerError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Another process listens on the port.
    case portInUse(host: String, port: Int)
    /// Any other failure to bind (an address that is not this host's, a privileged port…).
    case cannotBind(host: String, port: Int, reason: String)

    package var description: String {
        switch self {
        case .portInUse(let host, let port):
            "port \(port) on \(host) is in use by another process; choose another port or stop that process"
        case .cannotBind(let host, let port, let reason): "cannot listen on \(host) port \(port): \(reason)"
        }
    }
}

/// Answers one request at a time on a connection.
private final class MetricsHTTPHandler: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    // Touched only on the channel's event loop (NIO's handler rule).
    private var head: HTTPRequestHead?
    private let metrics: WorkerMetrics
    private let health: WorkerHealth

    init(metrics: WorkerMetrics, health: WorkerHealth) {
        self.metrics = metrics
        self.health = health
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let request):
            head = request
        case .body:
            break
        case .end:
            guard let request = head else { return }
            head = nil
            respond(to: request, context: context)
        }
    }

    private func respond(to request: HTTPRequestHead, context: ChannelHandlerContext) {
        let path = request.uri.split(separator: "?", maxSplits: 1).first.map(String.init) ?? request.uri
        let status: HTTPResponseStatus
        let contentType: String
        var body: [UInt8]
        switch (request.method, path) {
        case (.GET, "/metrics"), (.HEAD, "/metrics"):
            status = .ok
            contentType = "text/plain; version=0.0.4; charset=utf-8"
            body = metrics.exposition()
        case (.GET, "/healthz"), (.HEAD, "/healthz"):
            let (healthy, reason) = health.check()
            status = healthy ? .ok : .serviceUnavailable
            contentType = "text/plain; charset=utf-8"
            body = Array((reason + "\n").utf8)
        case (_, "/metrics"), (_, "/healthz"):
            status = .methodNotAllowed
            contentType = "text/plain; charset=utf-8"
            body = Array("only GET and HEAD\n".utf8)
        default:
            status = .notFound
            contentType = "text/plain; charset=utf-8"
            body = Array("not found: try /healthz or /metrics\n".utf8)
        }
        var headers = HTTPHeaders()
        headers.add(name: "Content-Type", value: contentType)
        headers.add(name: "Content-Length", value: "\(body.count)")
        let keepAlive = request.isKeepAlive
        if !keepAlive { headers.add(name: "Connection", value: "close") }
        if request.method == .HEAD { body = [] }
        context.write(
            wrapOutboundOut(.head(HTTPResponseHead(version: request.version, status: status, headers: headers))),
            promise: nil)
        if !body.isEmpty {
            context.write(
                wrapOutboundOut(.body(.byteBuffer(context.channel.allocator.buffer(bytes: body)))), promise: nil)
        }
        let done = context.writeAndFlush(wrapOutboundOut(.end(nil)))
        if !keepAlive {
            let channel = context.channel
            done.whenComplete { _ in channel.close(promise: nil) }
        }
    }
}
