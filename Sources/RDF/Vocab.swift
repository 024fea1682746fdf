/// The vocabularies VocGraph uses, one namespace per enum (as oxrdf's `vocab` modules): the
/// namespace IRI, the prefix VocGraph binds it to, and a constant per term used.
///
/// These are the only places a namespace is spelled. The VocGraph terms (`vg`) are generated from
/// `Ontology/vocgraph.ttl` into `Vocab+VocGraph.swift`; `vgi` holds the instance namespace.
public enum Vocab {
    /// RDF 1.1 concepts (`rdf:`).
    public enum rdf {
        public static let prefix = "rdf"
        public static let namespace = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
        public static let type = IRI(unchecked: namespace + "type")
        public static let langString = IRI(unchecked: namespace + "langString")
        public static let Statement = IRI(unchecked: namespace + "Statement")
        public static let subject = IRI(unchecked: namespace + "subject")
        public static let predicate = IRI(unchecked: namespace + "predicate")
        public static let object = IRI(unchecked: namespace + "object")
        public static let Property = IRI(unchecked: namespace + "Property")
    }

    /// RDF Schema (`rdfs:`).
    public enum rdfs {
        public static let prefix = "rdfs"
        public static let namespace = "http://www.w3.org/2000/01/rdf-schema#"
        public static let label = IRI(unchecked: namespace + "label")
        public static let comment = IRI(unchecked: namespace + "comment")
        public static let domain = IRI(unchecked: namespace + "domain")
        public static let range = IRI(unchecked: namespace + "range")
        public static let subClassOf = IRI(unchecked: namespace + "subClassOf")
        public static let subPropertyOf = IRI(unchecked: namespace + "subPropertyOf")
        public static let Class = IRI(unchecked: namespace + "Class")
        public static let Datatype = IRI(unchecked: namespace + "Datatype")
        public static let Literal = IRI(unchecked: namespace + "Literal")
    }

    /// XML Schema datatypes (`xsd:`).
    public enum xsd {
        public static let prefix = "xsd"
        public static let namespace = "http://www.w3.org/2001/XMLSchema#"
        public static let string = IRI(unchecked: namespace + "string")
        public static let integer = IRI(unchecked: namespace + "integer")
        public static let decimal = IRI(unchecked: namespace + "decimal")
        public static let double = IRI(unchecked: namespace + "double")
        public static let boolean = IRI(unchecked: namespace + "boolean")
        public static let date = IRI(unchecked: namespace + "date")
        public static let gYear = IRI(unchecked: namespace + "gYear")
        public static let gYearMonth = IRI(unchecked: namespace + "gYearMonth")
        public static let nonNegativeInteger = IRI(unchecked: namespace + "nonNegativeInteger")
    }

    /// OWL 2 (`owl:`).
    public enum owl {
        public static let prefix = "owl"
        public static let namespace = "http://www.w3.org/2002/07/owl#"
        public static let Ontology = IRI(unchecked: namespace + "Ontology")
        public static let Class = IRI(unchecked: namespace + "Class")
        public static let ObjectProperty = IRI(unchecked: namespace + "ObjectProperty")
        public static let DatatypeProperty = IRI(unchecked: namespace + "DatatypeProperty")
        public static let AnnotationProperty = IRI(unchecked: namespace + "AnnotationProperty")
        public static let SymmetricProperty = IRI(unchecked: namespace + "SymmetricProperty")
        public static let TransitiveProperty = IRI(unchecked: namespace + "TransitiveProperty")
        public static let FunctionalProperty = IRI(unchecked: namespace + "FunctionalProperty")
    }

    /// SKOS (`skos:`).
    public enum skos {
        public static let prefix = "skos"
        public static let namespace = "http://www.w3.org/2004/02/skos/core#"
        public static let prefLabel = IRI(unchecked: namespace + "prefLabel")
        public static let altLabel = IRI(unchecked: namespace + "altLabel")
        public static let Concept = IRI(unchecked: namespace + "Concept")
        public static let ConceptScheme = IRI(unchecked: namespace + "ConceptScheme")
        public static let inScheme = IRI(unchecked: namespace + "inScheme")
    }

    /// PROV-O (`prov:`).
    public enum prov {
        public static let prefix = "prov"
        public static let namespace = "http://www.w3.org/ns/prov#"
        public static let Entity = IRI(unchecked: namespace + "Entity")
        public static let Activity = IRI(unchecked: namespace + "Activity")
        public static let Plan = IRI(unchecked: namespace + "Plan")
        public static let wasDerivedFrom = IRI(unchecked: namespace + "wasDerivedFrom")
        public static let wasGeneratedBy = IRI(unchecked: namespace + "wasGeneratedBy")
    }

    /// W3C Organization Ontology (`org:`).
    public enum org {
        public static let prefix = "org"
        public static let namespace = "http://www.w3.org/ns/org#"
        public static let FormalOrganization = IRI(unchecked: namespace + "FormalOrganization")
        public static let memberOf = IRI(unchecked: namespace + "memberOf")
    }

    /// schema.org (`schema:`).
    public enum schema {
        public static let prefix = "schema"
        public static let namespace = "https://schema.org/"
        public static let EducationalOrganization = IRI(
            unchecked: namespace + "EducationalOrganization")
        public static let CollegeOrUniversity = IRI(unchecked: namespace + "CollegeOrUniversity")
        public static let Corporation = IRI(unchecked: namespace + "Corporation")
        public static let GovernmentOrganization = IRI(
            unchecked: namespace + "GovernmentOrganization")
        public static let Legislation = IRI(unchecked: namespace + "Legislation")
        public static let Report = IRI(unchecked: namespace + "Report")
    }

    /// Dublin Core terms (`dcterms:`).
    public enum dcterms {
        public static let prefix = "dcterms"
        public static let namespace = "http://purl.org/dc/terms/"
        public static let title = IRI(unchecked: namespace + "title")
        public static let identifier = IRI(unchecked: namespace + "identifier")
        public static let publisher = IRI(unchecked: namespace + "publisher")
        public static let issued = IRI(unchecked: namespace + "issued")
        public static let references = IRI(unchecked: namespace + "references")
        public static let date = IRI(unchecked: namespace + "date")
        public static let type = IRI(unchecked: namespace + "type")
        public static let spatial = IRI(unchecked: namespace + "spatial")
    }

    /// FOAF (`foaf:`).
    public enum foaf {
        public static let prefix = "foaf"
        public static let namespace = "http://xmlns.com/foaf/0.1/"
        public static let Document = IRI(unchecked: namespace + "Document")
    }

    /// Web Annotation (`oa:`).
    public enum oa {
        public static let prefix = "oa"
        public static let namespace = "http://www.w3.org/ns/oa#"
        public static let SpecificResource = IRI(unchecked: namespace + "SpecificResource")
        public static let TextQuoteSelector = IRI(unchecked: namespace + "TextQuoteSelector")
        public static let TextPositionSelector = IRI(unchecked: namespace + "TextPositionSelector")
        public static let hasSource = IRI(unchecked: namespace + "hasSource")
        public static let hasSelector = IRI(unchecked: namespace + "hasSelector")
        public static let exact = IRI(unchecked: namespace + "exact")
        public static let start = IRI(unchecked: namespace + "start")
        public static let end = IRI(unchecked: namespace + "end")
    }

    /// RDF Data Cube (`qb:`).
    public enum qb {
        public static let prefix = "qb"
        public static let namespace = "http://purl.org/linked-data/cube#"
        public static let Observation = IRI(unchecked: namespace + "Observation")
        public static let DataSet = IRI(unchecked: namespace + "DataSet")
        public static let dataSet = IRI(unchecked: namespace + "dataSet")
    }

    /// SDMX dimensions (`sdmx-dimension:`).
    public enum sdmxDimension {
        public static let prefix = "sdmx-dimension"
        public static let namespace = "http://purl.org/linked-data/sdmx/2009/dimension#"
        public static let refPeriod = IRI(unchecked: namespace + "refPeriod")
    }

    /// SDMX measures (`sdmx-measure:`).
    public enum sdmxMeasure {
        public static let prefix = "sdmx-measure"
        public static let namespace = "http://purl.org/linked-data/sdmx/2009/measure#"
        public static let obsValue = IRI(unchecked: namespace + "obsValue")
    }

    /// SDMX attributes (`sdmx-attribute:`).
    public enum sdmxAttribute {
        public static let prefix = "sdmx-attribute"
        public static let namespace = "http://purl.org/linked-data/sdmx/2009/attribute#"
        public static let unitMeasure = IRI(unchecked: namespace + "unitMeasure")
    }

    /// European Legislation Identifier (`eli:`).
    public enum eli {
        public static let prefix = "eli"
        public static let namespace = "http://data.europa.eu/eli/ontology#"
        public static let LegalResource = IRI(unchecked: namespace + "LegalResource")
        public static let LegalResourceSubdivision = IRI(
            unchecked: namespace + "LegalResourceSubdivision")
        public static let is_part_of = IRI(unchecked: namespace + "is_part_of")
        public static let id_local = IRI(unchecked: namespace + "id_local")
    }

    /// VocGraph instances (`vgi:`); ``InstanceIRI`` mints them.
    public enum vgi {
        public static let prefix = "vgi"
        public static let namespace = "https://w3id.org/vocgraph/id/"

        /// `vgi:<local>`.
        public static func iri(_ local: String) -> IRI { IRI(unchecked: namespace + local) }
    }

    /// Every (prefix, namespace) VocGraph binds, in the order exports declare them.
    public static let namespaces: [(prefix: String, namespace: String)] = [

        (rdf.prefix, rdf.namespace),
        (rdfs.prefix, rdfs.namespace),
        (xsd.prefix, xsd.namespace),
        (owl.prefix, owl.namespace),
        (skos.prefix, skos.namespace),
        (prov.prefix, prov.namespace),
        (org.prefix, org.namespace),
        (schema.prefix, schema.namespace),
        (dcterms.prefix, dcterms.namespace),
        (foaf.prefix, foaf.namespace),
        (oa.prefix, oa.namespace),
        (qb.prefix, qb.namespace),
        (sdmxDimension.prefix, sdmxDimension.namespace),
        (sdmxMeasure.prefix, sdmxMeasure.namespace),
        (sdmxAttribute.prefix, sdmxAttribute.namespace),
        (eli.prefix, eli.namespace),
        (vg.prefix, vg.namespace),
        (vgi.prefix, vgi.namespace),
    ]
}
