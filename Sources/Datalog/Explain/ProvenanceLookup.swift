import RDF

/// Reads the extractor's provenance for a triple:
/// `?f a vg:Fact ; rdf:subject S ; rdf:predicate P ; rdf:object O ; prov:wasDerivedFrom ?e .
///  ?e oa:hasSource ?doc ; vg:line N ; oa:hasSelector [ oa:exact "quote" ]`.
struct ProvenanceLookup {
    let graph: Graph

    private func id(_ iri: IRI) -> TermID? { graph.id(of: .iri(iri)) }

    private func objects(_ s: TermID, _ p: IRI) -> [TermID] {
        guard let pid = id(p) else { return [] }
        return graph.match(s, pid, nil).map(\.o)
    }

    /// The quotes behind a triple: the evidence of its `vg:Fact` when the extractor reified it,
    /// else the evidence of its subject node itself (observations, targets and tasks carry
    /// `prov:wasDerivedFrom` directly), so figures explain down to the sentence too.
    func sources(of triple: (Term, Term, Term)) -> [SourceQuote] {
        guard let s = graph.id(of: triple.0), let p = graph.id(of: triple.1),
            let o = graph.id(of: triple.2)
        else { return [] }
        var evidence: [TermID] = []
        var facts: [TermID: TermID] = [:]
        if let subjectP = id(Vocab.rdf.subject), let predicateP = id(Vocab.rdf.predicate),
            let objectP = id(Vocab.rdf.object)
        {
            for candidate in graph.match(nil, subjectP, s).map(\.s) {
                guard !graph.match(candidate, predicateP, p).isEmpty,
                    !graph.match(candidate, objectP, o).isEmpty
                else { continue }
                for span in objects(candidate, Vocab.prov.wasDerivedFrom) {
                    evidence.append(span)
                    facts[span] = candidate
                }
            }
        }
        if evidence.isEmpty { evidence = objects(s, Vocab.prov.wasDerivedFrom) }
        return evidence.map { span in
            var q = quote(span)
            guard let fact = facts[span] else { return q }
            q.rule = objects(fact, Vocab.vg.rule).first.map { localName(graph.term($0)) }
            q.confidence = objects(fact, Vocab.vg.confidence).first
                .flatMap { graph.term($0).literal?.lexical }
            if let referent = objects(fact, Vocab.vg.referentEvidence).first {
                let named = quote(referent)
                q.referentLine = named.line
                q.referentQuote = named.quote
            }
            return q
        }.sorted {
            ($0.document, $0.line ?? 0) < ($1.document, $1.line ?? 0)
        }
    }

    /// `vgi:rule-cooperation-cue` → `cooperation-cue`.
    private func localName(_ term: Term) -> String {
        guard let iri = term.iri?.string else { return term.description }
        let tail =
            iri.split(whereSeparator: { $0 == "/" || $0 == "#" }).last.map(String.init) ?? iri
        return tail.hasPrefix("rule-") ? String(tail.dropFirst(5)) : tail
    }

    /// Document, line and exact text of one evidence span.
    private func quote(_ evidence: TermID) -> SourceQuote {
        let doc = objects(evidence, Vocab.oa.hasSource).first
        var name = doc.map { graph.term($0).description } ?? "(unknown document)"
        if let doc {
            let labels =
                objects(doc, Vocab.dcterms.title)
                + objects(doc, Vocab.rdfs.label)
            if let l = labels.first, case .literal(let lit) = graph.term(l) { name = lit.lexical }
        }
        let line = objects(evidence, Vocab.vg.line).first
            .flatMap { graph.term($0).literal }
            .flatMap { Int($0.lexical) }
        var exact: String?
        for selector in objects(evidence, Vocab.oa.hasSelector) {
            if let q = objects(selector, Vocab.oa.exact).first,
                case .literal(let l) = graph.term(q)
            {
                exact = l.lexical
            }
        }
        return SourceQuote(document: name, line: line, quote: exact)
    }
}
