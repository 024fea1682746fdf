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
        let (tables, tableLines) = TableReader().scan(document)
        report.observations = observations(
            in: document, profile: profile, tables: tables, tableLines: tableLines)
        report.targets = targets(
            in: document, profile: profile, tables: tables, tableLines: tableLines)
        return report
    }

    /// The observations of `document`.
    /// - Parameter tableLines: the lines of every table (`TableReader.scan`), if already known.
    public func observations(
        in document: Document, profile: DocumentProfile, tables: [DataTable],
        tableLines: Set<Int>? = nil
    ) -> [ObservationRecord] {
        var out = TableFigureRecognizer(profile: profile).observations(in: document, tables: tables)
        out += IndicatorTableRecognizer(profile: profile).observations(in: document, tables: tables)
        if profile.kind == .report {
            // Prose that restates a table cell (same value and unit, a metric sharing a word) is dropped.
            // A rank (`1	广州市…学校` of a ranking table) is no figure that prose restates: its long
            // caption metric shares a word with most sentences of the report.
            let tableFigures = RestatementIndex(out.filter { !TableFigureRecognizer.isRank($0) })
            let skipped = tableLines ?? TableReader().tableLines(in: document)
            // Every number of every data table, change columns included: prose that states a change
            // (较上年增长 1544 人, 由上年的 13487 人) equal to one restates the table.
            var tableValues = Set<Double>()
            for table in tables where !TableFigureRecognizer.isTaskList(table) {
                for row in table.rows {
                    for cell in row.cells {
                        if let v = TableCellValue(parsing: cell.text) {
                            tableValues.insert(v.value)
                        }
                    }
                }
            }
            let changeWords = ["较", "增", "降", "上年", "去年", "同比"]
            var prose: [ObservationRecord] = []
            var proseIndex = RestatementIndex()
            for record in ProseFigureRecognizer(profile: profile).observations(
                in: document, skippedLines: skipped)
            {
                if tableFigures.restated(record, overlap: 2) { continue }
                if tableValues.contains(record.value),
                    changeWords.contains(where: record.metric.contains)
                {
                    continue
                }
                // A prose figure is recorded once, at its first line.
                if proseIndex.restated(record, overlap: 3) { continue }
                prose.append(record)
                proseIndex.insert(record)
            }
            out += prose
        }
        out.sort { ($0.line, $0.start ?? 0) < ($1.line, $1.start ?? 0) }
        return out.map { record in
            var r = record
            r.concept = mapper.concept(for: r.metric)?.iri
            return r
        }
    }

    /// Whether prose figure `a` restates figure `b`: equal value, and metrics that share a word of
    /// `overlap` characters (two when the units agree, three when a count is written in another
    /// measure word, as 559家 for a cell in 个); a percentage never restates a count.
    static func restates(_ a: ObservationRecord, _ b: ObservationRecord, overlap: Int = 2) -> Bool {
        guard abs(a.value - b.value) < 1e-9 else { return false }
        let sameUnit = (a.unit ?? "") == (b.unit ?? "")
        guard sameUnit || (a.unit != "%" && b.unit != "%") else { return false }
        let width = sameUnit ? overlap : max(overlap, 3)
        if a.metric.count >= 2, b.metric.count >= 2,
            a.metric.contains(b.metric) || b.metric.contains(a.metric)
        {
            return true
        }
        let x = Array(a.metric)
        guard x.count >= width else { return false }
        for i in 0...(x.count - width) where b.metric.contains(String(x[i..<(i + width)])) {
            return true
        }
        return false
    }

    /// The targets of `document` (none for reports).
    public func targets(
        in document: Document, profile: DocumentProfile, tables: [DataTable],
        tableLines: Set<Int>? = nil
    ) -> [TargetRecord] {
        let skipped = tableLines ?? TableReader().tableLines(in: document)
        guard profile.kind == .policy else {
            // A report's own goals (到 2025 年底…达标率应不低于 90%): a deadline after the year reported.
            guard let year = profile.year else { return [] }
            return GoalRecognizer(profile: profile).goals(in: document, skippedLines: skipped)
                .filter { ($0.deadline ?? 0) > year && $0.comparator != Comparator.equal.rawValue }
                .map { record in
                    var r = record
                    if let metric = r.metric { r.concept = mapper.concept(for: metric)?.iri }
                    return r
                }
        }
        let lists = TaskListRecognizer(profile: profile)
        var out = lists.targets(in: document, tables: tables)
        out += IndicatorTableRecognizer(profile: profile).targets(in: document, tables: tables)
        out += GoalRecognizer(profile: profile).goals(in: document, skippedLines: skipped)
        out.sort { ($0.line, $0.start ?? 0) < ($1.line, $1.start ?? 0) }
        return out.map { record in
            var r = record
            if let metric = r.metric, r.value != nil || r.relative != nil {
                r.concept = mapper.concept(for: metric)?.iri
            }
            return r
        }
    }
}
