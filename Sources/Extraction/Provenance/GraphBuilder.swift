import RDF

/// Turns extractions into RDF with the provenance shape of
/// `../shared/notes/ontology-and-provenance.md`: every edge has a `vg:Fact` node (reification
/// compatible) derived from an `oa:SpecificResource` span with the document, line, exact quote
/// and scalar start/end.
///
/// IRIs come from ``InstanceIRI``: content-derived, so a rebuild is byte-identical, and one node
/// per organisation (``OrganizationKey``), whichever document, figure or task list names it.
public struct GraphBuilder: Sendable {
    public init() {}

    private static let type = Term.iri(Vocab.rdf.type)

    /// One graph holding every extraction, merged in the given order.
    public func graph(for extractions: [Extraction]) -> Graph {
        merge(extractions.map(documentGraph))
    }

    /// The graph of one document: organisations, facts with evidence, figures and targets.
    public func documentGraph(_ extraction: Extraction) -> Graph {
        var triples: [Triple] = []
        append(extraction, to: &triples)
        var figures = FigureGraph(graph: Graph(triples))
        figures.add(
            extraction.document, report: extraction.report,
            organisations: DocumentOrganizations(extraction.entities))
        return figures.graph
    }

    /// Merges document graphs (in the given order) and does what needs every document at once:
    /// one class and one preferred label per organisation, and the links between targets and
    /// the observations reported since.
    public func merge(_ documents: [Graph]) -> Graph {
        let classes = OrganizationClasses(votes: documents)
        return finish(classes.apply(to: Graph(merging: documents)))
    }

    /// One preferred label per node, one node per policy, and the comparisons of targets with
    /// observations.
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
        "d-" + InstanceIRI.documentID(document)
    }

    /// The triples that make `key` an organisation node labelled `label` (rdfs:label and a
    /// preferred-label candidate): its class, `org:FormalOrganization` and the labels.
    static func organisation(_ key: OrganizationKey, label: String, preferred: String? = nil)
        -> [Triple]
    {
        let node = Term.iri(key.iri)
        var out = [
            Triple(node, Self.type, .iri(key.type.classIRI)),
            Triple(node, Self.type, .iri(Vocab.org.FormalOrganization)),
            Triple(node, .iri(Vocab.rdfs.label), .text(label, language: "zh")),
            Triple(node, .iri(Vocab.skos.prefLabel), .text(preferred ?? label, language: "zh")),
        ]
        if let preferred, preferred != label {
            out.append(Triple(node, .iri(Vocab.skos.altLabel), .text(label, language: "zh")))
        }
        return out
    }

    private func append(_ x: Extraction, to out: inout [Triple]) {
        let document = x.document
        let doc = Term.iri(InstanceIRI.document(document))
        out.append(Triple(doc, Self.type, .iri(Vocab.vg.Document)))
        out.append(Triple(doc, Self.type, .iri(Vocab.foaf.Document)))
        out.append(Triple(doc, Self.type, .iri(Vocab.prov.Entity)))
        let identity = x.identity
        // rdfs:label stays the file name (what `trace 003` and the evidence lines refer to); the
        // title is the preferred label, which result tables and RDF browsers show.
        out.append(Triple(doc, .iri(Vocab.rdfs.label), .string(document.name)))
        if let title = identity.title {
            out.append(Triple(doc, .iri(Vocab.skos.prefLabel), .text(title, language: "zh")))
        }
        out.append(
            Triple(
                doc, .iri(Vocab.vg.sha256), .string(document.sha256 ?? SHA256.hex(document.text))))
        if let number = identity.number {
            out.append(Triple(doc, .iri(Vocab.eli.id_local), .string(number)))
        }
        if let title = identity.title {
            out.append(Triple(doc, .iri(Vocab.dcterms.title), .text(title, language: "zh")))
        }
        if let issuer = identity.issuer {
            out.append(Triple(doc, .iri(Vocab.vg.issuer), .text(issuer, language: "zh")))
        }
        if let date = identity.date, let issued = Self.dateTerm(date) {
            out.append(Triple(doc, .iri(Vocab.dcterms.issued), issued))
        }
        out.append(Triple(doc, .iri(Vocab.dcterms.type), .string(identity.kind.rawValue)))
        if let region = identity.region {
            out.append(Triple(doc, .iri(Vocab.dcterms.spatial), .text(region, language: "zh")))
        }
        if let level = identity.level {
            out.append(Triple(doc, .iri(Vocab.vg.spatialLevel), .string(level.rawValue)))
        }

        let nodes = x.entities.map { Term.iri($0.organizationKey.iri) }
        for (entity, node) in zip(x.entities, nodes) {
            // The preferred label is the lexicon's name (华为技术有限公司) or the document's
            // fullest form; `key` (which may add a region the real name lacks) only names the IRI.
            let preferred = entity.prefLabel ?? entity.name
            out += Self.organisation(
                entity.organizationKey, label: entity.name, preferred: preferred)
            // Forms such as 市教育局 name the body only inside this document: no label of the node.
            for alias in entity.aliases
            where alias != preferred && !OrganizationKey.isRelative(alias) {
                out.append(Triple(node, .iri(Vocab.skos.altLabel), .text(alias, language: "zh")))
            }
            out.append(Triple(doc, .iri(Vocab.vg.mentions), node))
        }
        for fact in x.relations {
            let predicate = Term.iri(fact.type.predicate)
            let (s, o) = (nodes[fact.subject], nodes[fact.object])
            out.append(Triple(s, predicate, o))
            let factNode = Term.iri(InstanceIRI.fact(s, predicate, o))
            out.append(contentsOf: factTriples(factNode, s, predicate, o))
            out.append(Triple(factNode, .iri(Vocab.vg.rule), .iri(InstanceIRI.rule(fact.rule))))
            out.append(
                Triple(
                    factNode, .iri(Vocab.vg.confidence),
                    .literal(Literal(fact.confidence.score, datatype: Vocab.xsd.decimal))))
            if let cue = fact.cue {
                let word = document.slice(cue.lowerBound, cue.upperBound)
                out.append(Triple(factNode, .iri(Vocab.vg.cue), .text(word, language: "zh")))
            }
            if fact.viaCoreference {
                out.append(
                    Triple(
                        factNode, .iri(Vocab.vg.viaCoreference),
                        .literal(Literal("true", datatype: Vocab.xsd.boolean))))
            }
            if let named = fact.referentNamed {
                let span = evidence(
                    x, doc: doc, start: named.lowerBound, end: named.upperBound, into: &out)
                out.append(Triple(factNode, .iri(Vocab.vg.referentEvidence), span))
            }
            if let programme = fact.programme {
                // The programme is a concept of its own (vg:Programme), shared across documents.
                let node = Term.iri(InstanceIRI.programme(programme))
                out.append(Triple(node, Self.type, .iri(Vocab.vg.Programme)))
                out.append(
                    Triple(node, .iri(Vocab.skos.prefLabel), .text(programme, language: "zh")))
                out.append(Triple(factNode, .iri(Vocab.vg.programme), node))
            }
            let span = evidence(x, doc: doc, start: fact.start, end: fact.end, into: &out)
            out.append(Triple(factNode, .iri(Vocab.prov.wasDerivedFrom), span))
        }
        for policy in x.policies {
            let node = Term.iri(InstanceIRI.policy(policy))
            out.append(Triple(node, Self.type, .iri(Vocab.vg.Policy)))
            out.append(Triple(node, Self.type, .iri(Vocab.eli.LegalResource)))
            if let title = policy.title {
                out.append(Triple(node, .iri(Vocab.dcterms.title), .text(title, language: "zh")))
            }
            if let name = policy.title ?? policy.number {
                out.append(Triple(node, .iri(Vocab.rdfs.label), .text(name, language: "zh")))
            }
            if let number = policy.number {
                out.append(Triple(node, .iri(Vocab.eli.id_local), .string(number)))
            }
            let predicate = Term.iri(Vocab.vg.cites)
            out.append(Triple(doc, predicate, node))
            let factNode = Term.iri(InstanceIRI.fact(doc, predicate, node))
            out.append(contentsOf: factTriples(factNode, doc, predicate, node))
            out.append(
                Triple(factNode, .iri(Vocab.vg.rule), .iri(InstanceIRI.rule("policy-title"))))
            let span = evidence(x, doc: doc, start: policy.start, end: policy.end, into: &out)
            out.append(Triple(factNode, .iri(Vocab.prov.wasDerivedFrom), span))
        }
    }

    /// `2020-12-01` as xsd:date, `2024-12` as xsd:gYearMonth, `2024` as xsd:gYear; nil otherwise.
    static func dateTerm(_ text: String) -> Term? {
        let parts = text.split(separator: "-")
        guard (1...3).contains(parts.count), parts[0].count == 4,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            parts.dropFirst().allSatisfy({ $0.count == 2 })
        else { return nil }
        let datatype = [Vocab.xsd.gYear, Vocab.xsd.gYearMonth, Vocab.xsd.date][parts.count - 1]
        return .literal(Literal(text, datatype: datatype))
    }

    private func factTriples(_ node: Term, _ s: Term, _ p: Term, _ o: Term) -> [Triple] {
        [
            Triple(node, GraphBuilder.type, .iri(Vocab.vg.Fact)),
            Triple(node, GraphBuilder.type, .iri(Vocab.rdf.Statement)),
            Triple(node, .iri(Vocab.rdf.subject), s),
            Triple(node, .iri(Vocab.rdf.predicate), p),
            Triple(node, .iri(Vocab.rdf.object), o),
        ]
    }

    /// Adds the evidence span node with its quote and position selectors; returns the span.
    private func evidence(
        _ x: Extraction, doc: Term, start: Int, end: Int, into out: inout [Triple]
    ) -> Term {
        guard let docIRI = doc.iri else { preconditionFailure("a document node is an IRI") }
        out += GraphBuilder.evidence(
            document: docIRI, line: x.document.line(at: start), start: start, end: end,
            quote: x.document.slice(start, end))
        return .iri(InstanceIRI.evidence(document: docIRI, start: start, end: end))
    }

    /// The triples of an evidence span (``InstanceIRI/evidence(document:start:end:)``) with its
    /// quote and position selectors.
    static func evidence(
        document: IRI, line: Int, start: Int, end: Int, quote: String, page: Int? = nil
    ) -> [Triple] {
        let spanIRI = InstanceIRI.evidence(document: document, start: start, end: end)
        let span = Term.iri(spanIRI)
        let q = Term.iri(InstanceIRI.selector(of: spanIRI, "q"))
        let p = Term.iri(InstanceIRI.selector(of: spanIRI, "p"))
        return [
            Triple(span, type, .iri(Vocab.oa.SpecificResource)),
            Triple(span, type, .iri(Vocab.prov.Entity)),
            Triple(span, .iri(Vocab.oa.hasSource), .iri(document)),
            Triple(span, .iri(Vocab.vg.line), .integer(line)),
            Triple(span, .iri(Vocab.oa.hasSelector), q),
            Triple(span, .iri(Vocab.oa.hasSelector), p),
            Triple(q, type, .iri(Vocab.oa.TextQuoteSelector)),
            Triple(q, .iri(Vocab.oa.exact), .string(quote)),
            Triple(p, type, .iri(Vocab.oa.TextPositionSelector)),
            Triple(p, .iri(Vocab.oa.start), .integer(start)),
            Triple(p, .iri(Vocab.oa.end), .integer(end)),
        ] + (page.map { [Triple(span, .iri(Vocab.vg.page), .integer($0))] } ?? [])
    }
}
