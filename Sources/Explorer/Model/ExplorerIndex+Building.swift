import RDF
import Trace

extension ExplorerIndex {
    /// Organisations, policies and documents with every name they go by.
    mutating func indexEntries() {
        let nameProperties = [
            Vocab.skos.prefLabel, Vocab.rdfs.label, Vocab.skos.altLabel,
            IRI(unchecked: Vocab.schema.namespace + "name"), Vocab.dcterms.title,
            Vocab.eli.id_local,
        ]
        var kinds: [Term: (EntityKind, String)] = [:]
        func typed(_ type: IRI) -> [Term] {
            graph.match(predicate: .iri(Vocab.rdf.type), object: .iri(type)).map(\.subject)
        }
        for (type, name) in EntityKind.organizationTypes.reversed() {
            for node in typed(type) { kinds[node] = (.organization, name) }
        }
        for node in typed(Vocab.vg.Document) + typed(Vocab.foaf.Document) {
            kinds[node] = (.document, "文件 Document")
        }
        for node in typed(Vocab.vg.Policy) { kinds[node] = (.policy, "政策 Policy") }
        for (node, kind) in kinds.sorted(by: { $0.key < $1.key }) {
            guard let iri = node.iri?.string else { continue }
            var names: [String] = []
            for property in nameProperties {
                for literal in labels.strings(node, property).sorted(by: { $0.lexical < $1.lexical }
                )
                where !names.contains(literal.lexical) {
                    names.append(literal.lexical)
                }
            }
            entryByIRI[iri] = entries.count
            entries.append(
                SearchEntry(
                    iri: iri, kind: kind.0, typeName: kind.1, label: label(node), names: names))
        }
    }

    /// Edges between nodes, each end listing it, with the evidence of its `vg:Fact`.
    mutating func indexRelations(evidence: [Triple: [Term]]) {
        var spans: [Term: Evidence] = [:]
        func read(_ span: Term) -> Evidence? {
            if let known = spans[span] { return known }
            let found = self.evidence(span)
            spans[span] = found
            return found
        }
        for predicate in Self.relationPredicates {
            for triple in graph.match(predicate: .iri(predicate)) {
                guard let s = triple.subject.iri?.string, let o = triple.object.iri?.string
                else { continue }
                let quotes = (evidence[triple] ?? []).compactMap(read).sorted()
                relations[s, default: []].append(
                    RelationEntry(
                        predicate: predicate.string, other: o, outgoing: true, evidence: quotes))
                relations[o, default: []].append(
                    RelationEntry(
                        predicate: predicate.string, other: s, outgoing: false, evidence: quotes))
            }
        }
        for triple in graph.match(predicate: .iri(Vocab.vg.mentions)) {
            guard let d = triple.subject.iri?.string, let o = triple.object.iri?.string else {
                continue
            }
            mentionedIn[o, default: []].append(d)
        }
        let labels = self.labels
        relations = relations.mapValues { entries in
            entries.sorted {
                let a = labels.label(.iri(IRI(unchecked: $0.other)))
                let b = labels.label(.iri(IRI(unchecked: $1.other)))
                return ($0.predicate, $0.outgoing ? 0 : 1, a, $0.other) < (
                    $1.predicate, $1.outgoing ? 0 : 1, b, $1.other
                )
            }
        }
        for key in mentionedIn.keys { mentionedIn[key]?.sort() }
    }

    /// Observations by the node they are about (`vg:scope`).
    mutating func indexFigures() {
        let observations = graph.match(
            predicate: .iri(Vocab.rdf.type), object: .iri(Vocab.qb.Observation)
        ).map(\.subject)
        for obs in observations {
            guard let scope = objects(obs, Vocab.vg.scope).first?.iri?.string else { continue }
            let spans = objects(obs, Vocab.prov.wasDerivedFrom).compactMap(evidence)
            figures[scope, default: []].append(
                Figure(
                    metric: string(obs, Vocab.vg.metricLabel) ?? "",
                    value: string(obs, Vocab.sdmxMeasure.obsValue).flatMap(Double.init).map(
                        TraceReport.format) ?? "",
                    unit: string(obs, Vocab.vg.unit) ?? "",
                    year: string(obs, Vocab.sdmxDimension.refPeriod).flatMap { Int($0) },
                    evidence: spans.sorted()))
        }
        for key in figures.keys {
            figures[key]?.sort {
                ($0.metric, $0.year ?? 0, $0.value) < ($1.metric, $1.year ?? 0, $1.value)
            }
        }
    }

    /// Tasks by responsible and lead unit.
    mutating func indexTasks() {
        let policyTasks = graph.match(
            predicate: .iri(Vocab.rdf.type), object: .iri(Vocab.vg.PolicyTask)
        ).map(\.subject)
        for task in policyTasks {
            guard let list = objects(task, Vocab.eli.is_part_of).first,
                let policy = objects(list, Vocab.eli.is_part_of).first?.iri?.string
            else { continue }
            let leads = Set(objects(task, Vocab.vg.leadUnit).compactMap(\.iri?.string))
            let units = Set(objects(task, Vocab.vg.responsibleUnit).compactMap(\.iri?.string))
            for unit in leads.union(units) {
                tasks[unit, default: []].append(
                    TaskReference(
                        policy: policy, list: label(list),
                        number: string(task, Vocab.vg.taskNumber).flatMap { Int($0) },
                        text: string(task, Vocab.vg.text) ?? "", lead: leads.contains(unit)))
            }
        }
        for key in tasks.keys {
            tasks[key]?.sort {
                ($0.policy, $0.list, $0.number ?? 0) < ($1.policy, $1.list, $1.number ?? 0)
            }
        }
    }
}
