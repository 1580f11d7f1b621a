package import Logging
import NIOCore
import NIOHTTP1
import NIOPosix
import ServiceLifecycle

/// Serves `GET /healthz` (200 or 503, one line) and `GET /metrics` (Prometheus text) over HTTP/1.1.
///
/// A `Service`: it binds on ``run()``, serves until graceful shutdown, then closes its socket. SwiftNIO's NIOHTTP1
/// is enough for two read-only paths; no web framework is needed.
package struct MetricsServer: Service {
    private let host: String
    private let port: Int
    private let metrics: WorkerMetrics
    private let health: WorkerHealth
    private let logger: Logger
    private let bound: (@Sendable (Int) -> Void)?

    /// Creates the server.
    ///
    /// - Parameters:
    ///   - host: the address to bind.
    ///   - port: the port (0 picks a free one, reported to `bound`).
    ///   - metrics: what `/metrics` emits.
    ///   - health: what `/healthz` reports.
    ///   - logger: for lifecycle events.
    ///   - bound: called with the bound port once listening.
    package init(
        host: String, port: Int, metrics: WorkerMetrics, health: WorkerHealth, logger: Logger,
        bound: (@Sendable (Int) -> Void)? = nil
    ) {
        self.host = host
        self.port = port
        self.metrics = metrics
        self.health = health
        self.logger = logger
        self.bound = bound
    }

    package func run() async throws {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let metrics = self.metrics
        let health = self.health
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
            let actualPort = channel.localAddress?.port ?? port
            logger.info(
                "serving /healthz and /metrics", metadata: ["http.host": "\(host)", "http.port": "\(actualPort)"])
            bound?(actualPort)
            try? await gracefulShutdown()
            try? await channel.close()
        } catch {
            try? await group.shutdownGracefully()
            throw error
        }
        try? await group.shutdownGracefully()
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
