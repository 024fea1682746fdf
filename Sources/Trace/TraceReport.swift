import RDF

/// Per task of the policies in a graph: responsible units, linked observations and a status.
///
/// Reads what `FigureGraph` writes: `vg:PolicyTask`s, their `vg:Target`s and the `vg:Comparison`s
/// that link a target to observations of the same metric and region. The status follows the rules of
/// `Examples/trace/status.dl`:
/// - **no-data**: the task has no figure, or no observation is linked to its target;
/// - **not-comparable**: observations are linked, but none is region-wide (`vg:regionWide`) in the
///   target's unit;
/// - **met** / **not-met**: among comparable observations of the latest year, one reaches the target
///   (`>=`, `=`, `~` and `range` are reached at the (lower) value, `<=` at or below it).
public struct TraceReport: Sendable {
    public var rows: [TraceRow]

    public init(rows: [TraceRow]) { self.rows = rows }

    static let type = Term.iri(Vocab.rdf.type)
    static let label = Term.iri(Vocab.rdfs.label)

    /// Builds the trace of `graph`, keeping the policies whose label or IRI contains `policy`.
    public init(graph: Graph, policy filter: String? = nil) {
        let reader = GraphReader(graph: graph)
        var rows: [TraceRow] = []
        let isPartOf = Term.iri(Vocab.eli.is_part_of)
        func keep(_ policy: Term, _ label: String) -> Bool {
            guard let filter, !filter.isEmpty else { return true }
            return label.contains(filter) || reader.iriString(policy).contains(filter)
        }
        // Every row of every task list.
        for task in reader.subjects(Self.type, Term.iri(Vocab.vg.PolicyTask)) {
            guard let list = reader.object(task, isPartOf),
                let policy = reader.object(list, isPartOf)
            else { continue }
            let policyLabel = reader.string(policy, Self.label) ?? reader.iriString(policy)
            guard keep(policy, policyLabel) else { continue }
            let listLabel = reader.string(list, Self.label) ?? ""
            let number = reader.int(task, Term.iri(Vocab.vg.taskNumber))
            // The units in the list's own order; each node is named by the label the list
            // gives it (a node merged across documents has several).
            let order = (reader.string(task, Term.iri(Vocab.vg.responsibleOrder)) ?? "")
                .split(separator: "、").map(String.init)
            let rank = { (name: String) in order.firstIndex(of: name) ?? order.count }
            let name = { (unit: Term) in Self.unitName(reader, unit, order: order) }
            let leads = reader.objects(task, Term.iri(Vocab.vg.leadUnit)).compactMap(name)
            var others: [String] = []
            for unit in reader.objects(task, Term.iri(Vocab.vg.responsibleUnit)) {
                if let name = name(unit), !leads.contains(name), !others.contains(name) {
                    others.append(name)
                }
            }
            // Lead units first, then the others in the order the list gives them.
            let responsible =
                leads.sorted { (rank($0), $0) < (rank($1), $1) }
                + others.sorted { (rank($0), $0) < (rank($1), $1) }
            let targets = reader.subjects(Term.iri(Vocab.vg.task), task)
            let text = reader.string(task, Term.iri(Vocab.vg.text)) ?? ""
            let policyIRI = reader.iriString(policy)
            if targets.isEmpty {
                rows.append(
                    TraceRow(
                        policy: policyLabel, list: listLabel, taskNo: number,
                        metric: Self.firstClause(text),
                        comparator: "", target: "", unit: "", deadline: nil,
                        responsible: responsible,
                        observed: nil, observedYear: nil, observedSource: nil, status: .noData,
                        taskText: text, policyIRI: policyIRI))
                continue
            }
            for target in targets {
                var row = Self.row(
                    reader, target: target, policy: policyLabel, list: listLabel,
                    number: number,
                    responsible: responsible)
                row.taskText = text
                row.policyIRI = policyIRI
                rows.append(row)
            }
        }
        // Quantified goals of the body text (no list, no responsible unit).
        for target in reader.subjects(Self.type, Term.iri(Vocab.vg.Target))
        where reader.object(target, Term.iri(Vocab.vg.task)) == nil {
            guard let policy = reader.object(target, isPartOf) else { continue }
            let policyLabel = reader.string(policy, Self.label) ?? reader.iriString(policy)
            guard keep(policy, policyLabel) else { continue }
            var row = Self.row(
                reader, target: target, policy: policyLabel, list: "", number: nil,
                responsible: [])
            row.policyIRI = reader.iriString(policy)
            rows.append(row)
        }
        rows.sort {
            ($0.policy, $0.list, $0.taskNo ?? 0, $0.metric, $0.target) < (
                $1.policy, $1.list, $1.taskNo ?? 0, $1.metric, $1.target
            )
        }
        self.rows = rows
    }

    /// The name of a responsible unit: the label of the node the task's list uses
    /// (`vg:responsibleOrder`), else its preferred label, else its smallest `rdfs:label`.
    static func unitName(_ reader: GraphReader, _ unit: Term, order: [String]) -> String? {
        let labels = [Vocab.rdfs.label, Vocab.skos.prefLabel, Vocab.skos.altLabel].flatMap {
            reader.objects(unit, .iri($0)).compactMap { $0.literal?.lexical }
        }
        if let listed = order.first(where: labels.contains) { return listed }
        return reader.string(unit, .iri(Vocab.skos.prefLabel)) ?? reader.string(unit, label)
    }

    static func firstClause(_ text: String) -> String {
        String(text.prefix { $0 != "。" && $0 != "；" })
    }

    private static func row(
        _ reader: GraphReader, target: Term, policy: String, list: String, number: Int?,
        responsible: [String]
    ) -> TraceRow {
        let metric = reader.string(target, Term.iri(Vocab.vg.metricLabel)) ?? ""
        let comparatorIRI =
            reader.object(target, Term.iri(Vocab.vg.comparator)).map(reader.iriString) ?? ""
        let comparator = comparatorSymbol(comparatorIRI)
        let value = reader.double(target, Term.iri(Vocab.vg.targetValue))
        let valueMax = reader.double(target, Term.iri(Vocab.vg.targetValueMax))
        let unit = reader.string(target, Term.iri(Vocab.vg.unit)) ?? ""
        var targetText = value.map(format) ?? ""
        if let valueMax { targetText += "–" + format(valueMax) }
        let deadline = reader.int(target, Term.iri(Vocab.vg.deadline))
        // Linked observations.
        var candidates: [Observed] = []
        for comparison in reader.subjects(Term.iri(Vocab.vg.target), target) {
            guard let obs = reader.object(comparison, Term.iri(Vocab.vg.observation)),
                let v = reader.double(obs, .iri(Vocab.sdmxMeasure.obsValue))
            else { continue }
            let year = reader.int(obs, .iri(Vocab.sdmxDimension.refPeriod))
            let obsUnit = reader.string(obs, Term.iri(Vocab.vg.unit)) ?? ""
            let regionWide = reader.string(obs, Term.iri(Vocab.vg.regionWide)) == "true"
            let source = reader.object(obs, .iri(Vocab.qb.dataSet))
                .flatMap { reader.object($0, .iri(Vocab.prov.wasDerivedFrom)) }
                .flatMap { reader.string($0, label) }
            candidates.append(
                Observed(
                    value: v, year: year, source: source, comparable: regionWide && obsUnit == unit,
                    unit: obsUnit, regionWide: regionWide)
            )
        }
        if let goal = RelativeGoal(reader, target: target) {
            var row = relativeRow(goal, candidates: candidates, comparator: comparator)
            row.policy = policy
            row.list = list
            row.taskNo = number
            row.metric = metric
            row.deadline = deadline
            row.responsible = responsible
            return row
        }
        var status = TraceStatus.noData
        var shown: Observed?
        if !candidates.isEmpty {
            let comparable = candidates.filter(\.comparable)
            if comparable.isEmpty {
                status = .notComparable
                shown = candidates.max { ($0.year ?? 0, $0.value) < ($1.year ?? 0, $1.value) }
            } else {
                let latest = comparable.map { $0.year ?? 0 }.max() ?? 0
                let current = comparable.filter { ($0.year ?? 0) == latest }.sorted {
                    $0.value > $1.value
                }
                let reaching = current.first {
                    reaches($0.value, comparator: comparator, value: value ?? 0)
                }
                status = reaching == nil ? .notMet : .met
                shown = reaching ?? current.first
            }
        }
        return TraceRow(
            policy: policy, list: list, taskNo: number, metric: metric, comparator: comparator,
            target: targetText, unit: unit, deadline: deadline, responsible: responsible,
            observed: shown?.value, observedYear: shown?.year, observedSource: shown?.source,
            status: status)
    }

    struct Observed {
        var value: Double
        var year: Int?
        var source: String?
        var comparable: Bool
        var unit: String = ""
        var regionWide: Bool = false
    }

    /// The trace of a relative target (``RelativeGoal``): its value computed from the region-wide
    /// observation of the base year, then compared with the latest later observation in the base's
    /// unit. Without a base figure the status is no-data and `reason` says so. A plain figure
    /// (`提高5个百分点`, comparator `=`) is a lower bound, a decrease's an upper bound.
    private static func relativeRow(
        _ goal: RelativeGoal, candidates: [Observed], comparator written: String
    ) -> TraceRow {
        var comparator = written
        if comparator == "=" || comparator == "~" || comparator.isEmpty {
            comparator = goal.isDecrease ? "<=" : ">="
        }
        var row = TraceRow(
            policy: "", list: "", taskNo: nil, metric: "", comparator: comparator, target: "",
            unit: "", deadline: nil, responsible: [], observed: nil, observedYear: nil,
            observedSource: nil, status: .noData)
        let wide = candidates.filter(\.regionWide)
        let bases = wide.filter { $0.year == goal.baseYear && goal.accepts(baseUnit: $0.unit) }
            .sorted { ($0.value, $0.unit) > ($1.value, $1.unit) }
        guard let base = bases.first, let value = goal.absolute(base: base.value, unit: base.unit)
        else {
            row.reason =
                candidates.isEmpty
                ? "no observation of the metric"
                : "no region-wide observation for the base year \(goal.baseYear)"
            return row
        }
        row.target = format(value)
        row.unit = base.unit
        let explanation = goal.explanation(base: base.value, unit: base.unit)
        let later = wide.filter { ($0.year ?? 0) > goal.baseYear && $0.unit == base.unit }
        guard let latest = later.compactMap(\.year).max() else {
            row.reason = explanation + "; no observation after the base year"
            return row
        }
        let current = later.filter { $0.year == latest }.sorted { $0.value > $1.value }
        let reaching = current.first { reaches($0.value, comparator: comparator, value: value) }
        let shown = reaching ?? current[0]
        row.status = reaching == nil ? .notMet : .met
        row.observed = shown.value
        row.observedYear = shown.year
        row.observedSource = shown.source
        row.reason = explanation
        return row
    }

    /// `>=` for `vgi:cmp-ge` and so on.
    static func comparatorSymbol(_ iri: String) -> String {
        switch iri.split(separator: "-").last.map(String.init) ?? "" {
        case "ge": return ">="
        case "le": return "<="
        case "eq": return "="
        case "approx": return "~"
        case "range": return "range"
        default: return ""
        }
    }

    /// Whether an observed value reaches a target (the lower bound for ranges, the value for `=` and `~`).
    static func reaches(_ observed: Double, comparator: String, value: Double) -> Bool {
        comparator == "<=" ? observed <= value : observed >= value
    }

    /// `80`, `12.5`: a number without a trailing `.0`.
    public static func format(_ v: Double) -> String {
        v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : String(v)
    }
}
