import Foundation
import RDF

/// The source texts of the graph's documents, for the document pages (quote in its context).
public protocol SourceTexts: Sendable {
    /// The lines of the document whose label (file name) is `label`, or nil when it is not at hand.
    func lines(ofDocument label: String) -> [String]?
}

/// Every page and endpoint of the explorer, as a function from request to response.
///
/// The HTTP server (`ExplorerServer`) only translates to and from Hummingbird's types, so the whole
/// site is tested without a socket, and again through one by the browser tests.
public struct ExplorerSite: Sendable {
    public let index: ExplorerIndex
    public let texts: (any SourceTexts)?
    public let sparql: (any SPARQLService)?
    let datalog: DatalogRunner

    public init(
        index: ExplorerIndex, texts: (any SourceTexts)? = nil, sparql: (any SPARQLService)? = nil
    ) {
        self.index = index
        self.texts = texts
        self.sparql = sparql
        self.datalog = DatalogRunner(graph: index.graph)
    }

    /// The answer to `request`; never throws: bad input is a 4xx page with the reason.
    public func respond(_ request: SiteRequest) -> SiteResponse {
        let fields: FormFields
        do {
            fields = try FormFields(parsing: request.query)
        } catch {
            return .text(error.message, status: 400)
        }
        let path = request.path
        switch path {
        case "/sparql": return sparqlEndpoint(request, fields)
        case "/query", "/query.csv": return query(request, fields, csv: path == "/query.csv")
        default: break
        }
        guard request.method == .get else {
            var response = SiteResponse.text("\(path) answers GET only", status: 405)
            response.headers.append(("Allow", "GET"))
            return response
        }
        switch path {
        case "/", "/search": return searchPage(fields["q"] ?? "")
        case "/policies": return policiesPage()
        case "/metrics": return metricsPage()
        case "/metric": return metricPage(fields["m"] ?? "")
        case "/metric.svg": return metricSVG(fields["m"] ?? "")
        case "/entity": return entityPage(fields["iri"] ?? "")
        default: break
        }
        let parts = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        switch (parts.first, parts.count) {
        case ("id", 2): return entityPage(Vocab.vgi.namespace + parts[1])
        case ("policy", 2):
            return policyPage(Vocab.vgi.namespace + parts[1], fields)
        case ("policy", 3):
            return policyFile(Vocab.vgi.namespace + parts[1], file: parts[2], fields)
        case ("document", 2):
            return documentPage(
                Vocab.vgi.namespace + parts[1], line: fields["line"].flatMap { Int($0) },
                quote: fields["quote"] ?? "")
        default:
            return .problem("找不到页面 Not found", "no page at \(path)", status: 404)
        }
    }

    /// The link to a node's page: `/id/<local>` for VocGraph instances, else `/entity?iri=`.
    func href(_ iri: String) -> String {
        if iri.hasPrefix(Vocab.vgi.namespace) {
            let local = String(iri.dropFirst(Vocab.vgi.namespace.count))
            if !local.contains("/") { return "/id/" + HTML.urlEncode(local) }
        }
        return "/entity?iri=" + HTML.urlEncode(iri)
    }

    /// `<a href="/id/…">label</a>` for a node.
    func nodeLink(_ iri: String) -> String { HTML.link(href(iri), index.label(iri: iri)) }

    /// The link to the source line of a piece of evidence.
    func sourceLink(_ evidence: Evidence) -> String {
        let local = evidence.document.replacingOccurrences(of: Vocab.vgi.namespace, with: "")
        var href = "/document/" + HTML.urlEncode(local)
        var text = evidence.documentLabel
        if let line = evidence.line {
            href += "?line=\(line)&quote=" + HTML.urlEncode(evidence.quote) + "#L\(line)"
            text += " 第 \(line) 行"
        }
        return HTML.link(href, text, cssClass: "source")
    }
}
