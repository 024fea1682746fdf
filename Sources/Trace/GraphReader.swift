import RDF

/// Small typed lookups on a graph (first object, subjects, literals as numbers).
struct GraphReader {
    var graph: Graph

    func objects(_ s: Term, _ p: Term) -> [Term] {
        graph.match(subject: s, predicate: p).map(\.object)
    }

    func object(_ s: Term, _ p: Term) -> Term? { objects(s, p).min() }

    /// Subjects with `p` = `o`, sorted.
    func subjects(_ p: Term, _ o: Term) -> [Term] {
        graph.match(predicate: p, object: o).map(\.subject).sorted()
    }

    func string(_ s: Term, _ p: Term) -> String? { object(s, p)?.literal?.lexical }

    /// A finite number (a 400-digit decimal, which a `Double` holds as infinity, is none).
    func double(_ s: Term, _ p: Term) -> Double? {
        string(s, p).flatMap(Double.init).flatMap { $0.isFinite ? $0 : nil }
    }

    func int(_ s: Term, _ p: Term) -> Int? { string(s, p).flatMap { Int($0) } }

    func iriString(_ t: Term) -> String { t.iri?.string ?? t.description }
}
