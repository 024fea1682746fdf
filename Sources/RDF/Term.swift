/// An IRI reference, stored as its Unicode string.
///
/// `IRI(parsing:)` checks the characters RDF forbids in IRIs (spaces, controls, `<>"{}|^\``
/// and the backslash) and requires a scheme; `IRI(unchecked:)` trusts the caller.
public struct IRI: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let string: String

    /// Creates an IRI without checking it. Use for constants and strings already validated.
    public init(unchecked string: String) { self.string = string }

    /// Creates an IRI after checking that it can be written in every RDF syntax.
    ///
    /// - Throws: `IRIError` naming the first offending character and its 1-based column.
    public init(parsing string: String) throws(IRIError) {
        var column = 0
        var sawColon = false
        for scalar in string.unicodeScalars {
            column += 1
            if scalar == ":" { sawColon = true }
            if IRI.isForbidden(scalar) {
                throw IRIError(iri: string, column: column, scalar: scalar)
            }
        }
        guard sawColon, let first = string.unicodeScalars.first,
            first.properties.isASCIIHexDigit
                || ("a"..."z").contains(first) || ("A"..."Z").contains(first)
        else {
            throw IRIError(iri: string, column: 1, scalar: nil)
        }
        self.string = string
    }

    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0...0x20, 0x7F...0x9F: return true
        default: break
        }
        return "<>\"{}|^`\\".unicodeScalars.contains(scalar)
    }

    public static func < (lhs: IRI, rhs: IRI) -> Bool { lhs.string < rhs.string }
    public var description: String { "<\(string)>" }
}

/// Why a string is not an IRI.
public struct IRIError: Error, Sendable, CustomStringConvertible {
    public let iri: String
    public let column: Int
    public let scalar: Unicode.Scalar?

    public var description: String {
        if let scalar {
            let code = String(scalar.value, radix: 16, uppercase: true)
            return "invalid IRI <\(iri)>: character U+\(code) at column \(column) is not allowed"
        }
        return
            "invalid IRI <\(iri)>: expected an absolute IRI starting with a scheme such as https:"
    }
}

/// A blank node, identified by its label within one graph.
public struct BlankNode: Hashable, Comparable, Sendable {
    public let id: String
    public init(_ id: String) { self.id = id }
    public static func < (lhs: BlankNode, rhs: BlankNode) -> Bool { lhs.id < rhs.id }
}

/// An RDF literal: lexical form plus either a language tag or a datatype.
///
/// Simple literals have neither; a literal typed `xsd:string` is stored as a simple literal, as
/// RDF 1.1 makes them the same term. Language tags are lower-cased (they are case-insensitive).
public struct Literal: Hashable, Comparable, Sendable {
    public let lexical: String
    public let datatype: IRI?
    public let language: String?

    public init(_ lexical: String, datatype: IRI? = nil) {
        self.lexical = lexical
        self.datatype = datatype == Vocab.xsd.string ? nil : datatype
        self.language = nil
    }

    public init(_ lexical: String, language: String) {
        self.lexical = lexical
        self.datatype = nil
        self.language = language.lowercased()
    }

    public init(integer: Int) { self.init(String(integer), datatype: Vocab.xsd.integer) }

    /// The effective datatype: `rdf:langString` for tagged literals, `xsd:string` for simple ones.
    public var effectiveDatatype: IRI {
        if language != nil { return Vocab.rdf.langString }
        return datatype ?? Vocab.xsd.string
    }

    public static func < (lhs: Literal, rhs: Literal) -> Bool {
        if lhs.lexical != rhs.lexical { return lhs.lexical < rhs.lexical }
        if lhs.language != rhs.language { return (lhs.language ?? "") < (rhs.language ?? "") }
        return (lhs.datatype?.string ?? "") < (rhs.datatype?.string ?? "")
    }
}

/// An RDF term. Terms order IRIs before blank nodes before literals, then by content.
public enum Term: Hashable, Comparable, Sendable, CustomStringConvertible {
    case iri(IRI)
    case blank(BlankNode)
    case literal(Literal)

    private var rank: Int {
        switch self {
        case .iri: 0
        case .blank: 1
        case .literal: 2
        }
    }

    public static func < (lhs: Term, rhs: Term) -> Bool {
        switch (lhs, rhs) {
        case (.iri(let a), .iri(let b)): return a < b
        case (.blank(let a), .blank(let b)): return a < b
        case (.literal(let a), .literal(let b)): return a < b
        default: return lhs.rank < rhs.rank
        }
    }

    public var iri: IRI? {
        if case .iri(let iri) = self { return iri }
        return nil
    }

    public var literal: Literal? {
        if case .literal(let literal) = self { return literal }
        return nil
    }

    public var isBlank: Bool {
        if case .blank = self { return true }
        return false
    }

    /// The term in N-Triples syntax.
    public var description: String {
        switch self {
        case .iri(let iri): return "<\(NTriplesEscaping.escapeIRI(iri.string))>"
        case .blank(let node): return "_:\(node.id)"
        case .literal(let literal):
            var text = "\"\(NTriplesEscaping.escapeString(literal.lexical))\""
            if let language = literal.language {
                text += "@\(language)"
            } else if let datatype = literal.datatype {
                text += "^^<\(datatype.string)>"
            }
            return text
        }
    }
}

extension Term {
    public static func iri(_ string: String) -> Term { .iri(IRI(unchecked: string)) }
    public static func string(_ text: String) -> Term { .literal(Literal(text)) }
    public static func text(_ text: String, language: String) -> Term {
        .literal(Literal(text, language: language))
    }
    public static func integer(_ value: Int) -> Term { .literal(Literal(integer: value)) }
}

/// Escaping shared by `Term.description` and diagnostics (not a serialiser: files go through Raptor).
enum NTriplesEscaping {
    static func escapeString(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func escapeIRI(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if IRI.isForbidden(scalar) {
                out += String(format: "\\u%04X", scalar.value)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
