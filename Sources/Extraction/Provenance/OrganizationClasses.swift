import RDF

/// One class per organisation node when documents disagree on its type.
///
/// A node is one organisation (``OrganizationKey``: the type is no part of its IRI), but one
/// report may call 深圳技师学院 a school and another a college. The class is decided, in order:
/// 1. by the suffix of the node's fullest label, when it marks one of the claimed types (技师学院
///    is a School, 职业技术学院 a HigherEd; ``OrganizationKey/suffixType(of:)``);
/// 2. by vote: the type most documents give it;
/// 3. ties: the first type in ``OrganizationType`` order.
struct OrganizationClasses {
    /// The class kept, for every node that was given more than one.
    private(set) var chosen: [Term: IRI] = [:]

    /// Counts the classes each document graph gives each organisation node.
    init(votes documents: [Graph]) {
        var votes: [Term: [OrganizationType: Int]] = [:]
        var labels: [Term: [String]] = [:]
        let type = Term.iri(Vocab.rdf.type)
        let label = Term.iri(Vocab.rdfs.label)
        for graph in documents {
            for t in graph.match(predicate: type) {
                guard let iri = t.object.iri, let claimed = OrganizationType(classIRI: iri) else {
                    continue
                }
                votes[t.subject, default: [:]][claimed, default: 0] += 1
            }
        }
        for (node, counts) in votes where counts.count > 1 {
            for graph in documents {
                labels[node, default: []] += graph.match(subject: node, predicate: label)
                    .compactMap { $0.object.literal?.lexical }
            }
            chosen[node] = Self.choose(votes: counts, labels: labels[node, default: []]).classIRI
        }
    }

    /// The type of an organisation that documents gave `votes` and named `labels`: the suffix
    /// type of the fullest label when it is one of the votes, else the most voted (ties: the first
    /// in ``OrganizationType`` order).
    static func choose(votes: [OrganizationType: Int], labels: [String]) -> OrganizationType {
        let fullest = labels.max { $0.count != $1.count ? $0.count < $1.count : $0 > $1 }
        if let fullest, let byName = OrganizationKey.suffixType(of: fullest), votes[byName] != nil {
            return byName
        }
        let best = votes.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }
        return best?.key ?? .other
    }

    /// `merged` without the classes not chosen.
    func apply(to merged: Graph) -> Graph {
        guard !chosen.isEmpty, let type = merged.id(of: .iri(Vocab.rdf.type)) else {
            return merged
        }
        var dropped = Set<IDTriple>()
        for (node, keep) in chosen {
            guard let s = merged.id(of: node) else { continue }
            for t in merged.match(s, type, nil) {
                guard let iri = merged.term(t.o).iri, OrganizationType(classIRI: iri) != nil,
                    iri != keep
                else { continue }
                dropped.insert(t)
            }
        }
        return Graph(
            dictionary: merged.dictionary, idTriples: merged.spo.filter { !dropped.contains($0) })
    }
}
