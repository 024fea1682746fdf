import RDF

/// The IRIs the figure graph uses (Data Cube, ELI, PROV, Web Annotation and VocGraph terms).
public enum FigureTerms {
    static func ns(_ prefix: String, _ local: String) -> Term {
        .iri(
            PrefixMap.standard.expand("\(prefix):\(local)") ?? IRI(unchecked: prefix + ":" + local))
    }

    public static let type = Term.iri(Vocab.rdf.type)
    public static let label = Term.iri(Vocab.rdfs.label)
    /// A VocGraph term (`vg:local`).
    public static func vg(_ local: String) -> Term { .iri(Vocab.vg.term(local)) }
    /// A VocGraph instance (`vgi:local`).
    public static func vgi(_ local: String) -> Term { .iri(Vocab.vgi.term(local)) }

    public static let observation = ns("qb", "Observation")
    public static let dataSetClass = ns("qb", "DataSet")
    public static let dataSet = ns("qb", "dataSet")
    public static let obsValue = ns("sdmx-measure", "obsValue")
    public static let refPeriod = ns("sdmx-dimension", "refPeriod")
    public static let unitMeasure = ns("sdmx-attribute", "unitMeasure")
    public static let legalResource = ns("eli", "LegalResource")
    public static let subdivision = ns("eli", "LegalResourceSubdivision")
    public static let isPartOf = ns("eli", "is_part_of")
    public static let plan = ns("prov", "Plan")
    public static let entity = ns("prov", "Entity")
    public static let wasDerivedFrom = ns("prov", "wasDerivedFrom")
    public static let specificResource = ns("oa", "SpecificResource")
    public static let hasSource = ns("oa", "hasSource")
    public static let hasSelector = ns("oa", "hasSelector")
    public static let quoteSelector = ns("oa", "TextQuoteSelector")
    public static let positionSelector = ns("oa", "TextPositionSelector")
    public static let exact = ns("oa", "exact")
    public static let start = ns("oa", "start")
    public static let end = ns("oa", "end")
    public static let document = ns("foaf", "Document")
    public static let date = ns("dcterms", "date")
    public static let concept = ns("skos", "Concept")
    public static let prefLabel = ns("skos", "prefLabel")

    /// `"2025"^^xsd:gYear`.
    public static func year(_ y: Int) -> Term {
        .literal(Literal(String(y), datatype: Vocab.xsd.gYear))
    }

    /// `"49.0"^^xsd:decimal`, written without exponent.
    public static func decimal(_ v: Double) -> Term {
        .literal(Literal(decimalLexical(v), datatype: Vocab.xsd.decimal))
    }

    /// `12.0`, `12.5`, `0.7`: the shortest exact decimal form of `v`, always with a point and
    /// never with an exponent (see `DecimalDigits.lexical`).
    public static func decimalLexical(_ v: Double) -> String { DecimalDigits.lexical(v) }
}
