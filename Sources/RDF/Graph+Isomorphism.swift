extension Graph {
    /// Whether the two graphs are equal up to a renaming of blank nodes (RDF graph isomorphism).
    ///
    /// Blank nodes are coloured by the non-blank terms around them and refined by their
    /// neighbours' colours until stable; nodes left with equal colours are matched by
    /// backtracking, so the check is exact. Meant for tests and tools, not for huge graphs.
    public func isIsomorphic(to other: Graph) -> Bool {
        guard count == other.count else { return false }
        let left = triples
        let right = other.triples
        let leftColours = Graph.blankColours(left)
        let rightColours = Graph.blankColours(right)
        guard leftColours.values.sorted() == rightColours.values.sorted() else { return false }
        let target = Set(right)
        var candidates: [(String, [String])] = []
        for (node, colour) in leftColours.sorted(by: { $0.key < $1.key }) {
            candidates.append(
                (node, rightColours.filter { $0.value == colour }.map(\.key).sorted()))
        }
        var mapping: [String: String] = [:]
        var used = Set<String>()
        func attempt(_ index: Int) -> Bool {
            if index == candidates.count {
                return left.allSatisfy { target.contains(Graph.rename($0, mapping)) }
            }
            let (node, options) = candidates[index]
            for option in options where !used.contains(option) {
                mapping[node] = option
                used.insert(option)
                if attempt(index + 1) { return true }
                used.remove(option)
            }
            mapping[node] = nil
            return false
        }
        return attempt(0)
    }

    private static func rename(_ triple: Triple, _ mapping: [String: String]) -> Triple {
        func map(_ term: Term) -> Term {
            if case .blank(let node) = term, let to = mapping[node.id] {
                return .blank(BlankNode(to))
            }
            return term
        }
        return Triple(map(triple.subject), triple.predicate, map(triple.object))
    }

    /// A colour (an integer-free canonical string) for every blank node.
    private static func blankColours(_ triples: [Triple]) -> [String: String] {
        var colour: [String: String] = [:]
        for t in triples {
            if case .blank(let n) = t.subject { colour[n.id] = "" }
            if case .blank(let n) = t.object { colour[n.id] = "" }
        }
        func name(_ term: Term) -> String {
            if case .blank(let n) = term { return "_:" + (colour[n.id] ?? "") }
            return term.description
        }
        for _ in 0..<max(1, min(colour.count, 16)) {
            var next: [String: [String]] = [:]
            for t in triples {
                if case .blank(let n) = t.subject {
                    next[n.id, default: []].append("out \(name(t.predicate)) \(name(t.object))")
                }
                if case .blank(let n) = t.object {
                    next[n.id, default: []].append("in \(name(t.subject)) \(name(t.predicate))")
                }
            }
            var refined: [String: String] = [:]
            for (node, edges) in next {
                refined[node] = String(edges.sorted().joined(separator: "|").hashValueStable)
            }
            if refined == colour { break }
            colour = refined
        }
        return colour
    }
}

extension String {
    /// A hash that is the same in every process (FNV-1a over UTF-8), unlike `hashValue`.
    var hashValueStable: UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return hash
    }
}
