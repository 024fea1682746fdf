import RDF

extension GraphBuilder {
    /// One node per policy: a policy document and every citation of it (same 文号, or the same
    /// title where the title names a single 文号; a bare `《关于…》` also meets the one title
    /// that adds issuers before its 关于) become one node.
    ///
    /// Keys are normalised: whitespace and 《》 dropped, brackets of a number unified
    /// (`粤府[2020]63号` = `粤府〔2020〕63号`), titles of fewer than eight characters ignored. The
    /// node kept is the document's (`vgi:d-…`) when the graph has it, else the citation minted
    /// from the number, else the smallest IRI, so the result does not depend on document order.
    static func onePolicyNode(_ graph: Graph) -> Graph {
        guard let type = graph.id(of: .iri(Vocab.rdf.type)),
            let idLocal = graph.id(of: .iri(Vocab.eli.id_local))
        else { return graph }
        let policy = graph.id(of: .iri(Vocab.vg.Policy))
        let document = graph.id(of: .iri(Vocab.vg.Document))
        let title = graph.id(of: .iri(Vocab.dcterms.title))
        let kind = graph.id(of: .iri(Vocab.dcterms.type))
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
            // `教育部 广东省人民政府关于…` by its part from 关于 on, for citations without issuers.
            var byTail: [String: [(full: String, node: TermID)]] = [:]
            for c in ordered {
                for t in graph.match(c, title, nil) {
                    let key = normalizedTitle(text(t.o))
                    guard key.count >= 8 else { continue }
                    byTitle[key, default: []].append(c)
                    if let tail = issuedTail(key) { byTail[tail, default: []].append((key, c)) }
                }
            }
            func merge(_ nodes: [TermID]) {
                guard nodes.count > 1 else { return }
                // Merge by title only where the title does not name two different numbers.
                let numberGroups = Set(nodes.filter(numbered.contains).map(find))
                guard numberGroups.count <= 1 else { return }
                for node in nodes.dropFirst() { union(nodes[0], node) }
            }
            for key in byTitle.keys.sorted() {
                guard let nodes = byTitle[key] else { continue }
                merge(nodes)
                // A bare 《关于…》 meets an issued title only when one issuer has that title.
                if let issued = byTail[key], Set(issued.map(\.full)).count == 1 {
                    merge(nodes + issued.map(\.node))
                }
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
        let cites = graph.id(of: .iri(Vocab.vg.cites))
        let label = graph.id(of: .iri(Vocab.rdfs.label))
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
            // The kept node's own name stays its label (a citation's 《…》 wording does not).
            if t.p == label && s != t.s { continue }
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

    /// The part from 关于 on of a title that issuers precede, if it is eight characters or more.
    static func issuedTail(_ normalized: String) -> String? {
        guard let range = normalized.range(of: "关于"), range.lowerBound > normalized.startIndex
        else { return nil }
        let tail = String(normalized[range.lowerBound...])
        return tail.count >= 8 ? tail : nil
    }

    /// A title without whitespace, 《》 or quotation marks.
    static func normalizedTitle(_ title: String) -> String {
        String(title.filter { !$0.isWhitespace && !"《》“”\"".contains($0) })
    }
}
