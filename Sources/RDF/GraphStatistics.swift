/// Counts that describe a graph: sizes, classes and predicates.
public struct GraphStatistics: Sendable, Equatable {
    public var triples: Int
    public var distinctSubjects: Int
    public var distinctPredicates: Int
    public var distinctObjects: Int
    /// Instances per class (`rdf:type` objects), most frequent first, then by IRI.
    public var classes: [(iri: IRI, count: Int)]
    /// Triples per predicate, most frequent first, then by IRI.
    public var predicates: [(iri: IRI, count: Int)]

    public static func == (lhs: GraphStatistics, rhs: GraphStatistics) -> Bool {
        lhs.triples == rhs.triples && lhs.distinctSubjects == rhs.distinctSubjects
            && lhs.distinctPredicates == rhs.distinctPredicates
            && lhs.distinctObjects == rhs.distinctObjects
            && lhs.classes.elementsEqual(rhs.classes) { $0 == $1 }
            && lhs.predicates.elementsEqual(rhs.predicates) { $0 == $1 }
    }

    /// Computes the statistics of `graph`.
    /// - Complexity: O(n) over the SPO, POS and OSP orders.
    public init(_ graph: Graph) {
        triples = graph.count
        distinctSubjects = GraphStatistics.runs(graph.spo) { $0.s }
        distinctPredicates = GraphStatistics.runs(graph.pos) { $0.p }
        distinctObjects = GraphStatistics.runs(graph.osp) { $0.o }

        var perPredicate: [(IRI, Int)] = []
        var perClass: [TermID: Int] = [:]
        let typeID = graph.id(of: .iri(Vocab.rdf.type))
        var index = 0
        let pos = graph.pos
        while index < pos.count {
            let p = pos[index].p
            var end = index
            while end < pos.count && pos[end].p == p {
                if p == typeID { perClass[pos[end].o, default: 0] += 1 }
                end += 1
            }
            if let iri = graph.term(p).iri { perPredicate.append((iri, end - index)) }
            index = end
        }
        let byCountThenName: ((IRI, Int), (IRI, Int)) -> Bool = {
            $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0
        }
        predicates = perPredicate.sorted(by: byCountThenName).map { ($0.0, $0.1) }
        classes = perClass.compactMap { id, count in graph.term(id).iri.map { ($0, count) } }
            .sorted(by: byCountThenName).map { ($0.0, $0.1) }
    }

    private static func runs(_ sorted: [IDTriple], _ key: (IDTriple) -> TermID) -> Int {
        var count = 0
        var last: TermID?
        for t in sorted where key(t) != last {
            count += 1
            last = key(t)
        }
        return count
    }
}
