import RDF

/// A graph as N-Triples text, the form Rasqal's data graph parses.
///
/// `Term.description` is N-Triples syntax already (strings and IRIs escaped); blank-node labels
/// keep ours, which the N-Triples grammar accepts as we mint them (`b0`, `genid12`).
enum NTriplesText {
    static func encode(_ graph: Graph) -> String {
        var out = ""
        for triple in graph.triples {
            out += "\(triple.subject) \(triple.predicate) \(triple.object) .\n"
        }
        return out
    }
}
