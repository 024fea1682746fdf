import Foundation

/// A request as the site sees it, free of the HTTP server's types (tests build them directly).
public struct SiteRequest: Sendable {
    public enum Method: String, Sendable { case get = "GET", post = "POST" }

    public var method: Method
    /// The path without the query string, percent-decoded: `/id/o-5100e867baa1bfa6`.
    public var path: String
    /// The raw query string after `?` (empty without one).
    public var query: String
    /// The `Accept` header, if any.
    public var accept: String?
    /// The `Content-Type` header, if any.
    public var contentType: String?
    public var body: Data

    public init(
        method: Method = .get, path: String, query: String = "", accept: String? = nil,
        contentType: String? = nil, body: Data = Data()
    ) {
        self.method = method
        self.path = path
        self.query = query
        self.accept = accept
        self.contentType = contentType
        self.body = body
    }
}

/// What the site answers: a status, a media type and a body.
public struct SiteResponse: Sendable {
    public var status: Int
    public var contentType: String
    public var body: String
    /// Extra headers (`Content-Disposition` of a download, `Location` of a redirect, `Allow`).
    public var headers: [(String, String)] = []

    public init(status: Int = 200, contentType: String, body: String) {
        self.status = status
        self.contentType = contentType
        self.body = body
    }

    static func html(_ title: String, _ body: String, status: Int = 200) -> SiteResponse {
        SiteResponse(
            status: status, contentType: "text/html; charset=utf-8",
            body: PageLayout(title: title, body: body).rendered)
    }

    static func text(_ message: String, status: Int) -> SiteResponse {
        SiteResponse(status: status, contentType: "text/plain; charset=utf-8", body: message + "\n")
    }

    static func svg(_ svg: String) -> SiteResponse {
        SiteResponse(contentType: "image/svg+xml; charset=utf-8", body: svg)
    }

    /// An HTML error page with the message in a readable box.
    static func problem(_ title: String, _ message: String, status: Int) -> SiteResponse {
        html(
            title,
            "<h1>\(HTML.escape(title))</h1><div class=\"error\" role=\"alert\">\(HTML.escape(message))</div>",
            status: status)
    }
}
