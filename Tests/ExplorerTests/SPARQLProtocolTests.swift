import Explorer
import Foundation
import RDF
import Testing

/// An engine for the protocol tests: answers `SELECT ?s ?label` with two rows, refuses the rest.
///
/// The protocol layer is what is under test (parameters, methods, negotiation, status codes), so
/// the engine only has to tell one query from another.
struct TwoRowEngine: SPARQLService {
    func select(_ query: String) throws -> ResultTable {
        guard query.contains("SELECT") else { throw QueryError("syntax error at line 1") }
        return ResultTable(
            columns: ["s", "label"],
            rows: [
                [.iri(Vocab.vgi.iri("o-1")), .literal(Literal("华为, \"云\"", language: "zh"))],
                [.iri(Vocab.vgi.iri("o-2")), nil],
            ])
    }
}

@Suite struct SPARQLProtocolTests {
    let site = ExplorerFixture.site(sparql: TwoRowEngine())
    let query = "query=SELECT%20%2A%20WHERE%20%7B%7D"

    @Test func withoutAnEngineQueriesAre501() {
        let bare = ExplorerFixture.site()
        let answer = ExplorerFixture.get(bare, "/sparql", query: query)
        #expect(answer.status == 501)
        #expect(answer.body.contains("not available"))
    }

    @Test func getNegotiatesByAcceptAndFormat() {
        let json = ExplorerFixture.get(site, "/sparql", query: query)
        #expect(json.status == 200)
        #expect(json.contentType == "application/sparql-results+json; charset=utf-8")
        let parsed = try? JSONSerialization.jsonObject(with: Data(json.body.utf8)) as? [String: Any]
        let head = parsed?["head"] as? [String: Any]
        #expect(head?["vars"] as? [String] == ["s", "label"])
        let csv = ExplorerFixture.get(site, "/sparql", query: query, accept: "text/csv")
        #expect(csv.contentType == "text/csv; charset=utf-8")
        #expect(
            csv.body
                == "s,label\r\nhttps://w3id.org/vocgraph/id/o-1,\"华为, \"\"云\"\"\"\r\nhttps://w3id.org/vocgraph/id/o-2,\r\n"
        )
        let tsv = ExplorerFixture.get(site, "/sparql", query: query + "&format=tsv")
        #expect(tsv.contentType == "text/tab-separated-values; charset=utf-8")
        #expect(
            tsv.body.hasPrefix(
                "?s\t?label\n<https://w3id.org/vocgraph/id/o-1>\t\"华为, \\\"云\\\"\"@zh\n"))
        let weighted = ExplorerFixture.get(
            site, "/sparql", query: query, accept: "text/csv;q=0.5, application/sparql-results+json"
        )
        #expect(weighted.contentType.hasPrefix("application/sparql-results+json"))
    }

    @Test func postFormAndDirectBody() {
        let form = site.respond(
            SiteRequest(
                method: .post, path: "/sparql", accept: "text/tab-separated-values",
                contentType: "application/x-www-form-urlencoded", body: Data(query.utf8)))
        #expect(form.status == 200)
        #expect(form.contentType.hasPrefix("text/tab-separated-values"))
        let direct = site.respond(
            SiteRequest(
                method: .post, path: "/sparql", contentType: "application/sparql-query",
                body: Data("SELECT * WHERE {}".utf8)))
        #expect(direct.status == 200)
        let wrong = site.respond(
            SiteRequest(
                method: .post, path: "/sparql", contentType: "application/json",
                body: Data("{}".utf8)))
        #expect(wrong.status == 415)
    }

    @Test func badRequestsHaveClearStatuses() {
        #expect(ExplorerFixture.get(site, "/sparql").status == 400)
        #expect(ExplorerFixture.get(site, "/sparql", accept: "text/html").status == 200)
        #expect(ExplorerFixture.get(site, "/sparql", query: "query=ASK").status == 400)
        #expect(ExplorerFixture.get(site, "/sparql", query: query + "&" + query).status == 400)
        #expect(ExplorerFixture.get(site, "/sparql", query: query + "&format=xml").status == 400)
        let xml = ExplorerFixture.get(
            site, "/sparql", query: query, accept: "application/sparql-results+xml")
        #expect(xml.status == 406)
        let refused = ExplorerFixture.get(site, "/sparql", query: "query=DESCRIBE")
        #expect(refused.body.contains("syntax error at line 1"))
    }
}
