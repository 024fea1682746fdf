import Foundation
import RDF

/// Adds the figures and targets of documents to an RDF graph, each with its evidence span.
///
/// - A report becomes a `qb:DataSet` (`vgi:ds-<doc>`) of `qb:Observation`s (`vgi:obs-<hash>`) with
///   `vg:metric` (concept, when mapped), `vg:metricLabel`, `sdmx-measure:obsValue` (xsd:decimal),
///   `sdmx-attribute:unitMeasure` (`vgi:unit-<hash>`, labelled), `vg:unit`, `sdmx-dimension:refPeriod`
///   (gYear), `vg:scope` (`vgi:o-<hash>`), `vg:region`, and `vg:regionWide true` when the figure is
///   about the region's schools rather than one school.
/// - A policy becomes an `eli:LegalResource`; each list row a `vg:PolicyTask`
///   (`vgi:task-<doc>-<list slug>-<n>`, `eli:is_part_of` its `vg:TaskList`) with `vg:taskNumber`,
///   `vg:text`, `vg:responsibleUnit` and `vg:leadUnit` (`vgi:o-<hash>`); each quantity a `vg:Target`
///   (`vg:task`, `vg:metric`, `vg:comparator` `vgi:cmp-ge|le|eq|approx|range`, `vg:targetValue`,
///   `vg:targetValueMax`, `vg:unit`, `vg:deadline`, `vg:region`).
/// - Every observation, task and target has `prov:wasDerivedFrom` an `oa:SpecificResource`
///   (`vgi:e-<hash>`) with `oa:hasSource`, `vg:line`, a quote and a position selector.
/// - ``link(_:)`` adds a `vg:Comparison` (`vg:target`, `vg:observation`) wherever a target and an
///   observation share metric concept and region and the observation year is not before the policy's.
///
/// IRIs are ASCII and deterministic: `<16 hex>` is the first 16 hex digits of a SHA-256;
/// organisations use `vgi:o-<16 hex of SHA-256(NFKC(full name))>`, the organisation extractor's scheme.
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

    /// The 16-hex id of a document: its source SHA-256 when known, else that of its text.
    public static func documentID(_ document: Document) -> String {
        if let sha = document.sha256, sha.count >= 16 { return String(sha.prefix(16)) }
        return FigureHashing.shortHash(document.text)
    }

    /// The IRI term of an organisation with canonical full name `name` (a scope: the region's
    /// schools or a named school).
    public static func organisation(_ name: String) -> Term {
        FigureTerms.vgi(
            "o-" + FigureHashing.shortHash(name.precomposedStringWithCompatibilityMapping))
    }

    /// The IRI of a responsible unit: the extractor's IRI of the government body of that name
    /// (`ResolvedEntity.localName`: type and key), so tasks meet the organisations of the text.
    public static func governmentBody(_ name: String) -> Term {
        FigureTerms.vgi("o-" + FigureHashing.shortHash(unitClass(name) + "|" + name))
    }

    /// The class of a responsible unit: most are government bodies, but task lists also make
    /// colleges and schools responsible (深圳职业技术学院).
    static func unitClass(_ name: String) -> String {
        if name.hasSuffix("大学") || name.hasSuffix("学院") { return "HigherEd" }
        if name.hasSuffix("学校") || name.hasSuffix("中学") { return "School" }
        return "GovBody"
    }

    /// The slug of a list name in task IRIs: 8 hex digits of its SHA-256.
    public static func listSlug(_ name: String) -> String {
        String(FigureHashing.shortHash(name).prefix(8))
    }

    private mutating func add(_ s: Term, _ p: Term, _ o: Term) {
        pending.append(Triple(s, p, o))
    }

    /// Adds `document` (its profile, observations and targets from `report`) to the graph.
    public mutating func add(_ document: Document, report: ExtractionReport) {
        pagedDocument = document.pageStartLines.isEmpty ? nil : document
        defer { pagedDocument = nil }
        let profile = DocumentProfile(document)
        let docID = Self.documentID(document)
        let doc = FigureTerms.vgi("d-" + docID)
        add(doc, FigureTerms.type, FigureTerms.vg("Document"))
        add(doc, FigureTerms.type, FigureTerms.document)
        add(doc, FigureTerms.type, FigureTerms.entity)
        add(doc, FigureTerms.label, .string(document.name))
        add(doc, FigureTerms.vg("kind"), .string(profile.kind.rawValue))
        if let region = profile.region { add(doc, FigureTerms.vg("region"), .string(region)) }
        if let year = profile.year { add(doc, FigureTerms.date, FigureTerms.year(year)) }
        if !report.observations.isEmpty {
            let ds = FigureTerms.vgi("ds-" + docID)
            add(ds, FigureTerms.type, FigureTerms.dataSetClass)
            add(ds, FigureTerms.wasDerivedFrom, doc)
            for record in report.observations {
                addObservation(record, dataSet: ds, doc: doc, docID: docID, profile: profile)
            }
        }
        if profile.kind == .policy {
            add(doc, FigureTerms.type, FigureTerms.vg("Policy"))
            add(doc, FigureTerms.type, FigureTerms.legalResource)
            for record in report.targets {
                addTarget(record, doc: doc, docID: docID, profile: profile)
            }
        }
    }

    private mutating func evidence(
        docID: String, doc: Term, line: Int, start: Int?, end: Int?, quote: String?
    ) -> Term? {
        guard let start, let end, let quote else { return nil }
        let id = "e-" + FigureHashing.shortHash("\(docID)|\(start)|\(end)")
        let e = FigureTerms.vgi(id)
        let q = FigureTerms.vgi(id + "-q")
        let p = FigureTerms.vgi(id + "-p")
        add(e, FigureTerms.type, FigureTerms.specificResource)
        add(e, FigureTerms.type, FigureTerms.entity)
        add(e, FigureTerms.hasSource, doc)
        add(e, FigureTerms.vg("line"), .integer(line))
        if let page = pagedDocument?.page(ofLine: line) {
            add(e, FigureTerms.vg("page"), .integer(page))
        }
        add(e, FigureTerms.hasSelector, q)
        add(e, FigureTerms.hasSelector, p)
        add(q, FigureTerms.type, FigureTerms.quoteSelector)
        add(q, FigureTerms.exact, .string(quote))
        add(p, FigureTerms.type, FigureTerms.positionSelector)
        add(p, FigureTerms.start, .integer(start))
        add(p, FigureTerms.end, .integer(end))
        return e
    }

    private mutating func unit(_ text: String?, on subject: Term) {
        guard let text else { return }
        let u = FigureTerms.vgi("unit-" + FigureHashing.shortHash(text))
        add(u, FigureTerms.label, .string(text))
        add(subject, FigureTerms.unitMeasure, u)
        add(subject, FigureTerms.vg("unit"), .string(text))
    }

    private mutating func metric(_ label: String?, concept: String?, on subject: Term) {
        if let label { add(subject, FigureTerms.vg("metricLabel"), .text(label, language: "zh")) }
        if let concept { add(subject, FigureTerms.vg("metric"), .iri(concept)) }
    }

    private mutating func addObservation(
        _ r: ObservationRecord, dataSet: Term, doc: Term, docID: String, profile: DocumentProfile
    ) {
        let key =
            "\(docID)|\(r.start ?? r.line)|\(r.end ?? 0)|\(r.value)|\(r.year ?? 0)|\(r.metric)"
        let obs = FigureTerms.vgi("obs-" + FigureHashing.shortHash(key))
        add(obs, FigureTerms.type, FigureTerms.observation)
        add(obs, FigureTerms.dataSet, dataSet)
        metric(r.metric, concept: r.concept, on: obs)
        add(obs, FigureTerms.obsValue, FigureTerms.decimal(r.value))
        unit(r.unit, on: obs)
        if let year = r.year { add(obs, FigureTerms.refPeriod, FigureTerms.year(year)) }
        if let scope = r.scope {
            let o = Self.organisation(scope)
            add(o, FigureTerms.label, .text(scope, language: "zh"))
            add(obs, FigureTerms.vg("scope"), o)
            if scope == profile.defaultScope || scope == profile.region {
                add(
                    obs, FigureTerms.vg("regionWide"),
                    .literal(Literal("true", datatype: Vocab.xsd.boolean)))
            }
        }
        if let region = profile.region { add(obs, FigureTerms.vg("region"), .string(region)) }
        if let e = evidence(
            docID: docID, doc: doc, line: r.line, start: r.start, end: r.end, quote: r.evidence)
        {
            add(obs, FigureTerms.wasDerivedFrom, e)
        }
    }

    private mutating func addTarget(
        _ r: TargetRecord, doc: Term, docID: String, profile: DocumentProfile
    ) {
        var task: Term?
        if let number = r.taskNo, let list = r.list {
            let slug = Self.listSlug(list)
            let listTerm = FigureTerms.vgi("list-\(docID)-\(slug)")
            add(listTerm, FigureTerms.type, FigureTerms.vg("TaskList"))
            add(listTerm, FigureTerms.label, .text(list, language: "zh"))
            add(listTerm, FigureTerms.isPartOf, doc)
            let t = FigureTerms.vgi("task-\(docID)-\(slug)-\(number)")
            task = t
            add(t, FigureTerms.type, FigureTerms.vg("PolicyTask"))
            add(t, FigureTerms.type, FigureTerms.subdivision)
            add(t, FigureTerms.type, FigureTerms.plan)
            add(t, FigureTerms.isPartOf, listTerm)
            add(t, FigureTerms.vg("taskNumber"), .integer(number))
            if let text = r.taskText { add(t, FigureTerms.vg("text"), .text(text, language: "zh")) }
            if !r.responsible.isEmpty {
                // The units in the list's own order (RDF keeps no order among the edges below).
                add(
                    t, FigureTerms.vg("responsibleOrder"),
                    .text(r.responsible.joined(separator: "、"), language: "zh"))
            }
            for name in r.responsible {
                let o = Self.governmentBody(name)
                add(o, FigureTerms.type, FigureTerms.vg(Self.unitClass(name)))
                add(o, FigureTerms.label, .text(name, language: "zh"))
                add(t, FigureTerms.vg("responsibleUnit"), o)
            }
            for name in r.lead { add(t, FigureTerms.vg("leadUnit"), Self.governmentBody(name)) }
        }
        guard let value = r.value else {
            if let task,
                let e = evidence(
                    docID: docID, doc: doc, line: r.line, start: r.start, end: r.end,
                    quote: r.evidence)
            {
                add(task, FigureTerms.wasDerivedFrom, e)
            }
            return
        }
        let key =
            "\(docID)|\(r.start ?? r.line)|\(r.end ?? 0)|\(value)|\(r.taskNo ?? 0)|\(r.list ?? "")"
        let target = FigureTerms.vgi("target-" + FigureHashing.shortHash(key))
        add(target, FigureTerms.type, FigureTerms.vg("Target"))
        if let task {
            add(target, FigureTerms.vg("task"), task)
        } else {
            add(target, FigureTerms.isPartOf, doc)
        }
        metric(r.metric, concept: r.concept, on: target)
        let comparator =
            Comparator(reportString: r.comparator ?? "=", approximate: r.approximate ?? false)
            ?? .equal
        add(target, FigureTerms.vg("comparator"), FigureTerms.vgi("cmp-" + comparator.slug))
        add(target, FigureTerms.vg("targetValue"), FigureTerms.decimal(value))
        if let max = r.valueMax {
            add(target, FigureTerms.vg("targetValueMax"), FigureTerms.decimal(max))
        }
        unit(r.unit, on: target)
        if let deadline = r.deadline {
            add(target, FigureTerms.vg("deadline"), FigureTerms.year(deadline))
        }
        if let region = r.scope ?? profile.region {
            add(target, FigureTerms.vg("region"), .string(region))
        }
        if let e = evidence(
            docID: docID, doc: doc, line: r.line, start: r.start, end: r.end, quote: r.evidence)
        {
            add(target, FigureTerms.wasDerivedFrom, e)
            if let task { add(task, FigureTerms.wasDerivedFrom, e) }
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
        let targets = g.match(predicate: FigureTerms.type, object: FigureTerms.vg("Target")).map(
            \.subject)
        // Observations by (metric concept, region), so each target meets only its candidates.
        var candidates: [[Term]: [(observation: Term, year: Int)]] = [:]
        for obs in g.match(predicate: FigureTerms.type, object: FigureTerms.observation).map(
            \.subject)
        {
            guard let concept = objects(obs, FigureTerms.vg("metric")).first,
                let region = objects(obs, FigureTerms.vg("region")).first,
                let year = yearOf(objects(obs, FigureTerms.refPeriod).first)
            else { continue }
            candidates[[concept, region], default: []].append((obs, year))
        }
        for target in targets {
            guard let concept = objects(target, FigureTerms.vg("metric")).first,
                let region = objects(target, FigureTerms.vg("region")).first
            else { continue }
            let task = objects(target, FigureTerms.vg("task")).first
            let list = task.flatMap { objects($0, FigureTerms.isPartOf).first }
            let policy =
                list.flatMap { objects($0, FigureTerms.isPartOf).first }
                ?? objects(target, FigureTerms.isPartOf).first
            let policyYear = policy.flatMap { yearOf(objects($0, FigureTerms.date).first) } ?? 0
            for (obs, year) in candidates[[concept, region]] ?? [] where year >= policyYear {
                let key = "\(target)|\(obs)"
                let c = FigureTerms.vgi("comparison-" + FigureHashing.shortHash(key))
                add(c, FigureTerms.type, FigureTerms.vg("Comparison"))
                add(c, FigureTerms.vg("target"), target)
                add(c, FigureTerms.vg("observation"), obs)
            }
        }
        flush()
    }
}
