import Foundation
import RDF

/// Adds the figures and targets of documents to an RDF graph, each with its evidence span.
///
/// - A report becomes a `qb:DataSet` (`vgi:ds-<doc>`) of `qb:Observation`s (`vgi:obs-<hash>`) with
///   `vg:metric` (concept, when mapped), `vg:metricLabel`, `sdmx-measure:obsValue` (xsd:decimal),
///   `sdmx-attribute:unitMeasure` (`vgi:unit-<hash>`, labelled), `vg:unit`, `sdmx-dimension:refPeriod`
///   (gYear), `vg:scope`, `vg:region`, and `vg:regionWide true` when the figure is about the
///   region's schools rather than one school. The scope is the document's organisation of that
///   name (``DocumentOrganizations``), or a `vg:SchoolSystem` for a region's schools as a whole.
/// - A policy becomes an `eli:LegalResource`; each list row a `vg:PolicyTask`
///   (`vgi:task-<doc>-<list slug>-<n>`, `eli:is_part_of` its `vg:TaskList`) with `vg:taskNumber`,
///   `vg:text`, `vg:responsibleUnit` and `vg:leadUnit` (the document's organisation of that name,
///   as for scopes); each quantity a `vg:Target`
///   (`vg:task`, `vg:metric`, `vg:comparator` `vgi:cmp-ge|le|eq|approx|range`, `vg:targetValue`,
///   `vg:targetValueMax`, `vg:unit`, `vg:deadline`, `vg:region`; a relative target adds
///   `vg:baseYear` and `vg:delta` + `vg:deltaUnit` or `vg:factor`).
/// - Every observation, task and target has `prov:wasDerivedFrom` an `oa:SpecificResource`
///   (`vgi:e-<hash>`) with `oa:hasSource`, `vg:line`, a quote and a position selector.
/// - ``link(_:)`` adds a `vg:Comparison` (`vg:target`, `vg:observation`) wherever a target and an
///   observation share metric concept and region and the observation year is not before the policy's.
///
/// Every IRI comes from ``InstanceIRI``.
public struct FigureGraph: Sendable {
    /// Triples already in a graph, and those added since (inserted in one batch: a sorted insert
    /// per triple would make building a large corpus quadratic).
    private var base: Graph
    private var pending: [Triple] = []
    /// The document being added, while it is added, when it has pages (its spans name them).
    private var pagedDocument: Document?

    public init(graph: Graph = Graph()) { self.base = graph }

    /// The graph with everything added so far.
    public var graph: Graph {
        var g = base
        g.insert(contentsOf: pending)
        return g
    }

    private mutating func flush() {
        base.insert(contentsOf: pending)
        pending = []
    }

    /// The 16-hex id of a document (``InstanceIRI/documentID(_:)``).
    public static func documentID(_ document: Document) -> String {
        InstanceIRI.documentID(document)
    }

    private mutating func add(_ s: Term, _ p: Term, _ o: Term) {
        pending.append(Triple(s, p, o))
    }

    /// Adds `document` (its profile, observations and targets from `report`) to the graph.
    ///
    /// - Parameter organisations: the document's resolved entities, which scopes and responsible
    ///   units that name them become.
    public mutating func add(
        _ document: Document, report: ExtractionReport,
        organisations: DocumentOrganizations = .none
    ) {
        pagedDocument = document.pageStartLines.isEmpty ? nil : document
        defer { pagedDocument = nil }
        let profile = DocumentProfile(document)
        let docID = Self.documentID(document)
        let doc = Term.iri(InstanceIRI.document(document))
        add(doc, Term.iri(Vocab.rdf.type), Term.iri(Vocab.vg.Document))
        add(doc, Term.iri(Vocab.rdf.type), Term.iri(Vocab.foaf.Document))
        add(doc, Term.iri(Vocab.rdf.type), Term.iri(Vocab.prov.Entity))
        add(doc, Term.iri(Vocab.rdfs.label), .string(document.name))
        add(doc, Term.iri(Vocab.vg.kind), .string(profile.kind.rawValue))
        if let region = profile.region { add(doc, Term.iri(Vocab.vg.region), .string(region)) }
        if let year = profile.year { add(doc, Term.iri(Vocab.dcterms.date), Term.gYear(year)) }
        if !report.observations.isEmpty {
            let ds = Term.iri(InstanceIRI.dataSet(documentID: docID))
            add(ds, Term.iri(Vocab.rdf.type), Term.iri(Vocab.qb.DataSet))
            add(ds, Term.iri(Vocab.prov.wasDerivedFrom), doc)
            for record in report.observations {
                addObservation(
                    record, dataSet: ds, doc: doc, docID: docID, profile: profile,
                    organisations: organisations)
            }
        }
        if profile.kind == .policy {
            add(doc, Term.iri(Vocab.rdf.type), Term.iri(Vocab.vg.Policy))
            add(doc, Term.iri(Vocab.rdf.type), Term.iri(Vocab.eli.LegalResource))
            for record in report.targets {
                addTarget(
                    record, doc: doc, docID: docID, profile: profile,
                    organisations: organisations)
            }
        }
    }

    private mutating func evidence(
        doc: Term, line: Int, start: Int?, end: Int?, quote: String?
    ) -> Term? {
        guard let start, let end, let quote, let document = doc.iri else { return nil }
        pending += GraphBuilder.evidence(
            document: document, line: line, start: start, end: end, quote: quote,
            page: pagedDocument?.page(ofLine: line))
        return .iri(InstanceIRI.evidence(document: document, start: start, end: end))
    }

    private mutating func unit(_ text: String?, on subject: Term) {
        guard let text else { return }
        let u = Term.iri(InstanceIRI.unit(text))
        add(u, Term.iri(Vocab.rdfs.label), .string(text))
        add(subject, Term.iri(Vocab.sdmxAttribute.unitMeasure), u)
        add(subject, Term.iri(Vocab.vg.unit), .string(text))
    }

    /// The node of a figure's scope: a region's schools as a whole (``SchoolSystem``), else the
    /// document's organisation of that name, else an organisation of its own (a school, unless
    /// its suffix says otherwise).
    private mutating func scope(
        _ name: String, profile: DocumentProfile, organisations: DocumentOrganizations
    ) -> Term {
        if let system = SchoolSystem(scope: name)
            ?? (name == profile.region ? SchoolSystem(region: name) : nil)
        {
            let node = Term.iri(InstanceIRI.schoolSystem(system))
            add(node, Term.iri(Vocab.rdf.type), .iri(Vocab.vg.SchoolSystem))
            add(node, Term.iri(Vocab.rdfs.label), .text(name, language: "zh"))
            add(node, Term.iri(Vocab.skos.prefLabel), .text(name, language: "zh"))
            add(node, Term.iri(Vocab.vg.region), .string(system.region))
            return node
        }
        return organisation(organisations.resolve(name, fallback: .school))
    }

    /// The node of a responsible unit: the document's organisation of that name, else a
    /// government body of its own (a college or school when its suffix says so).
    private mutating func responsibleUnit(_ name: String, organisations: DocumentOrganizations)
        -> Term
    {
        organisation(organisations.resolve(name, fallback: .govBody), written: name)
    }

    /// Adds what makes a resolved name an organisation node; the name as written becomes a
    /// label of the entity's node when the entity's names do not include it.
    private mutating func organisation(
        _ resolution: DocumentOrganizations.Resolution, written: String? = nil
    ) -> Term {
        let node = Term.iri(resolution.key.iri)
        if resolution.entity == nil {
            pending += GraphBuilder.organisation(resolution.key, label: resolution.label)
        } else if let written, written != resolution.label,
            !OrganizationKey.isRelative(written)
        {
            add(node, Term.iri(Vocab.skos.altLabel), .text(written, language: "zh"))
        }
        return node
    }

    private mutating func metric(_ label: String?, concept: String?, on subject: Term) {
        if let label { add(subject, Term.iri(Vocab.vg.metricLabel), .text(label, language: "zh")) }
        if let concept { add(subject, Term.iri(Vocab.vg.metric), .iri(concept)) }
    }

    private mutating func addObservation(
        _ r: ObservationRecord, dataSet: Term, doc: Term, docID: String,
        profile: DocumentProfile, organisations: DocumentOrganizations
    ) {
        let key =
            "\(docID)|\(r.start ?? r.line)|\(r.end ?? 0)|\(r.value)|\(r.year ?? 0)|\(r.metric)"
        let obs = Term.iri(InstanceIRI.observation(key))
        add(obs, Term.iri(Vocab.rdf.type), Term.iri(Vocab.qb.Observation))
        let label = NodeLabel.observation(metric: r.metric, scope: r.scope, year: r.year)
        add(obs, Term.iri(Vocab.rdfs.label), .text(label, language: "zh"))
        add(obs, Term.iri(Vocab.qb.dataSet), dataSet)
        metric(r.metric, concept: r.concept, on: obs)
        add(obs, Term.iri(Vocab.sdmxMeasure.obsValue), Term.decimal(r.value))
        unit(r.unit, on: obs)
        if let year = r.year { add(obs, Term.iri(Vocab.sdmxDimension.refPeriod), Term.gYear(year)) }
        if let scope = r.scope {
            // The region's schools as a whole, whichever words the report uses for them.
            let regionWide =
                scope == profile.defaultScope || scope == profile.region
                || (SchoolSystem(scope: scope)?.region).map { region in
                    profile.region.map { SchoolSystem(region: $0).region == region } ?? false
                } == true
            add(
                obs, Term.iri(Vocab.vg.scope),
                self.scope(scope, profile: profile, organisations: organisations))
            if regionWide {
                add(
                    obs, Term.iri(Vocab.vg.regionWide),
                    .literal(Literal("true", datatype: Vocab.xsd.boolean)))
            }
        }
        if let region = profile.region { add(obs, Term.iri(Vocab.vg.region), .string(region)) }
        if let e = evidence(
            doc: doc, line: r.line, start: r.start, end: r.end, quote: r.evidence)
        {
            add(obs, Term.iri(Vocab.prov.wasDerivedFrom), e)
        }
    }

    private mutating func addTarget(
        _ r: TargetRecord, doc: Term, docID: String, profile: DocumentProfile,
        organisations: DocumentOrganizations
    ) {
        var task: Term?
        if let number = r.taskNo, let list = r.list {
            let listTerm = Term.iri(InstanceIRI.taskList(documentID: docID, list: list))
            add(listTerm, Term.iri(Vocab.rdf.type), Term.iri(Vocab.vg.TaskList))
            add(listTerm, Term.iri(Vocab.rdfs.label), .text(list, language: "zh"))
            add(listTerm, Term.iri(Vocab.eli.is_part_of), doc)
            let t = Term.iri(InstanceIRI.task(documentID: docID, list: list, number: number))
            task = t
            add(t, Term.iri(Vocab.rdf.type), Term.iri(Vocab.vg.PolicyTask))
            add(t, Term.iri(Vocab.rdf.type), Term.iri(Vocab.eli.LegalResourceSubdivision))
            add(t, Term.iri(Vocab.rdf.type), Term.iri(Vocab.prov.Plan))
            add(t, Term.iri(Vocab.eli.is_part_of), listTerm)
            add(t, Term.iri(Vocab.vg.taskNumber), .integer(number))
            let label = NodeLabel.task(list: list, number: number, text: r.taskText)
            add(t, Term.iri(Vocab.rdfs.label), .text(label, language: "zh"))
            if let text = r.taskText {
                add(t, Term.iri(Vocab.vg.text), .text(text, language: "zh"))
            }
            if !r.responsible.isEmpty {
                // The units in the list's own order (RDF keeps no order among the edges below).
                add(
                    t, Term.iri(Vocab.vg.responsibleOrder),
                    .text(r.responsible.joined(separator: "、"), language: "zh"))
            }
            for name in r.responsible {
                add(
                    t, Term.iri(Vocab.vg.responsibleUnit),
                    responsibleUnit(name, organisations: organisations))
            }
            for name in r.lead {
                add(
                    t, Term.iri(Vocab.vg.leadUnit),
                    responsibleUnit(name, organisations: organisations))
            }
        }
        // 不低于上年 has no figure of its own: the base year's figure is its value.
        guard let value = r.value ?? r.relative?.factor else {
            if let task,
                let e = evidence(
                    doc: doc, line: r.line, start: r.start, end: r.end,
                    quote: r.evidence)
            {
                add(task, Term.iri(Vocab.prov.wasDerivedFrom), e)
            }
            return
        }
        let key =
            "\(docID)|\(r.start ?? r.line)|\(r.end ?? 0)|\(value)|\(r.taskNo ?? 0)|\(r.list ?? "")"
        let target = Term.iri(InstanceIRI.target(key))
        add(target, Term.iri(Vocab.rdf.type), Term.iri(Vocab.vg.Target))
        if let task {
            add(target, Term.iri(Vocab.vg.task), task)
        } else {
            add(target, Term.iri(Vocab.eli.is_part_of), doc)
        }
        metric(r.metric, concept: r.concept, on: target)
        let comparator =
            Comparator(reportString: r.comparator ?? "=", approximate: r.approximate ?? false)
            ?? .equal
        add(
            target, Term.iri(Vocab.vg.comparator), .iri(InstanceIRI.comparator(comparator.slug)))
        let label =
            r.relative.map {
                NodeLabel.relativeTarget(
                    metric: r.metric, comparator: comparator, relative: $0, deadline: r.deadline)
            }
            ?? NodeLabel.target(
                metric: r.metric, comparator: comparator, value: value, valueMax: r.valueMax,
                unit: r.unit, deadline: r.deadline)
        add(target, Term.iri(Vocab.rdfs.label), .text(label, language: "zh"))
        if r.value != nil { add(target, Term.iri(Vocab.vg.targetValue), Term.decimal(value)) }
        if let relative = r.relative {
            add(target, Term.iri(Vocab.vg.baseYear), Term.gYear(relative.baseYear))
            if let delta = relative.delta {
                add(target, Term.iri(Vocab.vg.delta), Term.decimal(delta))
            }
            if let unit = relative.unit { add(target, Term.iri(Vocab.vg.deltaUnit), .string(unit)) }
            if let factor = relative.factor {
                add(target, Term.iri(Vocab.vg.factor), Term.decimal(factor))
            }
        }
        if let max = r.valueMax {
            add(target, Term.iri(Vocab.vg.targetValueMax), Term.decimal(max))
        }
        unit(r.unit, on: target)
        if let deadline = r.deadline {
            add(target, Term.iri(Vocab.vg.deadline), Term.gYear(deadline))
        }
        if let attribute = r.attribute {
            add(target, Term.iri(Vocab.vg.indicatorAttribute), .string(attribute))
        }
        if let region = r.scope ?? profile.region {
            add(target, Term.iri(Vocab.vg.region), .string(region))
        }
        if let e = evidence(
            doc: doc, line: r.line, start: r.start, end: r.end, quote: r.evidence)
        {
            add(target, Term.iri(Vocab.prov.wasDerivedFrom), e)
            if let task { add(task, Term.iri(Vocab.prov.wasDerivedFrom), e) }
        }
    }

    /// Adds a `vg:Comparison` for every target and observation with the same metric concept and
    /// region, where the observation's year is not before the year of the target's policy.
    public mutating func link() {
        flush()
        let g = base
        func objects(_ s: Term, _ p: Term) -> [Term] {
            g.match(subject: s, predicate: p).map(\.object)
        }
        func yearOf(_ t: Term?) -> Int? { t?.literal.flatMap { Int($0.lexical) } }
        let targets = g.match(
            predicate: Term.iri(Vocab.rdf.type), object: Term.iri(Vocab.vg.Target)
        ).map(
            \.subject)
        // Observations by (metric concept, region), so each target meets only its candidates.
        var candidates: [[Term]: [(observation: Term, year: Int)]] = [:]
        for obs in g.match(
            predicate: Term.iri(Vocab.rdf.type), object: Term.iri(Vocab.qb.Observation)
        ).map(
            \.subject)
        {
            guard let concept = objects(obs, Term.iri(Vocab.vg.metric)).first,
                let region = objects(obs, Term.iri(Vocab.vg.region)).first,
                let year = yearOf(objects(obs, Term.iri(Vocab.sdmxDimension.refPeriod)).first)
            else { continue }
            candidates[[concept, region], default: []].append((obs, year))
        }
        for target in targets {
            guard let concept = objects(target, Term.iri(Vocab.vg.metric)).first,
                let region = objects(target, Term.iri(Vocab.vg.region)).first
            else { continue }
            let task = objects(target, Term.iri(Vocab.vg.task)).first
            let list = task.flatMap { objects($0, Term.iri(Vocab.eli.is_part_of)).first }
            let policy =
                list.flatMap { objects($0, Term.iri(Vocab.eli.is_part_of)).first }
                ?? objects(target, Term.iri(Vocab.eli.is_part_of)).first
            let policyYear =
                policy.flatMap { yearOf(objects($0, Term.iri(Vocab.dcterms.date)).first) } ?? 0
            // A relative target also needs its base (比2023年 in a plan of 2025): the base year's
            // observations are linked even when they come before the policy.
            let baseYear = yearOf(objects(target, Term.iri(Vocab.vg.baseYear)).first)
            for (obs, year) in candidates[[concept, region]] ?? []
            where year >= policyYear || year == baseYear {
                let c = Term.iri(InstanceIRI.comparison(target: target, observation: obs))
                add(c, Term.iri(Vocab.rdf.type), Term.iri(Vocab.vg.Comparison))
                add(c, Term.iri(Vocab.vg.target), target)
                add(c, Term.iri(Vocab.vg.observation), obs)
            }
        }
        flush()
    }
}
