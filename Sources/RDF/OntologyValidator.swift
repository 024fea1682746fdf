/// Checks a graph against an ontology: every class and property the graph uses must be declared,
/// and `rdfs:domain` / `rdfs:range` must hold (through the `rdfs:subClassOf` closure).
///
/// Domain and range are checked the closed-world way a data curator wants: a subject whose types
/// are known but none is (a subclass of) the domain is a violation; an untyped subject is reported
/// once as untyped, not as a violation of every property it has.
public struct OntologyValidator: Sendable {
    /// One problem, with the triple that shows it.
    public struct Violation: Sendable, Hashable, Comparable, CustomStringConvertible {
        public enum Kind: String, Sendable, Hashable, Comparable {
            case undeclaredClass = "undeclared class"
            case undeclaredProperty = "undeclared property"
            case domain = "domain"
            case range = "range"

            public static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rawValue < rhs.rawValue }
        }
        public var kind: Kind
        public var message: String
        public var triple: Triple

        public static func < (lhs: Violation, rhs: Violation) -> Bool {
            (lhs.kind, lhs.triple) < (rhs.kind, rhs.triple)
        }

        public var description: String { formatted(prefixes: .standard) }

        /// The violation and its triple, with prefixed names.
        public func formatted(prefixes: PrefixMap) -> String {
            "\(kind.rawValue): \(message)\n    \(triple.formatted(prefixes: prefixes))"
        }
    }

    private let classes: Set<IRI>
    private let properties: Set<IRI>
    private let superClasses: [IRI: Set<IRI>]
    private let domains: [IRI: [IRI]]
    private let ranges: [IRI: [IRI]]

    static let classTypes: Set<IRI> = [Vocab.rdfs.Class, Vocab.owl.Class, Vocab.rdfs.Datatype]
    static let propertyTypes: Set<IRI> = [
        Vocab.rdf.Property, Vocab.owl.ObjectProperty, Vocab.owl.DatatypeProperty,
        Vocab.owl.AnnotationProperty, Vocab.owl.SymmetricProperty, Vocab.owl.TransitiveProperty,
        Vocab.owl.FunctionalProperty,
    ]

    /// Reads the declarations of `ontology`.
    public init(ontology: Graph) {
        var classes = Set<IRI>()
        var properties: Set<IRI> = [Vocab.rdf.type]
        var parents: [IRI: Set<IRI>] = [:]
        var domains: [IRI: [IRI]] = [:]
        var ranges: [IRI: [IRI]] = [:]
        for t in ontology.triples {
            guard let s = t.subject.iri, let p = t.predicate.iri else { continue }
            switch p {
            case Vocab.rdf.type:
                guard let o = t.object.iri else { continue }
                if Self.classTypes.contains(o) { classes.insert(s) }
                if Self.propertyTypes.contains(o) { properties.insert(s) }
            case Vocab.rdfs.subClassOf:
                guard let o = t.object.iri else { continue }
                classes.insert(s)
                parents[s, default: []].insert(o)
            case Vocab.rdfs.subPropertyOf:
                properties.insert(s)
            case Vocab.rdfs.domain:
                if let o = t.object.iri { domains[s, default: []].append(o) }
                properties.insert(s)
            case Vocab.rdfs.range:
                if let o = t.object.iri { ranges[s, default: []].append(o) }
                properties.insert(s)
            default:
                break
            }
        }
        var closure: [IRI: Set<IRI>] = [:]
        for start in classes.union(parents.keys) {
            var seen: Set<IRI> = [start]
            var stack = [start]
            while let next = stack.popLast() {
                for parent in parents[next] ?? [] where seen.insert(parent).inserted {
                    stack.append(parent)
                }
            }
            closure[start] = seen
        }
        self.classes = classes
        self.properties = properties
        self.superClasses = closure
        self.domains = domains
        self.ranges = ranges
    }

    /// Every violation in `graph`, sorted by kind and triple; one per (kind, offending term).
    public func validate(_ graph: Graph) -> [Violation] {
        var types: [Term: Set<IRI>] = [:]
        for t in graph.match(predicate: .iri(Vocab.rdf.type)) {
            if let o = t.object.iri { types[t.subject, default: []].insert(o) }
        }
        var out = Set<Violation>()
        var reported = Set<String>()
        func report(_ kind: Violation.Kind, _ key: String, _ message: String, _ triple: Triple) {
            if reported.insert("\(kind.rawValue) \(key)").inserted {
                out.insert(Violation(kind: kind, message: message, triple: triple))
            }
        }
        func conforms(_ term: Term, to expected: IRI) -> Bool? {
            if case .literal(let literal) = term {
                if expected == Vocab.rdfs.Literal { return true }
                return literal.effectiveDatatype == expected
                    || (expected == Vocab.xsd.string && literal.language != nil)
            }
            guard let known = types[term], !known.isEmpty else { return nil }
            return known.contains { (superClasses[$0] ?? [$0]).contains(expected) }
        }
        for t in graph.triples {
            guard let p = t.predicate.iri else { continue }
            if !properties.contains(p) {
                report(
                    .undeclaredProperty, p.string,
                    "\(Term.iri(p).formatted(prefixes: .standard)) is not declared in the ontology",
                    t)
            }
            if p == Vocab.rdf.type, let c = t.object.iri, !classes.contains(c) {
                report(
                    .undeclaredClass, c.string,
                    "\(Term.iri(c).formatted(prefixes: .standard)) is not declared in the ontology",
                    t)
            }
            for domain in domains[p] ?? [] where conforms(t.subject, to: domain) == false {
                report(
                    .domain, "\(t)",
                    "subject of \(Term.iri(p).formatted(prefixes: .standard)) should be a \(Term.iri(domain).formatted(prefixes: .standard))",
                    t)
            }
            for range in ranges[p] ?? [] where conforms(t.object, to: range) == false {
                report(
                    .range, "\(t)",
                    "object of \(Term.iri(p).formatted(prefixes: .standard)) should be a \(Term.iri(range).formatted(prefixes: .standard))",
                    t)
            }
        }
        return out.sorted()
    }
}
