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

    /// The union of many graphs in one pass: terms interned in graph order, ID triples translated,
    /// then a single sort. Blank nodes with equal labels are the same node (use `merge(_:)` to keep
    /// documents' blank nodes apart).
    /// - Complexity: O(T + N log N) for T terms and N triples in all.
    public init(merging graphs: [Graph]) {
        var dictionary = TermDictionary()
        var triples: [IDTriple] = []
        triples.reserveCapacity(graphs.reduce(0) { $0 + $1.count })
        for graph in graphs {
            let map = graph.dictionary.terms.map { dictionary.intern($0) }
            for t in graph.spo {
                triples.append(
                    IDTriple(map[Int(t.s.rawValue)], map[Int(t.p.rawValue)], map[Int(t.o.rawValue)])
                )
            }
        }
        self.init(dictionary: dictionary, idTriples: triples)
    }
}
