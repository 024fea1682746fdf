import RDF

/// Turns extractions into RDF with the provenance shape of
/// `../shared/notes/ontology-and-provenance.md`: every edge has a `vg:Fact` node (reification
/// compatible) derived from an `oa:SpecificResource` span with the document, line, exact quote
/// and scalar start/end.
///
/// IRIs are content-derived (`o-`, `f-`, `e-`, `p-`, `d-` and 16 hex digits of SHA-256), so a
/// rebuild is byte-identical and documents that name the same organisation share its node.
public struct GraphBuilder: Sendable {
    public init() {}

    private enum NS {
        static let vg = Vocab.vgNamespace
        static let foaf = "http://xmlns.com/foaf/0.1/"
        static let prov = "http://www.w3.org/ns/prov#"
        static let oa = "http://www.w3.org/ns/oa#"
        static let org = "http://www.w3.org/ns/org#"
        static let dcterms = "http://purl.org/dc/terms/"
        static let eli = "http://data.europa.eu/eli/ontology#"
        static let schema = "https://schema.org/"
    }

    private static func iri(_ namespace: String, _ local: String) -> Term {
        .iri(IRI(unchecked: namespace + local))
    }
    private static func vg(_ local: String) -> Term { iri(NS.vg, local) }
    private static func vgi(_ local: String) -> Term { .iri(Vocab.vgi.term(local)) }
    private static let type = Term.iri(Vocab.rdf.type)

    /// One graph holding every extraction, merged in the given order.
    public func graph(for extractions: [Extraction]) -> Graph {
        finish(Graph(merging: extractions.map(documentGraph)))
    }

    /// The graph of one document: organisations, facts with evidence, figures and targets.
    public func documentGraph(_ extraction: Extraction) -> Graph {
        var triples: [Triple] = []
        append(extraction, to: &triples)
        var figures = FigureGraph(graph: Graph(triples))
        figures.add(extraction.document, report: extraction.report)
        return figures.graph
    }

    /// What needs every document at once: one preferred label per node, one node per policy, and
    /// the links between targets and the observations reported since.
    public func finish(_ merged: Graph) -> Graph {
        var figures = FigureGraph(
            graph: GraphBuilder.onePolicyNode(GraphBuilder.onePreferredLabel(merged)))
        figures.link()
        return figures.graph
    }

    /// SKOS allows one `skos:prefLabel` per language: where documents name an organisation
    /// differently (深圳艺术学校 / 深圳市艺术学校), the longest name stays preferred (ties: the
    /// smallest in code-point order) and the others become `skos:altLabel`.
    static func onePreferredLabel(_ graph: Graph) -> Graph {
        guard let pref = graph.id(of: .iri(Vocab.skos.prefLabel)) else { return graph }
        func text(_ id: TermID) -> String { graph.term(id).literal?.lexical ?? "" }
        var chosen: [TermID: TermID] = [:]
        var crowded = false
        for t in graph.match(nil, pref, nil) {
            guard let current = chosen[t.s] else {
                chosen[t.s] = t.o
                continue
            }
            crowded = true
            let (a, b) = (text(t.o), text(current))
            if a.count > b.count || (a.count == b.count && a < b) { chosen[t.s] = t.o }
        }
        guard crowded else { return graph }
        var dictionary = graph.dictionary
        let alt = dictionary.intern(.iri(Vocab.skos.altLabel))
        let triples = graph.spo.map { t -> IDTriple in
            t.p == pref && chosen[t.s] != t.o ? IDTriple(t.s, alt, t.o) : t
        }
        return Graph(dictionary: dictionary, idTriples: triples)
    }

    /// The document node's local name: `d-` and 16 hex digits of the source bytes' SHA-256.
    public static func documentLocalName(_ document: Document) -> String {
        "d-" + String((document.sha256 ?? SHA256.hex(document.text)).prefix(16))
    }

    private func append(_ x: Extraction, to out: inout [Triple]) {
        typealias G = GraphBuilder
        let document = x.document
        let doc = G.vgi(G.documentLocalName(document))
        out.append(Triple(doc, G.type, G.vg("Document")))
        out.append(Triple(doc, G.type, G.iri(NS.foaf, "Document")))
        out.append(Triple(doc, G.type, G.iri(NS.prov, "Entity")))
        out.append(Triple(doc, .iri(Vocab.rdfs.label), .string(document.name)))
        out.append(
            Triple(doc, G.vg("sha256"), .string(document.sha256 ?? SHA256.hex(document.text))))
        let identity = x.identity
        if let number = identity.number {
            out.append(Triple(doc, G.iri(NS.eli, "id_local"), .string(number)))
        }
        if let title = identity.title {
            out.append(Triple(doc, G.iri(NS.dcterms, "title"), .text(title, language: "zh")))
        }
        if let issuer = identity.issuer {
            out.append(Triple(doc, G.vg("issuer"), .text(issuer, language: "zh")))
        }
        if let date = identity.date, let issued = G.dateTerm(date) {
            out.append(Triple(doc, G.iri(NS.dcterms, "issued"), issued))
        }
        out.append(Triple(doc, G.iri(NS.dcterms, "type"), .string(identity.kind.rawValue)))
        if let region = identity.region {
            out.append(Triple(doc, G.iri(NS.dcterms, "spatial"), .text(region, language: "zh")))
        }
        if let level = identity.level {
            out.append(Triple(doc, G.vg("spatialLevel"), .string(level.rawValue)))
        }

        let nodes = x.entities.map { G.vgi($0.localName) }
        for (entity, node) in zip(x.entities, nodes) {
            out.append(Triple(node, G.type, G.vg(entity.type.className)))
            out.append(Triple(node, G.type, G.iri(NS.org, "FormalOrganization")))
            out.append(Triple(node, .iri(Vocab.rdfs.label), .text(entity.name, language: "zh")))
            // The preferred label is the lexicon's name (华为技术有限公司) or the document's
            // fullest form; `key` (which may add a region the real name lacks) only names the IRI.
            let preferred = entity.prefLabel ?? entity.name
            out.append(Triple(node, .iri(Vocab.skos.prefLabel), .text(preferred, language: "zh")))
            for alias in entity.aliases + [entity.name] where alias != preferred {
                out.append(Triple(node, .iri(Vocab.skos.altLabel), .text(alias, language: "zh")))
            }
            out.append(Triple(doc, G.vg("mentions"), node))
        }
        for fact in x.relations {
            let predicate = G.vg(fact.type.rawValue)
            let (s, o) = (nodes[fact.subject], nodes[fact.object])
            out.append(Triple(s, predicate, o))
            let factNode = G.vgi("f-" + hash16(term(s), term(predicate), term(o)))
            out.append(contentsOf: factTriples(factNode, s, predicate, o))
            out.append(Triple(factNode, G.vg("rule"), G.vgi("rule-" + fact.rule)))
            if let programme = fact.programme {
                // The programme is a concept of its own (vg:Programme), shared across documents.
                let node = G.vgi("prog-" + String(SHA256.hex(programme).prefix(16)))
                out.append(Triple(node, G.type, G.vg("Programme")))
                out.append(
                    Triple(node, .iri(Vocab.skos.prefLabel), .text(programme, language: "zh")))
                out.append(Triple(factNode, G.vg("programme"), node))
            }
            let span = evidence(x, doc: doc, start: fact.start, end: fact.end, into: &out)
            out.append(Triple(factNode, G.iri(NS.prov, "wasDerivedFrom"), span))
        }
        for policy in x.policies {
            let node = G.vgi(policy.localName)
            out.append(Triple(node, G.type, G.vg("Policy")))
            out.append(Triple(node, G.type, G.iri(NS.eli, "LegalResource")))
            if let title = policy.title {
                out.append(Triple(node, G.iri(NS.dcterms, "title"), .text(title, language: "zh")))
            }
            if let number = policy.number {
                out.append(Triple(node, G.iri(NS.eli, "id_local"), .string(number)))
            }
            let predicate = G.vg("cites")
            out.append(Triple(doc, predicate, node))
            let factNode = G.vgi("f-" + hash16(term(doc), term(predicate), term(node)))
            out.append(contentsOf: factTriples(factNode, doc, predicate, node))
            out.append(Triple(factNode, G.vg("rule"), G.vgi("rule-policy-title")))
            let span = evidence(x, doc: doc, start: policy.start, end: policy.end, into: &out)
            out.append(Triple(factNode, G.iri(NS.prov, "wasDerivedFrom"), span))
        }
    }

    /// `2020-12-01` as xsd:date, `2024-12` as xsd:gYearMonth, `2024` as xsd:gYear; nil otherwise.
    static func dateTerm(_ text: String) -> Term? {
        let parts = text.split(separator: "-")
        guard (1...3).contains(parts.count), parts[0].count == 4,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            parts.dropFirst().allSatisfy({ $0.count == 2 })
        else { return nil }
        let xsd = "http://www.w3.org/2001/XMLSchema#"
        let type = ["gYear", "gYearMonth", "date"][parts.count - 1]
        return .literal(Literal(text, datatype: IRI(unchecked: xsd + type)))
    }

    private func factTriples(_ node: Term, _ s: Term, _ p: Term, _ o: Term) -> [Triple] {
        [
            Triple(node, GraphBuilder.type, GraphBuilder.vg("Fact")),
            Triple(node, GraphBuilder.type, .iri(Vocab.rdf.statement)),
            Triple(node, .iri(Vocab.rdf.subject), s),
            Triple(node, .iri(Vocab.rdf.predicate), p),
            Triple(node, .iri(Vocab.rdf.object), o),
        ]
    }

    /// Adds the evidence span node with its quote and position selectors; returns the span.
    private func evidence(
        _ x: Extraction, doc: Term, start: Int, end: Int, into out: inout [Triple]
    ) -> Term {
        typealias G = GraphBuilder
        let local = "e-" + hash16(term(doc), String(start), String(end))
        let span = G.vgi(local)
        let quote = G.vgi(local + "-q")
        let position = G.vgi(local + "-p")
        out.append(Triple(span, G.type, G.iri(NS.oa, "SpecificResource")))
        out.append(Triple(span, G.type, G.iri(NS.prov, "Entity")))
        out.append(Triple(span, G.iri(NS.oa, "hasSource"), doc))
        let line = x.document.line(at: start)
        out.append(Triple(span, G.vg("line"), .integer(line)))
        if let page = x.document.page(ofLine: line) {
            out.append(Triple(span, G.vg("page"), .integer(page)))
        }
        out.append(Triple(span, G.iri(NS.oa, "hasSelector"), quote))
        out.append(Triple(span, G.iri(NS.oa, "hasSelector"), position))
        out.append(Triple(quote, G.type, G.iri(NS.oa, "TextQuoteSelector")))
        out.append(Triple(quote, G.iri(NS.oa, "exact"), .string(x.document.slice(start, end))))
        out.append(Triple(position, G.type, G.iri(NS.oa, "TextPositionSelector")))
        out.append(Triple(position, G.iri(NS.oa, "start"), .integer(start)))
        out.append(Triple(position, G.iri(NS.oa, "end"), .integer(end)))
        return span
    }

    private func term(_ t: Term) -> String { t.iri?.string ?? t.description }

    private func hash16(_ parts: String...) -> String {
        String(SHA256.hex(parts.joined(separator: "\u{1F}")).prefix(16))
    }
}
