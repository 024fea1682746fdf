/// The RDF syntaxes VocGraph reads and writes, all through Raptor.
public enum RDFFormat: String, CaseIterable, Sendable {
    case turtle
    case ntriples
    case nquads
    case trig
    case rdfxml
    /// RDF/JSON (the W3C Note's resource-centric JSON), not JSON-LD.
    case rdfjson

    /// Raptor's parser name.
    var parserName: String {
        switch self {
        case .turtle: "turtle"
        case .ntriples: "ntriples"
        case .nquads: "nquads"
        case .trig: "trig"
        case .rdfxml: "rdfxml"
        case .rdfjson: "json"
        }
    }

    /// Raptor's serializer name, or `nil` where Raptor 2.0.15 cannot write the syntax.
    var serializerName: String? {
        switch self {
        case .turtle: "turtle"
        case .ntriples: "ntriples"
        case .nquads: "nquads"
        case .trig: nil
        case .rdfxml: "rdfxml-abbrev"
        case .rdfjson: "json"
        }
    }

    /// The syntax's usual name, for messages: `Turtle`, `N-Triples`, `RDF/XML` ….
    public var displayName: String {
        switch self {
        case .turtle: "Turtle"
        case .ntriples: "N-Triples"
        case .nquads: "N-Quads"
        case .trig: "TriG"
        case .rdfxml: "RDF/XML"
        case .rdfjson: "RDF/JSON"
        }
    }

    /// Whether `RDFWriter` can write this format.
    public var isWritable: Bool { serializerName != nil }

    /// The formats `RDFWriter` can write.
    public static var writable: [RDFFormat] { allCases.filter(\.isWritable) }

    /// The usual file extension.
    public var fileExtension: String {
        switch self {
        case .turtle: "ttl"
        case .ntriples: "nt"
        case .nquads: "nq"
        case .trig: "trig"
        case .rdfxml: "rdf"
        case .rdfjson: "rj"
        }
    }

    /// Parses a user-facing format name (`turtle`, `ttl`, `nt`, `rdfxml`, `rdf/json` …).
    public init?(name: String) {
        switch name.lowercased() {
        case "turtle", "ttl": self = .turtle
        case "ntriples", "n-triples", "nt": self = .ntriples
        case "nquads", "n-quads", "nq": self = .nquads
        case "trig": self = .trig
        case "rdfxml", "rdf/xml", "xml", "rdf", "rdfxml-abbrev": self = .rdfxml
        case "rdfjson", "rdf/json", "rj": self = .rdfjson
        default: return nil
        }
    }

    /// Guesses the format from a file name's extension.
    ///
    /// `.json` is taken as RDF/JSON (the only JSON syntax Raptor reads); `.jsonld` is refused,
    /// because Raptor 2.0.15 does not read JSON-LD.
    public init?(fileName: String) {
        let lower = fileName.lowercased()
        let ext = lower.split(separator: ".").last.map(String.init) ?? ""
        switch ext {
        case "ttl", "turtle": self = .turtle
        case "nt", "ntriples": self = .ntriples
        case "nq", "nquads": self = .nquads
        case "trig": self = .trig
        case "rdf", "owl", "xml": self = .rdfxml
        case "rj", "json": self = .rdfjson
        default: return nil
        }
    }
}
