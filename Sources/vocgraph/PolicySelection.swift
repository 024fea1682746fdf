import Foundation
import RDF
import Trace

/// Which policies of a graph `vocgraph trace POLICY` means: by 文号, by title or part of it, by
/// file name (the document's label) or by IRI.
struct PolicySelection {
    /// A policy node of the graph with what names it.
    struct Known {
        var iri: String
        /// The document's label (its file name); nil for a policy only cited.
        var label: String?
        var numbers: [String]
        var titles: [String]
        /// Trace rows of this policy in the whole graph.
        var rows: Int

        /// What the trace rows call the policy.
        var rowName: String { label ?? iri }
    }

    var known: [Known] = []

    /// The policies of `graph` (`vg:Policy` nodes and the documents that trace rows name).
    init(graph: Graph, rows: [TraceRow]) {
        let dcterms = Vocab.dcterms.namespace
        let eli = Vocab.eli.namespace
        func strings(_ s: Term, _ p: String) -> [String] {
            graph.match(subject: s, predicate: .iri(IRI(unchecked: p)))
                .compactMap { $0.object.literal?.lexical }.sorted()
        }
        var counts: [String: Int] = [:]
        for row in rows { counts[row.policy, default: 0] += 1 }
        var nodes = Set(
            graph.match(predicate: .iri(Vocab.rdf.type), object: .iri(Vocab.vg.Policy))
                .map(\.subject))
        for t in graph.match(predicate: .iri(Vocab.rdfs.label))
        where counts[t.object.literal?.lexical ?? ""] != nil {
            nodes.insert(t.subject)
        }
        for node in nodes {
            guard let iri = node.iri?.string else { continue }
            let label = strings(node, Vocab.rdfs.label.string).first
            known.append(
                Known(
                    iri: iri, label: label, numbers: strings(node, eli + "id_local"),
                    titles: strings(node, dcterms + "title"),
                    rows: counts[label ?? iri] ?? counts[iri] ?? 0))
        }
        known.sort {
            ($0.rows == 0 ? 1 : 0, $0.label ?? "~", $0.iri) < (
                $1.rows == 0 ? 1 : 0, $1.label ?? "~", $1.iri
            )
        }
    }

    /// Without spaces, 《》 and quotes, brackets of a number unified.
    static func normalized(_ text: String) -> String {
        var out = ""
        for c in text where !c.isWhitespace && !"《》“”\"".contains(c) {
            switch c {
            case "[", "［", "【", "(", "（": out.append("〔")
            case "]", "］", "】", ")", "）": out.append("〕")
            default: out.append(c)
            }
        }
        return out
    }

    /// The policies `query` names: an exact 文号 first; else titles, labels or IRIs containing it.
    func matches(_ query: String) -> [Known] {
        let key = Self.normalized(query)
        guard !key.isEmpty else { return [] }
        let byNumber = known.filter { $0.numbers.contains { Self.normalized($0) == key } }
        if !byNumber.isEmpty { return byNumber }
        return known.filter { policy in
            policy.titles.contains { Self.normalized($0).contains(key) }
                || (policy.label?.contains(query) ?? false) || policy.iri.contains(query)
        }
    }

    /// The error for a query no policy matches, listing every policy of the graph.
    func unknown(_ query: String) -> String {
        var lines = [
            "no policy of the graph matches \"\(query)\" (by 文号, title, file name or IRI); "
                + "the graph has \(known.count):"
        ]
        for policy in known {
            let short = policy.iri.replacingOccurrences(of: Vocab.vgi.namespace, with: "vgi:")
            var fields = [policy.label ?? short]
            fields += policy.numbers
            if let title = policy.titles.first, title != policy.label { fields.append(title) }
            fields.append(policy.rows > 0 ? "\(policy.rows) rows" : "cited only")
            lines.append("  " + fields.joined(separator: " · "))
        }
        return lines.joined(separator: "\n")
    }
}
