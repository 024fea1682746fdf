/// Reads the indicator table of a plan (规划, 方案): `序号 | 指标 | 单位 | 2023年（基期）| 2025年 |
/// 2027年 | 属性`.
///
/// Each row is one indicator: its base-year cell is an observation (what the region stood at), and
/// every later year's cell a target with that year as deadline, `>=` unless the indicator's name
/// says smaller is better (`…下降`, `…控制在`) or its concept does (生师比) or the cell writes its own comparator (`≤15`),
/// and the row's 属性 (`预期性`, `约束性`) kept. A table is a plan's indicator table when it sits in a
/// policy and has a base-year column, a 属性 column, or a year column after the policy's own year.
public struct IndicatorTableRecognizer: Sendable {
    public var profile: DocumentProfile
    /// Maps indicator names to concepts, whose `largerIsBetter` sets the default comparator.
    public var mapper: MetricMapper

    public init(profile: DocumentProfile, mapper: MetricMapper = MetricMapper()) {
        self.profile = profile
        self.mapper = mapper
    }

    /// The column roles of an indicator table, or nil when `table` is not one.
    struct Columns {
        var metric: Int
        var unit: Int?
        var attribute: Int?
        /// Year columns: index, year, and whether it is the base year.
        var years: [(index: Int, year: Int, isBase: Bool)]
    }

    /// The columns of `table` when it is a plan's indicator table.
    func columns(of table: DataTable) -> Columns? {
        guard profile.kind == .policy, !TableFigureRecognizer.isTaskList(table) else { return nil }
        let names = table.columnNames
        let years = names.map(TableHeader.year)
        guard years.contains(where: { $0 != nil }) else { return nil }
        let attribute = names.firstIndex(where: TableHeader.isAttributeColumn)
        let explicitBase = names.indices.filter {
            years[$0] != nil && TableHeader.isBaseYear(names[$0])
        }
        let own = profile.year ?? Int.max
        let later = years.contains { ($0 ?? 0) > own }
        guard !explicitBase.isEmpty || attribute != nil || later else { return nil }
        let unit = names.firstIndex(where: TableHeader.isUnitColumn)
        let metric =
            names.firstIndex(where: TableHeader.isMetricColumn)
            ?? names.indices.first {
                years[$0] == nil && !TableHeader.isSkippedColumn(names[$0]) && $0 != unit
                    && $0 != attribute
            } ?? 0
        let firstYear = years.compactMap { $0 }.min() ?? own
        var out: [(Int, Int, Bool)] = []
        for (index, year) in years.enumerated() {
            guard let year else { continue }
            // Without a marked base column, the earliest year not after the policy's is the base.
            let isBase =
                explicitBase.isEmpty
                ? (year == firstYear && year <= own) : explicitBase.contains(index)
            out.append((index, year, isBase))
        }
        return Columns(metric: metric, unit: unit, attribute: attribute, years: out)
    }

    /// The base-year observations of every indicator table in `tables`.
    public func observations(in document: Document, tables: [DataTable]) -> [ObservationRecord] {
        var out: [ObservationRecord] = []
        for table in tables {
            guard let columns = columns(of: table) else { continue }
            for row in table.rows {
                guard let (metric, unit) = indicator(row, columns) else { continue }
                for column in columns.years where column.isBase && column.index < row.cells.count {
                    let cell = row.cells[column.index]
                    guard let value = TableCellValue(parsing: cell.text) else { continue }
                    out.append(
                        ObservationRecord(
                            metric: metric, value: value.value, unit: value.unit ?? unit,
                            year: column.year, scope: profile.defaultScope,
                            line: document.line(at: cell.start),
                            evidence: document.slice(row.start, cell.end), start: row.start,
                            end: cell.end))
                }
            }
        }
        return out
    }

    /// The targets of every indicator table in `tables`: one per indicator and target year.
    public func targets(in document: Document, tables: [DataTable]) -> [TargetRecord] {
        var out: [TargetRecord] = []
        for table in tables {
            guard let columns = columns(of: table) else { continue }
            for row in table.rows {
                guard let (metric, unit) = indicator(row, columns) else { continue }
                let attribute = columns.attribute.map { row[text: $0] }.flatMap {
                    $0.isEmpty ? nil : $0.filter { !$0.isWhitespace }
                }
                let smaller =
                    FigureWords.smallerIsBetter.contains(where: metric.contains)
                    || mapper.concept(for: metric)?.largerIsBetter == false
                for column in columns.years where !column.isBase && column.index < row.cells.count {
                    let cell = row.cells[column.index]
                    guard let goal = IndicatorCell(parsing: cell.text) else { continue }
                    let comparator =
                        goal.comparator
                        ?? (goal.valueMax != nil ? .range : smaller ? .atMost : .atLeast)
                    var record = TargetRecord(
                        metric: metric, comparator: comparator.reportString, value: goal.value,
                        valueMax: goal.valueMax, unit: goal.unit ?? unit, deadline: column.year,
                        line: document.line(at: cell.start),
                        evidence: document.slice(row.start, cell.end), start: row.start,
                        end: cell.end, scope: profile.region)
                    record.attribute = attribute
                    out.append(record)
                }
            }
        }
        return out
    }

    /// The metric and unit of a row (`生均教学仪器设备值 | 万元/生`), nil for a row without a name.
    private func indicator(_ row: TableRow, _ columns: Columns) -> (String, String?)? {
        let (metric, headerUnit) = TableHeader.metricAndUnit(row[text: columns.metric])
        guard !metric.isEmpty, TableCellValue(parsing: metric) == nil else { return nil }
        let written = columns.unit.map { row[text: $0].filter { !$0.isWhitespace } } ?? ""
        let unit = ["", "—", "-", "/", "无"].contains(written) ? headerUnit : written
        return (metric, unit.map(UnitLexicon.canonical))
    }
}

/// A target cell of an indicator table: `95`, `≥95`, `≤15`, `90%`, `6—8`.
struct IndicatorCell {
    var value: Double
    var valueMax: Double?
    var unit: String?
    var comparator: Comparator?

    init?(parsing text: String) {
        var t = text.filter { !$0.isWhitespace }
        var comparator: Comparator?
        for (sign, c) in [
            ("≥", Comparator.atLeast), (">=", .atLeast), ("≤", .atMost), ("<=", .atMost),
        ]
        where t.hasPrefix(sign) {
            t.removeFirst(sign.count)
            comparator = c
        }
        for (word, c) in Comparator.after where t.hasSuffix(word) {
            t.removeLast(word.count)
            comparator = c
            break
        }
        if let plain = TableCellValue(parsing: t) {
            self.value = plain.value
            self.unit = plain.unit
            self.comparator = comparator
            return
        }
        // 6—8, 6-8, 6～8: a range.
        let parts = t.split(whereSeparator: { "—–-~～".contains($0) }).map(String.init)
        guard parts.count == 2, let low = TableCellValue(parsing: parts[0]),
            let high = TableCellValue(parsing: parts[1]), high.value > low.value
        else { return nil }
        self.value = low.value
        self.valueMax = high.value
        self.unit = high.unit ?? low.unit
        self.comparator = .range
    }
}
