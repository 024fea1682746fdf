import RDF

/// Finds the name of a node: its skos:prefLabel, else its rdfs:label, preferring Chinese, then
/// untagged, then any other language.
///
/// The preferred label comes first because it is the canonical name (华为技术有限公司) while
/// rdfs:label may hold a document's wording (华为).
public struct LabelLookup: Sendable {
    let graph: Graph

    /// Names from `graph`.
    public init(graph: Graph) { self.graph = graph }

    /// The label of `term`, or nil for literals and for nodes without one.
    public func label(of term: Term) -> Literal? {
        guard term.literal == nil, let s = graph.id(of: term) else { return nil }
        for predicate in [Vocab.skos.prefLabel, Vocab.rdfs.label] {
            guard let p = graph.id(of: .iri(predicate)) else { continue }
            var best: (rank: Int, label: Literal)?
            for t in graph.match(s, p, nil) {
                guard case .literal(let l) = graph.term(t.o) else { continue }
                let rank = l.language?.hasPrefix("zh") == true ? 0 : (l.language == nil ? 1 : 2)
                // Equal ranks: the smallest text, so that the choice does not depend on load order.
                if let current = best,
                    rank > current.rank
                        || (rank == current.rank && l.lexical >= current.label.lexical)
                {
                    continue
                }
                best = (rank, l)
            }
            if let best { return best.label }
        }
        return nil
    }
}
