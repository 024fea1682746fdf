import Foundation
import Hummingbird
import Logging
import NIOCore

/// The explorer's HTTP server: Hummingbird in front of `ExplorerSite`.
///
/// Binds 127.0.0.1 unless told otherwise (the graph may hold unpublished documents). SIGINT and
/// SIGTERM stop it gracefully: open requests finish, the port is released, `run()` returns.
public struct ExplorerServer: Sendable {
    public var site: ExplorerSite
    public var host: String
    public var port: Int

    public init(site: ExplorerSite, host: String = "127.0.0.1", port: Int = 8080) {
        self.site = site
        self.host = host
        self.port = port
    }

    /// The largest request body read (a POSTed query); larger ones get 413.
    static let maxBody = 1 << 20

    /// Serves until SIGINT or SIGTERM; `onRunning` gets the bound port (useful with port 0).
    public func run(onRunning: @escaping @Sendable (Int) -> Void = { _ in }) async throws {
        let site = self.site
        let router = Router()
        let handler: @Sendable (Request, BasicRequestContext) async throws -> Response = {
            request, _ in
            try await Self.respond(site, request)
        }
        router.get("/", use: handler)
        router.get("**", use: handler)
        router.post("**", use: handler)
        var logger = Logger(label: "vocgraph.serve")
        logger.logLevel = .warning
        let app = Application(
            router: router,
            configuration: .init(address: .hostname(host, port: port), serverName: "vocgraph"),
            onServerRunning: { channel in onRunning(channel.localAddress?.port ?? 0) },
            logger: logger)
        try await app.runService(gracefulShutdownSignals: [.sigterm, .sigint])
    }

    static func respond(_ site: ExplorerSite, _ request: Request) async throws -> Response {
        let body: ByteBuffer
        do {
            body = try await request.body.collect(upTo: maxBody)
        } catch {
            return Response(
                status: .contentTooLarge,
                headers: [.contentType: "text/plain; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: "request body over \(maxBody) bytes\n")))
        }
        let method: SiteRequest.Method
        switch request.method {
        case .get, .head: method = .get
        case .post: method = .post
        default:
            return Response(status: .methodNotAllowed, headers: [.allow: "GET, POST"])
        }
        let path = request.uri.path.removingPercentEncoding ?? request.uri.path
        let siteRequest = SiteRequest(
            method: method, path: path, query: request.uri.query ?? "",
            accept: request.headers[.accept], contentType: request.headers[.contentType],
            body: Data(buffer: body))
        let answer = site.respond(siteRequest)
        var headers: HTTPFields = [.contentType: answer.contentType]
        for (name, value) in answer.headers {
            switch name {
            case "Content-Disposition": headers[.contentDisposition] = value
            case "Allow": headers[.allow] = value
            case "Location": headers[.location] = value
            default: preconditionFailure("ExplorerSite set header \(name), which is not mapped")
            }
        }
        return Response(
            status: .init(code: answer.status), headers: headers,
            body: .init(byteBuffer: ByteBuffer(string: answer.body)))
    }
}
