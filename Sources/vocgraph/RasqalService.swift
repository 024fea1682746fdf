import Explorer
import RDF
import SPARQL

/// The explorer's SPARQL engine: Rasqal, through the SPARQL module, over the served graph.
///
/// A CONSTRUCT query is answered as a table of its triples (subject, predicate, object), so the
/// query page and `/sparql` can show it; SELECT and ASK answers pass through as they are.
struct RasqalService: SPARQLService {
    let graph: Graph

    func select(_ query: String) throws -> ResultTable {
        let answer: SPARQLAnswer
        do {
            answer = try SPARQLEngine.run(query, file: "query.rq", over: graph)
        } catch {
            throw QueryError(error.description)
        }
        switch answer {
        case .table(let set):
            return ResultTable(title: set.title, columns: set.columns, rows: set.rows)
        case .graph(let triples):
            let rows = triples.triples.map {
                [$0.subject, $0.predicate, $0.object].map(Optional.some)
            }
            return ResultTable(title: "CONSTRUCT", columns: ["s", "p", "o"], rows: rows)
        }
    }
}
