/// One indicator of the metric vocabulary (a `skos:Concept` of `Ontology/metrics.ttl`).
public struct MetricConcept: Sendable, Equatable, Hashable {
    /// The local part of the IRI after `metric-`.
    public var slug: String
    public var prefLabel: String
    public var altLabels: [String]
    /// The unit the metric is reported in.
    public var unit: String
    /// Whether a larger value is the better outcome (`vg:largerIsBetter`).
    public var largerIsBetter: Bool

    public init(
        slug: String, prefLabel: String, altLabels: [String], unit: String, largerIsBetter: Bool
    ) {
        self.slug = slug
        self.prefLabel = prefLabel
        self.altLabels = altLabels
        self.unit = unit
        self.largerIsBetter = largerIsBetter
    }

    /// The concept's IRI (`https://w3id.org/vocgraph/id/metric-<slug>`).
    public var iri: String { InstanceIRI.metric(slug).string }
}
