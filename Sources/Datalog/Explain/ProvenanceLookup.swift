import RDF

/// Reads the extractor's provenance for a triple:
/// `?f a vg:Fact ; rdf:subject S ; rdf:predicate P ; rdf:object O ; prov:wasDerivedFrom ?e .
///  ?e oa:hasSource ?doc ; vg:line N ; oa:hasSelector [ oa:exact "quote" ]`.
struct ProvenanceLookup {
    let graph: Graph

    static let prov = "http://www.w3.org/ns/prov#"
    static let oa = "http://www.w3.org/ns/oa#"

    private func id(_ iri: String) -> TermID? { graph.id(of: .iri(iri)) }

    private func objects(_ s: TermID, _ p: String) -> [TermID] {
        guard let pid = id(p) else { return [] }
        return graph.match(s, pid, nil).map(\.o)
    }

    func sources(of triple: (Term, Term, Term)) -> [SourceQuote] {
        let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
        guard let s = graph.id(of: triple.0), let p = graph.id(of: triple.1),
            let o = graph.id(of: triple.2),
            let subjectP = id(rdf + "subject"), let predicateP = id(rdf + "predicate"),
            let objectP = id(rdf + "object")
        else { return [] }
        var out: [SourceQuote] = []
        for candidate in graph.match(nil, subjectP, s).map(\.s) {
            guard !graph.match(candidate, predicateP, p).isEmpty,
                !graph.match(candidate, objectP, o).isEmpty
            else { continue }
            for evidence in objects(candidate, ProvenanceLookup.prov + "wasDerivedFrom") {
                let doc = objects(evidence, ProvenanceLookup.oa + "hasSource").first
                var name = doc.map { graph.term($0).description } ?? "(unknown document)"
                if let doc {
                    let labels =
                        objects(doc, "http://purl.org/dc/terms/title")
                        + objects(doc, Vocab.rdfs.label.string)
                    if let l = labels.first, case .literal(let lit) = graph.term(l) {
                        name = lit.lexical
                    }
                }
                let line = objects(evidence, Vocab.vgNamespace + "line").first.flatMap {
                    graph.term($0).literal
                }
                .flatMap { Int($0.lexical) }
                var quote: String?
                for selector in objects(evidence, ProvenanceLookup.oa + "hasSelector") {
                    if let q = objects(selector, ProvenanceLookup.oa + "exact").first,
                        case .literal(let l) = graph.term(q)
                    {
                        quote = l.lexical
                    }
                }
                out.append(SourceQuote(document: name, line: line, quote: quote))
            }
        }
        return out.sorted { ($0.document, $0.line ?? 0) < ($1.document, $1.line ?? 0) }
    }
}
