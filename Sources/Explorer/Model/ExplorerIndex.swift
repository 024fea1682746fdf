import RDF
import Trace

/// What the explorer's pages read, computed once from the graph when the server starts.
///
/// Pages never scan the graph for a request: a search is a pass over about a thousand names, an
/// entity page a few dictionary look-ups. The corpus graph (34,000 lines of Turtle) indexes in well
/// under a second.
public struct ExplorerIndex: Sendable {
    public let graph: Graph
    let labels: NodeLabels
    /// Searchable nodes with their names, sorted by IRI.
    public internal(set) var entries: [SearchEntry] = []
    /// Node IRI → its entry.
    var entryByIRI: [String: Int] = [:]
    /// Node IRI → edges to and from it, with evidence.
    public internal(set) var relations: [String: [RelationEntry]] = [:]
    /// Node IRI → observations about it (`vg:scope`).
    public internal(set) var figures: [String: [Figure]] = [:]
    /// Unit IRI → the tasks it is responsible for.
    public internal(set) var tasks: [String: [TaskReference]] = [:]
    /// Document IRI → the documents that mention the node, for organisations.
    public internal(set) var mentionedIn: [String: [String]] = [:]
    /// Every trace row of the graph.
    public let trace: TraceReport

    /// A reported figure: metric, value, unit, year and where it was read.
    public struct Figure: Sendable, Hashable {
        public var metric: String
        public var value: String
        public var unit: String
        public var year: Int?
        public var evidence: [Evidence]
    }

    /// A task a unit is responsible for.
    public struct TaskReference: Sendable, Hashable {
        public var policy: String
        public var list: String
        public var number: Int?
        public var text: String
        public var lead: Bool
    }

    /// The edges an entity page lists (`vg:mentions` is shown apart, as a list of documents).
    static let relationPredicates: [IRI] = [
        Vocab.vg.partnersWith, Vocab.vg.partnersWithSchool, Vocab.vg.memberOf, Vocab.vg.leads,
        Vocab.vg.assists, Vocab.vg.pathway, Vocab.vg.cites,
    ]

    public init(graph: Graph) {
        self.graph = graph
        labels = NodeLabels(graph: graph)
        trace = TraceReport(graph: graph)
        let evidence = Self.factEvidence(graph)
        indexEntries()
        indexRelations(evidence: evidence)
        indexFigures()
        indexTasks()
    }

    /// The label of a node.
    public func label(_ term: Term) -> String { labels.label(term) }

    /// The label of the node with IRI `iri`.
    public func label(iri: String) -> String { labels.label(.iri(IRI(unchecked: iri))) }

    /// The entry of a node, if it is searchable.
    public func entry(_ iri: String) -> SearchEntry? { entryByIRI[iri].map { entries[$0] } }

    func objects(_ s: Term, _ p: IRI) -> [Term] {
        graph.match(subject: s, predicate: .iri(p)).map(\.object).sorted()
    }

    func subjects(_ p: IRI, _ o: Term) -> [Term] {
        graph.match(predicate: .iri(p), object: .iri(IRI(unchecked: o.iri?.string ?? "")))
            .map(\.subject).sorted()
    }

    func string(_ s: Term, _ p: IRI) -> String? { objects(s, p).first?.literal?.lexical }

    /// The evidence span `span` (`vgi:e-…`): document, line, quote.
    func evidence(_ span: Term) -> Evidence? {
        guard let document = objects(span, Vocab.oa.hasSource).first?.iri?.string else {
            return nil
        }
        let line = string(span, Vocab.vg.line).flatMap { Int($0) }
        var quote = ""
        for selector in objects(span, Vocab.oa.hasSelector) {
            if let exact = string(selector, Vocab.oa.exact) { quote = exact }
        }
        return Evidence(
            document: document, documentLabel: label(iri: document), line: line, quote: quote)
    }

    /// (subject, predicate, object) of every `vg:Fact` → its evidence.
    static func factEvidence(_ graph: Graph) -> [Triple: [Term]] {
        var out: [Triple: [Term]] = [:]
        let facts = graph.match(predicate: .iri(Vocab.rdf.type), object: .iri(Vocab.vg.Fact))
        for fact in facts.map(\.subject) {
            func one(_ p: IRI) -> Term? {
                graph.match(subject: fact, predicate: .iri(p)).first?.object
            }
            guard let s = one(Vocab.rdf.subject), let p = one(Vocab.rdf.predicate),
                let o = one(Vocab.rdf.object)
            else { continue }
            let spans = graph.match(subject: fact, predicate: .iri(Vocab.prov.wasDerivedFrom))
                .map(\.object)
            out[Triple(s, p, o), default: []].append(contentsOf: spans)
        }
        return out
    }
}
