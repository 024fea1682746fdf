/// Recognises the figures and targets of one document: table cells, prose measurements, task-list
/// rows and quantified goals.
///
/// Reports give observations (every table cell, and prose figures that do not restate a table cell);
/// policies give targets (every task-list row and every quantified goal of the body).
public struct FigureRecognizer: Sendable {
    public var mapper: MetricMapper

    public init(mapper: MetricMapper = MetricMapper()) { self.mapper = mapper }

    /// An extraction report with only `observations` and `targets` filled.
    public func report(for document: Document) -> ExtractionReport {
        var report = ExtractionReport(document: document.name)
        let profile = DocumentProfile(document)
        let tables = TableReader().tables(in: document)
        report.observations = observations(in: document, profile: profile, tables: tables)
        report.targets = targets(in: document, profile: profile, tables: tables)
        return report
    }

    /// The observations of `document`.
    public func observations(
        in document: Document, profile: DocumentProfile, tables: [DataTable]
    ) -> [ObservationRecord] {
        var out = TableFigureRecognizer(profile: profile).observations(in: document, tables: tables)
        if profile.kind == .report {
            // Every number of every table, change columns included, so that prose restating them is dropped.
            var tableValues = Set<Double>()
            for table in tables {
                for row in table.rows {
                    for cell in row.cells {
                        if let v = TableCellValue(parsing: cell.text) { tableValues.insert(v.value) }
                    }
                }
            }
            let skipped = TableReader().tableLines(in: document)
            var seen = Set<String>()
            for record in ProseFigureRecognizer(profile: profile).observations(
                in: document, skippedLines: skipped)
            {
                guard !tableValues.contains(record.value) else { continue }
                let key = "\(record.value)|\(record.unit ?? "")|\(record.metric)"
                guard seen.insert(key).inserted else { continue }
                out.append(record)
            }
        }
        out.sort { ($0.line, $0.start ?? 0) < ($1.line, $1.start ?? 0) }
        return out.map { record in
            var r = record
            r.concept = mapper.concept(for: r.metric)?.iri
            return r
        }
    }

    /// The targets of `document` (none for reports).
    public func targets(
        in document: Document, profile: DocumentProfile, tables: [DataTable]
    ) -> [TargetRecord] {
        guard profile.kind == .policy else { return [] }
        let lists = TaskListRecognizer(profile: profile)
        var out = lists.targets(in: document, tables: tables)
        let skipped = TableReader().tableLines(in: document)
        out += GoalRecognizer(profile: profile).goals(in: document, skippedLines: skipped)
        out.sort { ($0.line, $0.start ?? 0) < ($1.line, $1.start ?? 0) }
        return out.map { record in
            var r = record
            if let metric = r.metric, r.value != nil { r.concept = mapper.concept(for: metric)?.iri }
            return r
        }
    }
}
