import Foundation
import RDF

/// The answers of one query or `.output` relation.
public struct ResultSet: Sendable {
    /// `?- partner(S, E).` or the relation's name.
    public var title: String
    public var columns: [String]
    /// Rows sorted by their rendered cells.
    public var rows: [[Term]]
}

/// Output formats of `vocgraph query`.
public enum ResultFormat: String, Sendable, CaseIterable {
    case table, csv, tsv, json
}

/// Renders result sets; IRIs are shortened with the program's prefixes, and tables show labels.
public struct ResultFormatter {
    public var prefixes: PrefixMap
    /// A human label for a term (rdfs:label / skos:prefLabel), for tables.
    public var label: (Term) -> String?

    public init(prefixes: PrefixMap, label: @escaping (Term) -> String? = { _ in nil }) {
        self.prefixes = prefixes
        self.label = label
    }

    /// A term in compact syntax: `vg:x`, `<iri>`, `"text"@zh`, `42`.
    public func compact(_ term: Term) -> String {
        switch term {
        case .iri(let iri): return prefixes.abbreviate(iri) ?? "<\(iri.string)>"
        case .blank(let b): return "_:\(b.id)"
        case .literal(let l):
            if let dt = l.datatype, dt == Vocab.xsd.integer || dt == Vocab.xsd.decimal,
                l.lexical.first != "\""
            {
                return l.lexical
            }
            var text =
                "\""
                + l.lexical.replacingOccurrences(of: "\\", with: "\\\\")
                .replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(
                    of: "\n", with: "\\n"
                )
                .replacingOccurrences(of: "\t", with: "\\t") + "\""
            if let language = l.language {
                text += "@" + language
            } else if let dt = l.datatype {
                text += "^^" + (prefixes.abbreviate(dt) ?? "<\(dt.string)>")
            }
            return text
        }
    }

    /// A table cell: the compact term, with the label in parentheses for IRIs that have one.
    public func cell(_ term: Term) -> String {
        if case .literal(let l) = term, l.datatype == nil {
            return l.language == nil ? l.lexical : compact(term)
        }
        let text = compact(term)
        if case .iri = term, let label = label(term) { return "\(text) (\(label))" }
        return text
    }

    public func render(_ sets: [ResultSet], format: ResultFormat) -> String {
        switch format {
        case .table:
            return sets.map { set in
                if set.columns.isEmpty {
                    return "\(set.title)\n\(set.rows.isEmpty ? "no" : "yes")\n"
                }
                var table = TextTable(header: set.columns)
                table.rows = set.rows.map { $0.map(cell) }
                return
                    "\(set.title)\n\(table.render())(\(set.rows.count) row\(set.rows.count == 1 ? "" : "s"))\n"
            }.joined(separator: "\n")
        case .tsv:
            return sets.map { set in
                if set.columns.isEmpty { return "answer\n\(!set.rows.isEmpty)\n" }
                let lines =
                    [set.columns.joined(separator: "\t")]
                    + set.rows.map { $0.map(compact).joined(separator: "\t") }
                return lines.joined(separator: "\n") + "\n"
            }.joined(separator: "\n")
        case .csv:
            func quote(_ s: String) -> String {
                s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" })
                    ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
            }
            return sets.map { set in
                if set.columns.isEmpty { return "answer\n\(!set.rows.isEmpty)\n" }
                return
                    ([set.columns.map(quote).joined(separator: ",")]
                    + set.rows.map { $0.map { quote(compact($0)) }.joined(separator: ",") })
                    .joined(separator: "\n") + "\n"
            }.joined(separator: "\n")
        case .json:
            let objects: [[String: Any]] = sets.map { set in
                [
                    "query": set.title, "columns": set.columns,
                    "rows": set.rows.map { row in
                        Dictionary(uniqueKeysWithValues: zip(set.columns, row.map(compact)))
                    },
                ]
            }
            guard
                let data = try? JSONSerialization.data(
                    withJSONObject: ["results": objects],
                    options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]),
                let text = String(data: data, encoding: .utf8)
            else { return "{}\n" }
            return text + "\n"
        }
    }
}
