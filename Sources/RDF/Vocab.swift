/// IRIs of the vocabularies VocGraph uses.
public enum Vocab {
    public static let vgNamespace = "https://w3id.org/vocgraph/ns#"
    public static let vgiNamespace = "https://w3id.org/vocgraph/id/"

    public enum rdf {
        public static let ns = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
        public static let type = IRI(unchecked: ns + "type")
        public static let langString = IRI(unchecked: ns + "langString")
        public static let statement = IRI(unchecked: ns + "Statement")
        public static let subject = IRI(unchecked: ns + "subject")
        public static let predicate = IRI(unchecked: ns + "predicate")
        public static let object = IRI(unchecked: ns + "object")
    }

    public enum rdfs {
        public static let ns = "http://www.w3.org/2000/01/rdf-schema#"
        public static let label = IRI(unchecked: ns + "label")
        public static let comment = IRI(unchecked: ns + "comment")
        public static let domain = IRI(unchecked: ns + "domain")
        public static let range = IRI(unchecked: ns + "range")
        public static let subClassOf = IRI(unchecked: ns + "subClassOf")
        public static let subPropertyOf = IRI(unchecked: ns + "subPropertyOf")
        public static let `class` = IRI(unchecked: ns + "Class")
    }

    public enum xsd {
        static let ns = "http://www.w3.org/2001/XMLSchema#"
        public static let string = IRI(unchecked: ns + "string")
        public static let integer = IRI(unchecked: ns + "integer")
        public static let decimal = IRI(unchecked: ns + "decimal")
        public static let double = IRI(unchecked: ns + "double")
        public static let boolean = IRI(unchecked: ns + "boolean")
        public static let date = IRI(unchecked: ns + "date")
        public static let gYear = IRI(unchecked: ns + "gYear")
        public static let nonNegativeInteger = IRI(unchecked: ns + "nonNegativeInteger")
    }

    public enum skos {
        static let ns = "http://www.w3.org/2004/02/skos/core#"
        public static let prefLabel = IRI(unchecked: ns + "prefLabel")
        public static let altLabel = IRI(unchecked: ns + "altLabel")
        public static let concept = IRI(unchecked: ns + "Concept")
        public static let inScheme = IRI(unchecked: ns + "inScheme")
    }

    public enum vg {
        public static func term(_ local: String) -> IRI { IRI(unchecked: vgNamespace + local) }
    }

    public enum vgi {
        public static func term(_ local: String) -> IRI { IRI(unchecked: vgiNamespace + local) }
    }
}

/// An ordered set of prefix → namespace bindings.
public struct PrefixMap: Sendable, Equatable {
    public private(set) var bindings: [(prefix: String, namespace: String)] = []

    public init(_ bindings: [(String, String)] = []) {
        for (prefix, namespace) in bindings { bind(prefix, namespace) }
    }

    public static func == (lhs: PrefixMap, rhs: PrefixMap) -> Bool {
        lhs.bindings.elementsEqual(rhs.bindings) { $0 == $1 }
    }

    /// Binds (or rebinds) a prefix.
    public mutating func bind(_ prefix: String, _ namespace: String) {
        if let index = bindings.firstIndex(where: { $0.prefix == prefix }) {
            bindings[index].namespace = namespace
        } else {
            bindings.append((prefix, namespace))
        }
    }

    public func namespace(for prefix: String) -> String? {
        bindings.first { $0.prefix == prefix }?.namespace
    }

    /// Expands `prefix:local`; `nil` when the prefix is unbound or the text has no colon.
    public func expand(_ prefixedName: String) -> IRI? {
        guard let colon = prefixedName.firstIndex(of: ":") else { return nil }
        let prefix = String(prefixedName[..<colon])
        guard let namespace = namespace(for: prefix) else { return nil }
        return IRI(unchecked: namespace + prefixedName[prefixedName.index(after: colon)...])
    }

    /// The shortest `prefix:local` for `iri` whose local part is a simple name, if any.
    public func abbreviate(_ iri: IRI) -> String? {
        var best: String?
        for (prefix, namespace) in bindings where iri.string.hasPrefix(namespace) {
            let local = iri.string.dropFirst(namespace.count)
            guard local.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }),
                !(local.first == "-")
            else { continue }
            let candidate = "\(prefix):\(local)"
            if candidate.count < (best?.count ?? Int.max) { best = candidate }
        }
        return best
    }

    /// The prefixes VocGraph knows everywhere (programs, exports, tables).
    public static let standard = PrefixMap([
        ("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
        ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
        ("xsd", "http://www.w3.org/2001/XMLSchema#"),
        ("owl", "http://www.w3.org/2002/07/owl#"),
        ("skos", "http://www.w3.org/2004/02/skos/core#"),
        ("prov", "http://www.w3.org/ns/prov#"),
        ("org", "http://www.w3.org/ns/org#"),
        ("schema", "https://schema.org/"),
        ("dcterms", "http://purl.org/dc/terms/"),
        ("foaf", "http://xmlns.com/foaf/0.1/"),
        ("oa", "http://www.w3.org/ns/oa#"),
        ("qb", "http://purl.org/linked-data/cube#"),
        ("sdmx-dimension", "http://purl.org/linked-data/sdmx/2009/dimension#"),
        ("sdmx-measure", "http://purl.org/linked-data/sdmx/2009/measure#"),
        ("sdmx-attribute", "http://purl.org/linked-data/sdmx/2009/attribute#"),
        ("eli", "http://data.europa.eu/eli/ontology#"),
        ("vg", Vocab.vgNamespace),
        ("vgi", Vocab.vgiNamespace),
    ])
}
