import RDF

extension GraphBuilder {
    /// One node per policy: a policy document and every citation of it (same 文号, or the same
    /// title, with or without the issuers before 关于, where the title names a single 文号)
    /// become one node.
    ///
    /// Keys are normalised: whitespace and 《》 dropped, brackets of a number unified
    /// (`粤府[2020]63号` = `粤府〔2020〕63号`), titles of fewer than eight characters ignored. The
    /// node kept is the document's (`vgi:d-…`) when the graph has it, else the citation minted
    /// from the number, else the smallest IRI, so the result does not depend on document order.
    static func onePolicyNode(_ graph: Graph) -> Graph {
        let ns = (dcterms: "http://purl.org/dc/terms/", eli: "http://data.europa.eu/eli/ontology#")
        guard let type = graph.id(of: .iri(Vocab.rdf.type)),
            let idLocal = graph.id(of: .iri(IRI(unchecked: ns.eli + "id_local")))
        else { return graph }
        let policy = graph.id(of: .iri(Vocab.vg.term("Policy")))
        let document = graph.id(of: .iri(Vocab.vg.term("Document")))
        let title = graph.id(of: .iri(IRI(unchecked: ns.dcterms + "title")))
        let kind = graph.id(of: .iri(IRI(unchecked: ns.dcterms + "type")))
        func text(_ id: TermID) -> String { graph.term(id).literal?.lexical ?? "" }

        // Policy-like nodes: typed vg:Policy, or documents with their own number or a policy kind.
        var candidates = Set<TermID>()
        if let policy { for t in graph.match(nil, type, policy) { candidates.insert(t.s) } }
        for t in graph.match(nil, idLocal, nil) { candidates.insert(t.s) }
        if let kind {
            for t in graph.match(nil, kind, nil) where ["policy", "notice"].contains(text(t.o)) {
                candidates.insert(t.s)
            }
        }
        guard candidates.count > 1 else { return graph }
        let isDocument = { (id: TermID) -> Bool in
            guard let document else { return false }
            return !graph.match(id, type, document).isEmpty
        }

        var parent: [TermID: TermID] = [:]
        func find(_ x: TermID) -> TermID {
            var root = x
            while let p = parent[root], p != root { root = p }
            var node = x
            while let p = parent[node], p != root {
                parent[node] = root
                node = p
            }
            return root
        }
        func union(_ a: TermID, _ b: TermID) {
            let (ra, rb) = (find(a), find(b))
            if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
        }
        for c in candidates { parent[c] = c }

        let ordered = candidates.sorted()
        var byNumber: [String: TermID] = [:]
        var numbered = Set<TermID>()
        for c in ordered {
            for t in graph.match(c, idLocal, nil) {
                let key = normalizedNumber(text(t.o))
                numbered.insert(c)
                if let first = byNumber[key] { union(first, c) } else { byNumber[key] = c }
            }
        }
        if let title {
            var byTitle: [String: [TermID]] = [:]
            for c in ordered {
                for t in graph.match(c, title, nil) {
                    for key in titleKeys(text(t.o)) { byTitle[key, default: []].append(c) }
                }
            }
            for key in byTitle.keys.sorted() {
                guard let nodes = byTitle[key], nodes.count > 1 else { continue }
                // Merge by title only where the title does not name two different numbers.
                let numberGroups = Set(nodes.filter(numbered.contains).map(find))
                guard numberGroups.count <= 1 else { continue }
                for node in nodes.dropFirst() { union(nodes[0], node) }
            }
        }

        // The node each group keeps.
        var members: [TermID: [TermID]] = [:]
        for c in ordered { members[find(c), default: []].append(c) }
        var replacement: [TermID: TermID] = [:]
        for group in members.values where group.count > 1 {
            func iri(_ id: TermID) -> String { graph.term(id).iri?.string ?? "" }
            let documents = group.filter(isDocument).sorted { iri($0) < iri($1) }
            let minted = group.filter(numbered.contains).sorted { iri($0) < iri($1) }
            let all = group.sorted { iri($0) < iri($1) }
            guard let keep = documents.first ?? minted.first ?? all.first else { continue }
            for node in group where node != keep { replacement[node] = keep }
        }
        guard !replacement.isEmpty else { return graph }
        let cites = graph.id(of: .iri(Vocab.vg.term("cites")))
        // The numbers each kept node has itself: a merged node's spelling of one is dropped.
        var keptNumbers: [TermID: Set<String>] = [:]
        for keep in Set(replacement.values) {
            keptNumbers[keep] = Set(
                graph.match(keep, idLocal, nil).map { normalizedNumber(text($0.o)) })
        }
        var triples: [IDTriple] = []
        triples.reserveCapacity(graph.count)
        for t in graph.spo {
            let s = replacement[t.s] ?? t.s
            let o = replacement[t.o] ?? t.o
            if t.p == cites && s == o { continue }  // a policy citing itself
            if t.p == idLocal, s != t.s,
                keptNumbers[s]?.contains(normalizedNumber(text(t.o))) == true
            {
                continue
            }
            triples.append(IDTriple(s, t.p, o))
        }
        return Graph(dictionary: graph.dictionary, idTriples: triples)
    }

    /// `粤府[2020]63号`, `粤府（2020）63号` and ` 粤府〔2020〕63号` as `粤府〔2020〕63号`.
    static func normalizedNumber(_ number: String) -> String {
        var out = ""
        for c in number where !c.isWhitespace {
            switch c {
            case "[", "［", "【", "(", "（": out.append("〔")
            case "]", "］", "】", ")", "）": out.append("〕")
            default: out.append(c)
            }
        }
        return out
    }

    /// The keys a title is known by: the whole title, and the part from 关于 on when issuers
    /// precede it (`教育部 广东省人民政府关于…意见` is cited as `《关于…意见》`); keys shorter than
    /// eight characters are dropped.
    static func titleKeys(_ title: String) -> Set<String> {
        let whole = normalizedTitle(title)
        var keys: Set<String> = [whole]
        if let range = whole.range(of: "关于"), range.lowerBound > whole.startIndex {
            keys.insert(String(whole[range.lowerBound...]))
        }
        return keys.filter { $0.count >= 8 }
    }

    /// A title without whitespace, 《》 or quotation marks.
    static func normalizedTitle(_ title: String) -> String {
        String(title.filter { !$0.isWhitespace && !"《》“”\"".contains($0) })
    }
}
