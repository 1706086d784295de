import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NIOHTTP1
import NIOPosix

/// A real HTTP server on 127.0.0.1 with an ephemeral port, answering from a handler, for tests that
/// replay recorded payloads and faults over the loopback interface.
public final class LoopbackServer: Sendable {
    public struct Request: Sendable {
        public let method: String
        /// Path and query, as sent (`/api/query?id_list=...`).
        public let uri: String
        public let headers: [(String, String)]
        public var body = Data()
        /// When it arrived: a test can time the client's own work from its first request, leaving out
        /// the start of its process.
        public var receivedAt = Date()

        public var path: String { String(uri.split(separator: "?", maxSplits: 1).first ?? "") }
        public var query: [String: String] {
            guard let components = URLComponents(string: "http://x" + uri) else { return [:] }
            var result: [String: String] = [:]
            for item in components.queryItems ?? [] { result[item.name] = item.value ?? "" }
            return result
        }
        public func header(_ name: String) -> String? {
            headers.first { $0.0.caseInsensitiveCompare(name) == .orderedSame }?.1
        }
    }

    public struct Response: Sendable {
        public var status: Int
        public var headers: [(String, String)]
        public var body: Data
        /// Announce the full length but send only this many bytes, then close: a dropped connection.
        public var dropAfterBytes: Int?
        /// Never answer (the connection stays open until the client gives up).
        public var hang = false
        /// Send the body in these pieces, `chunkInterval` apart, with chunked transfer encoding.
        public var chunks: [Data]?
        public var chunkInterval: TimeAmount = .milliseconds(0)
        /// After the chunks: `.end` finishes the response, `.close` drops the connection, `.stall` sends
        /// nothing more and keeps the connection open.
        public var afterChunks = AfterChunks.end

        public enum AfterChunks: Sendable { case end, close, stall }

        /// A streamed response: the pieces, one every `interval`.
        public static func streamed(_ chunks: [Data], interval: TimeAmount = .milliseconds(0), then after: AfterChunks = .end,
                                    headers: [(String, String)] = [("Content-Type", "text/event-stream")]) -> Response {
            var response = Response(status: 200, headers: headers)
            response.chunks = chunks
            response.chunkInterval = interval
            response.afterChunks = after
            return response
        }

        public init(status: Int = 200, headers: [(String, String)] = [], body: Data = Data(),
                    dropAfterBytes: Int? = nil, hang: Bool = false) {
            self.status = status
            self.headers = headers
            self.body = body
            self.dropAfterBytes = dropAfterBytes
            self.hang = hang
        }

        public init(status: Int = 200, contentType: String = "application/xml", _ text: String) {
            self.init(status: status, headers: [("Content-Type", contentType)], body: Data(text.utf8))
        }
    }

    public typealias Handler = @Sendable (Request) -> Response

    private let channel: any Channel
    private let log = NIOLockedValueBox<[Request]>([])
    public let port: Int
    public var baseURL: String { "http://127.0.0.1:\(port)" }
    private let stallLog = NIOLockedValueBox<[Duration]>([])
    /// Every request received so far, in order.
    public var requests: [Request] { log.withLockedValue { $0 } }
    /// For each `.stall` whose connection the client has closed: how long the server stayed silent
    /// before that. Timed on the server's event loop, so a test's own late wake-up on a loaded machine
    /// is not counted.
    public var silencesEndedByClient: [Duration] { stallLog.withLockedValue { $0 } }

    private init(channel: any Channel, port: Int) {
        self.channel = channel
        self.port = port
    }

    public static func start(_ handler: @escaping Handler) async throws -> LoopbackServer {
        let box = NIOLockedValueBox<LoopbackServer?>(nil)
        let bootstrap = ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.backlog, value: 64)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.pipeline.configureHTTPServerPipeline().flatMap {
                    channel.pipeline.addHandler(RequestHandler(handler: handler, record: { request in
                        box.withLockedValue { $0 }?.log.withLockedValue { $0.append(request) }
                    }, recordSilence: { silence in
                        box.withLockedValue { $0 }?.stallLog.withLockedValue { $0.append(silence) }
                    }))
                }
            }
        let channel = try await bootstrap.bind(host: "127.0.0.1", port: 0).get()
        guard let port = channel.localAddress?.port else { throw ServerError.noPort }
        let server = LoopbackServer(channel: channel, port: port)
        box.withLockedValue { $0 = server }
        return server
    }

    public func stop() async {
        try? await channel.close()
    }

    enum ServerError: Error { case noPort }
}

private final class RequestHandler: ChannelInboundHandler, @unchecked Sendable {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private let handler: LoopbackServer.Handler
    private let record: @Sendable (LoopbackServer.Request) -> Void
    private let recordSilence: @Sendable (Duration) -> Void
    private var head: HTTPRequestHead?
    private var body = Data()

    init(handler: @escaping LoopbackServer.Handler, record: @escaping @Sendable (LoopbackServer.Request) -> Void,
         recordSilence: @escaping @Sendable (Duration) -> Void) {
        self.handler = handler
        self.record = record
        self.recordSilence = recordSilence
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let requestHead):
            head = requestHead
            body = Data()
        case .body(let buffer):
            body.append(contentsOf: buffer.readableBytesView)
        case .end:
            guard let head else { return }
            var request = LoopbackServer.Request(
                method: head.method.rawValue, uri: head.uri, headers: head.headers.map { ($0.name, $0.value) })
            request.body = body
            record(request)
            respond(handler(request), context: context)
        }
    }

    private func respond(_ response: LoopbackServer.Response, context: ChannelHandlerContext) {
        guard !response.hang else { return }
        if let chunks = response.chunks {
            stream(chunks, response: response, context: context)
            return
        }
        var headers = HTTPHeaders(response.headers)
        headers.replaceOrAdd(name: "Content-Length", value: String(response.body.count))
        let status = HTTPResponseStatus(statusCode: response.status)
        context.write(wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: status, headers: headers))),
                      promise: nil)
        let bytes = response.dropAfterBytes.map { response.body.prefix($0) } ?? response.body
        var buffer = context.channel.allocator.buffer(capacity: bytes.count)
        buffer.writeBytes(bytes)
        context.write(wrapOutboundOut(.body(.byteBuffer(buffer))), promise: nil)
        if response.dropAfterBytes != nil {
            context.flush()
            context.close(promise: nil)
            return
        }
        context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
    }
}

extension RequestHandler {
    fileprivate func stream(_ chunks: [Data], response: LoopbackServer.Response, context: ChannelHandlerContext) {
        var headers = HTTPHeaders(response.headers)
        headers.replaceOrAdd(name: "Transfer-Encoding", value: "chunked")
        let status = HTTPResponseStatus(statusCode: response.status)
        context.writeAndFlush(wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: status, headers: headers))),
                              promise: nil)
        let channel = context.channel
        let loop = context.eventLoop
        @Sendable func step(_ index: Int) {
            guard channel.isActive else { return }
            if index == chunks.count {
                switch response.afterChunks {
                case .end: channel.writeAndFlush(HTTPServerResponsePart.end(nil), promise: nil)
                case .close: channel.close(promise: nil)
                case .stall:
                    let silentSince = ContinuousClock.now
                    let recordSilence = recordSilence
                    channel.closeFuture.whenComplete { _ in recordSilence(ContinuousClock.now - silentSince) }
                }
                return
            }
            var buffer = channel.allocator.buffer(capacity: chunks[index].count)
            buffer.writeBytes(chunks[index])
            channel.writeAndFlush(HTTPServerResponsePart.body(.byteBuffer(buffer)), promise: nil)
            loop.scheduleTask(in: response.chunkInterval) { step(index + 1) }
        }
        loop.scheduleTask(in: response.chunkInterval) { step(0) }
    }
}

/// Answers each path from a script: the responses queued for it in order, the last one repeating.
public final class ScriptedRoutes: Sendable {
    private let routes = NIOLockedValueBox<[String: [LoopbackServer.Response]]>([:])
    private let fallback: LoopbackServer.Response

    public init(fallback: LoopbackServer.Response = .init(status: 404, contentType: "text/plain", "not found")) {
        self.fallback = fallback
    }

    /// Queues responses for requests whose path starts with `pathPrefix`.
    public func on(_ pathPrefix: String, _ responses: LoopbackServer.Response...) {
        routes.withLockedValue { $0[pathPrefix, default: []] += responses }
    }

    public func respond(_ request: LoopbackServer.Request) -> LoopbackServer.Response {
        routes.withLockedValue { routes in
            let match = routes.keys.filter { request.uri.hasPrefix($0) }.max { $0.count < $1.count }
            guard let key = match, var queue = routes[key], !queue.isEmpty else { return fallback }
            let next = queue.count > 1 ? queue.removeFirst() : queue[0]
            routes[key] = queue
            return next
        }
    }
}
