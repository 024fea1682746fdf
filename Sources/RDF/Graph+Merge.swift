extension Graph {
    /// Adds the triples of `other` as a separate RDF document: blank nodes of `other` whose labels
    /// already occur here are relabelled (`b1` → `b1_2`, then `b1_3` …), so distinct documents never
    /// share a blank node by accident. Labels depend only on the inputs, never on hashing.
    public mutating func merge(_ other: Graph) {
        var taken = Set<String>()
        for term in dictionary.terms { if case .blank(let node) = term { taken.insert(node.id) } }
        guard !taken.isEmpty else {
            formUnion(other)
            return
        }
        var copy = Graph()
        for term in other.dictionary.terms {
            guard case .blank(let node) = term else {
                _ = copy.intern(term)
                continue
            }
            var label = node.id
            var suffix = 2
            while taken.contains(label) {
                label = "\(node.id)_\(suffix)"
                suffix += 1
            }
            taken.insert(label)
            _ = copy.intern(.blank(BlankNode(label)))
        }
        copy.insert(idTriples: other.spo)
        formUnion(copy)
    }
}
