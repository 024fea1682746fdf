import RDF

/// Spells terms for people: IRIs shortened with a query's prefixes (`vgi:o-1125…`), literals in
/// compact Turtle syntax (`"text"@zh`, `42`). Plans, explanations and tables use it.
public struct ResultFormatter: Sendable {
    /// The prefixes IRIs are shortened with (a program's `@prefix` lines, or the standard ones).
    public var prefixes: PrefixMap

    /// A formatter shortening IRIs with `prefixes`.
    public init(prefixes: PrefixMap) {
        self.prefixes = prefixes
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
            var text = "\"" + escaped(l.lexical) + "\""
            if let language = l.language {
                text += "@" + language
            } else if let dt = l.datatype {
                text += "^^" + (prefixes.abbreviate(dt) ?? "<\(dt.string)>")
            }
            return text
        }
    }

    /// A table cell: IRIs compact, literals as their plain text (`宁波职业技术学院`, not
    /// `"宁波职业技术学院"@zh`), with line breaks and tabs shown as `\n` and `\t` so that a
    /// row stays one line.
    public func plain(_ term: Term) -> String {
        guard case .literal(let l) = term else { return compact(term) }
        return l.lexical.replacingOccurrences(of: "\n", with: "\\n")
            .replacingOccurrences(of: "\t", with: "\\t")
    }

    private func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n")
            .replacingOccurrences(of: "\t", with: "\\t")
    }
}
