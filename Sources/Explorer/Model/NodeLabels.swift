import RDF

/// The name an analyst reads for a node: its preferred label, else another name, else a short IRI.
///
/// The order is `skos:prefLabel`, `dcterms:title`, `rdfs:label`, `schema:name`; Chinese first
/// within each, then untagged. The title comes before `rdfs:label` because a document's label is
/// its file name (`003_e14b5b7abcd14605.txt`) and its title what an analyst knows it by. A node with none shows as its compact IRI (`vgi:o-5100e867baa1bfa6`),
/// never as a full hash IRI.
struct NodeLabels: Sendable {
    let graph: Graph
    static let prefixes = PrefixMap.standard

    static let order: [IRI] = [
        Vocab.skos.prefLabel, Vocab.dcterms.title, Vocab.rdfs.label,
        IRI(unchecked: Vocab.schema.namespace + "name"),
    ]

    /// The label of `term`; literals give their text.
    func label(_ term: Term) -> String {
        switch term {
        case .literal(let literal): return literal.lexical
        case .blank(let b): return "_:" + b.id
        case .iri(let iri):
            for predicate in Self.order {
                if let best = Self.best(strings(term, predicate)) { return best }
            }
            return Self.compact(iri)
        }
    }

    /// `vgi:o-…`, `vg:partnersWith`, or the full IRI when no prefix fits.
    static func compact(_ iri: IRI) -> String { prefixes.abbreviate(iri) ?? iri.string }

    /// Every literal of `term` under `predicate`, with its language.
    func strings(_ term: Term, _ predicate: IRI) -> [Literal] {
        graph.match(subject: term, predicate: .iri(predicate)).compactMap(\.object.literal)
    }

    /// Chinese, then untagged, then any; the smallest text among equals.
    static func best(_ literals: [Literal]) -> String? {
        func rank(_ l: Literal) -> Int {
            l.language?.hasPrefix("zh") == true ? 0 : (l.language == nil ? 1 : 2)
        }
        return literals.min { (rank($0), $0.lexical) < (rank($1), $1.lexical) }?.lexical
    }
}
