import Foundation
import RDF

/// A number held by a literal term.
public enum Number: Sendable, Equatable {
    case integer(Int)
    case decimal(Double)

    var double: Double {
        switch self {
        case .integer(let i): Double(i)
        case .decimal(let d): d
        }
    }
}

/// The evaluation's term dictionary: the fact source's IDs, extended with terms created while
/// evaluating (program constants absent from the graph, numbers, strings).
public final class TermStore {
    public let source: any FactSource
    public let baseCount: Int
    private var extra: [Term] = []
    private var extraIDs: [Term: UInt32] = [:]
    private var numbers: [UInt32: Number?] = [:]
    /// Approximate bytes held by the terms created while evaluating (text plus overhead).
    public private(set) var extraBytes = 0

    public init(source: any FactSource) {
        self.source = source
        self.baseCount = source.termCount
    }

    public var count: Int { baseCount + extra.count }

    /// The ID of `term`, adding it to the extension when the source does not know it.
    public func intern(_ term: Term) -> UInt32 {
        if let id = source.termID(of: term) { return id }
        if let id = extraIDs[term] { return id }
        let id = UInt32(baseCount + extra.count)
        extraBytes += TermStore.bytes(of: term)
        extra.append(term)
        extraIDs[term] = id
        return id
    }

    /// Bytes a term holds: its text (twice: the array and the dictionary key) and some overhead.
    static func bytes(of term: Term) -> Int {
        switch term {
        case .iri(let iri): 2 * iri.string.utf8.count + 64
        case .blank(let b): 2 * b.id.utf8.count + 64
        case .literal(let l):
            2 * (l.lexical.utf8.count + (l.language?.utf8.count ?? 0)) + 96
        }
    }

    /// The ID of `term` if it is known.
    public func lookup(_ term: Term) -> UInt32? {
        source.termID(of: term) ?? extraIDs[term]
    }

    public func term(_ id: UInt32) -> Term {
        Int(id) < baseCount ? source.term(id) : extra[Int(id) - baseCount]
    }

    /// The numeric value of a literal typed xsd:integer, decimal, double (or derived integer types).
    public func number(_ id: UInt32) -> Number? {
        if let cached = numbers[id] { return cached }
        var value: Number?
        if case .literal(let literal) = term(id), let datatype = literal.datatype {
            value = TermStore.parseNumber(literal.lexical, datatype: datatype)
        }
        numbers[id] = value
        return value
    }

    static let integerTypes: Set<String> = [
        "integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
        "negativeInteger", "nonPositiveInteger", "unsignedInt", "unsignedLong", "unsignedShort",
        "unsignedByte",
    ]

    static func parseNumber(_ lexical: String, datatype: IRI) -> Number? {
        let ns = Vocab.xsd.namespace
        guard datatype.string.hasPrefix(ns) else { return nil }
        let local = String(datatype.string.dropFirst(ns.count))
        let text = lexical.trimmingCharacters(in: .whitespaces)
        if integerTypes.contains(local) {
            let digits = text.hasPrefix("+") ? String(text.dropFirst()) : text
            if let i = Int(digits) { return .integer(i) }
            // Beyond Int64: a decimal (about 16 significant digits), as arithmetic overflow gives.
            guard !digits.isEmpty,
                digits.drop(while: { $0 == "-" }).allSatisfy({ ("0"..."9").contains($0) }),
                digits.filter({ $0 == "-" }).count <= 1
            else { return nil }
            return Double(digits).flatMap { $0.isFinite ? Number.decimal($0) : nil }
        }
        if local == "decimal" || local == "double" || local == "float" {
            return Double(text).flatMap { $0.isFinite ? Number.decimal($0) : nil }
        }
        return nil
    }

    /// The term for a number: xsd:integer, or xsd:decimal written without needless zeros.
    public func intern(_ number: Number) -> UInt32 {
        switch number {
        case .integer(let i):
            return intern(.literal(Literal(String(i), datatype: Vocab.xsd.integer)))
        case .decimal(let d):
            return intern(.literal(Literal(TermStore.format(d), datatype: Vocab.xsd.decimal)))
        }
    }

    static func format(_ d: Double) -> String {
        if d == d.rounded() && abs(d) < 1e15 { return String(format: "%.1f", d) }
        var text = String(format: "%.12f", d)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text += "0" }
        return text
    }

    /// The string value of a term: an IRI's text or a literal's lexical form.
    public func lexical(_ id: UInt32) -> String {
        switch term(id) {
        case .iri(let iri): iri.string
        case .blank(let b): b.id
        case .literal(let l): l.lexical
        }
    }
}
