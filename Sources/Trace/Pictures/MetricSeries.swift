import RDF

/// The observations of one metric, by region and year: what a metric chart draws.
///
/// Only region-wide observations count (`vg:regionWide true`): a figure about one school is not the
/// city's figure. When a report gives the same metric, region and year twice (a table and the prose
/// restating it, or two reports of the same city), the larger value is kept, so the chart never
/// depends on the order of the graph.
public struct MetricSeries: Sendable, Equatable {
    /// The metric's name (its most frequent `vg:metricLabel`).
    public var label: String
    /// The unit of the points; observations in other units are left out.
    public var unit: String
    /// Region → year → value, regions and years sorted.
    public var points: [String: [Int: Double]]
    /// Observations left out because they were in another unit.
    public var otherUnits: Int

    /// The regions, sorted.
    public var regions: [String] { points.keys.sorted() }
    /// Every year of any region, sorted.
    public var years: [Int] { Set(points.values.flatMap(\.keys)).sorted() }

    public init(label: String, unit: String, points: [String: [Int: Double]], otherUnits: Int = 0) {
        self.label = label
        self.unit = unit
        self.points = points
        self.otherUnits = otherUnits
    }

    /// The metrics of `graph` that have observations: metric IRI → label, for listing.
    public static func metrics(in graph: Graph) -> [(iri: String, label: String, count: Int)] {
        let reader = GraphReader(graph: graph)
        var labels: [String: [String: Int]] = [:]
        for obs in reader.subjects(.iri(Vocab.rdf.type), .iri(Vocab.qb.Observation)) {
            guard let metric = reader.object(obs, .iri(Vocab.vg.metric)).map(reader.iriString)
            else { continue }
            let label = reader.string(obs, .iri(Vocab.vg.metricLabel)) ?? metric
            labels[metric, default: [:]][label, default: 0] += 1
        }
        return labels.map { metric, names in
            let best = names.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? metric
            return (metric, best, names.values.reduce(0, +))
        }.sorted { ($0.count, $1.iri) > ($1.count, $0.iri) }
    }

    /// The series of the metric named `query`: its IRI, the end of its IRI
    /// (`full-time-teachers`), or a `vg:metricLabel` equal to it; nil when none matches.
    public init?(graph: Graph, metric query: String) {
        let reader = GraphReader(graph: graph)
        var chosen: [Term] = []
        var labels: [String: Int] = [:]
        for obs in reader.subjects(.iri(Vocab.rdf.type), .iri(Vocab.qb.Observation)) {
            let metric = reader.object(obs, .iri(Vocab.vg.metric)).map(reader.iriString) ?? ""
            let label = reader.string(obs, .iri(Vocab.vg.metricLabel)) ?? ""
            let named =
                (!metric.isEmpty
                    && (metric == query || metric.hasSuffix("metric-" + query)))
                || label == query
            guard named else { continue }
            chosen.append(obs)
            labels[label, default: 0] += 1
        }
        guard !chosen.isEmpty else { return nil }
        let label = labels.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? query
        var units: [String: Int] = [:]
        var wide: [Term] = []
        for obs in chosen where reader.string(obs, .iri(Vocab.vg.regionWide)) == "true" {
            wide.append(obs)
            units[reader.string(obs, .iri(Vocab.vg.unit)) ?? "", default: 0] += 1
        }
        let unit = units.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? ""
        var points: [String: [Int: Double]] = [:]
        var other = 0
        for obs in wide {
            guard reader.string(obs, .iri(Vocab.vg.unit)) ?? "" == unit else {
                other += 1
                continue
            }
            guard let value = reader.double(obs, .iri(Vocab.sdmxMeasure.obsValue)),
                let year = reader.int(obs, .iri(Vocab.sdmxDimension.refPeriod))
            else { continue }
            let region = reader.string(obs, .iri(Vocab.vg.region)) ?? "?"
            points[region, default: [:]][year] = max(points[region]?[year] ?? value, value)
        }
        self.init(label: label, unit: unit, points: points, otherUnits: other)
    }
}
