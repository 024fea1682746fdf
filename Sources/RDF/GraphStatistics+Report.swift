import Foundation

extension GraphStatistics {
    /// A readable report: totals, then instances per class and triples per predicate.
    public func table(prefixes: PrefixMap) -> String {
        func name(_ iri: IRI) -> String { prefixes.abbreviate(iri) ?? "<\(iri.string)>" }
        var out = TextTable(
            header: ["measure", "count"],
            rows: [
                ["triples", String(triples)],
                ["distinct subjects", String(distinctSubjects)],
                ["distinct predicates", String(distinctPredicates)],
                ["distinct objects", String(distinctObjects)],
                ["classes", String(classes.count)],
            ], rightAligned: [1]
        ).render()
        out += "\n"
        out += TextTable(
            header: ["class", "instances"], rows: classes.map { [name($0.iri), String($0.count)] },
            rightAligned: [1]
        ).render()
        out += "\n"
        out += TextTable(
            header: ["predicate", "triples"],
            rows: predicates.map { [name($0.iri), String($0.count)] }, rightAligned: [1]
        ).render()
        return out
    }

    /// The statistics as a JSON object (keys sorted, so output is stable).
    public func json() throws -> String {
        let object: [String: Any] = [
            "triples": triples,
            "distinctSubjects": distinctSubjects,
            "distinctPredicates": distinctPredicates,
            "distinctObjects": distinctObjects,
            "classes": classes.map { ["iri": $0.iri.string, "count": $0.count] as [String: Any] },
            "predicates": predicates.map {
                ["iri": $0.iri.string, "count": $0.count] as [String: Any]
            },
        ]
        let data = try JSONSerialization.data(
            withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
