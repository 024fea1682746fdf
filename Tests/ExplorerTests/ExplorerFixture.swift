import Explorer
import Foundation
import RDF
import RaptorIO
import TestSupport

/// The corpus graph and a site over it, built once for every test of the target.
enum ExplorerFixture {
    static let corpus = Command.packageRoot.appendingPathComponent("Graphs/corpus.ttl").path

    static let graph: Graph = {
        do {
            return try RDFReader().read(file: corpus, format: nil)
        } catch {
            preconditionFailure("Graphs/corpus.ttl does not load: \(error)")
        }
    }()

    static let index = ExplorerIndex(graph: graph)

    static func site(sparql: (any SPARQLService)? = nil) -> ExplorerSite {
        ExplorerSite(index: index, sparql: sparql)
    }

    /// `GET path?query` on a site.
    static func get(
        _ site: ExplorerSite, _ path: String, query: String = "", accept: String? = nil
    ) -> SiteResponse {
        site.respond(SiteRequest(path: path, query: query, accept: accept))
    }

    /// The schools the Datalog engine says partner with an enterprise named 华为, by label.
    static func huaweiSchoolsByDatalog() throws -> [String] {
        let program = try String(
            contentsOf: Command.packageRoot.appendingPathComponent(
                "Examples/datalog/huawei-partners.dl"), encoding: .utf8)
        let response = get(
            site(), "/query.csv", query: "lang=datalog&q=" + encode(program))
        let lines = response.body.split(separator: "\r\n").dropFirst()
        return lines.map { $0.split(separator: ",")[1] }.map(String.init).sorted()
    }

    /// Percent-encodes a form value.
    static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }
}
