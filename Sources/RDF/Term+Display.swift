extension Term {
    /// The term as a reader wants to see it: a prefixed name where a prefix fits, `<iri>`
    /// otherwise, literals in Turtle form with a prefixed datatype.
    public func formatted(prefixes: PrefixMap) -> String {
        switch self {
        case .iri(let iri):
            return prefixes.abbreviate(iri) ?? description
        case .blank:
            return description
        case .literal(let literal):
            var text = "\"\(NTriplesEscaping.escapeString(literal.lexical))\""
            if let language = literal.language {
                text += "@\(language)"
            } else if let datatype = literal.datatype {
                text += "^^" + (prefixes.abbreviate(datatype) ?? "<\(datatype.string)>")
            }
            return text
        }
    }
}

extension Triple {
    /// The triple with prefixed names, as one line.
    public func formatted(prefixes: PrefixMap) -> String {
        "\(subject.formatted(prefixes: prefixes)) \(predicate.formatted(prefixes: prefixes)) \(object.formatted(prefixes: prefixes)) ."
    }
}
