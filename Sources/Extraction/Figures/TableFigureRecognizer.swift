/// Turns every year cell of every data table into an observation.
///
/// Three table shapes are read:
/// - **one column per year** (`指标 单位 2024 2025 较上年增加`): one observation per row and year column;
///   a row with an empty metric cell (`		学时	565633	531988`) continues the metric above;
/// - **one row per year** (`年度 生均校园用地面积 (m ²) …` then `2024 年	35.68 …`): one observation per
///   row and metric column, units from the brackets of the header or from a 单位 column;
/// - **one row per school** (`中职学校名称 试点专业数 …`): the school is the scope, the year the report's.
/// Change columns (增减情况, 较上年增加), serial and rank columns and task lists are skipped.
public struct TableFigureRecognizer: Sendable {
    public var profile: DocumentProfile

    public init(profile: DocumentProfile) { self.profile = profile }

    /// The observations of every table in `tables`.
    public func observations(in document: Document, tables: [DataTable]) -> [ObservationRecord] {
        tables.flatMap { observations(in: document, table: $0) }
    }

    /// Whether `table` is a numbered task list (序号 + 内容) rather than a data table.
    public static func isTaskList(_ table: DataTable) -> Bool {
        let names = table.columnNames
        guard names.contains(where: { $0.contains("序号") }) else { return false }
        let hasContent = names.contains {
            $0.contains("内容") || $0.contains("任务") || $0.contains("措施")
        }
        let hasYears = names.contains { TableHeader.year($0) != nil }
        return hasContent && !hasYears
    }

    /// Whether `table` has no header: its first row already holds a number that is not a year
    /// (a contents page such as `(一) 编制目的	12`, or the tail of a table cut by a page).
    public static func isContents(_ table: DataTable) -> Bool {
        table.header.cells.contains { cell in
            TableCellValue(parsing: cell.text) != nil && TableHeader.year(cell.text) == nil
        }
    }

    /// The observations of one table.
    public func observations(in document: Document, table: DataTable) -> [ObservationRecord] {
        if Self.isTaskList(table) || Self.isContents(table) { return [] }
        // A plan's indicator table: its base year is read by `IndicatorTableRecognizer`, its
        // later years are targets.
        if IndicatorTableRecognizer(profile: profile).columns(of: table) != nil { return [] }
        let names = table.columnNames
        if names.contains(where: { TableHeader.year($0) != nil }) {
            return yearColumns(document, table)
        }
        if let yearColumn = names.prefix(2).firstIndex(where: TableHeader.isYearColumn) {
            return yearRows(document, table, yearColumn: yearColumn)
        }
        return entityRows(document, table)
    }

    private func record(
        _ d: Document, row: TableRow, cell: TableCell, metric: String, value: TableCellValue,
        unit: String?, year: Int?, scope: String?
    ) -> ObservationRecord {
        let start = row.start
        let end = cell.end
        return ObservationRecord(
            metric: metric, value: value.value, unit: value.unit ?? unit, year: year, scope: scope,
            line: d.line(at: cell.start), evidence: d.slice(start, end), start: start, end: end)
    }

    // 指标	单位	2024 年	2025 年	较上年增加
    private func yearColumns(_ d: Document, _ table: DataTable) -> [ObservationRecord] {
        let names = table.columnNames
        let years = names.map(TableHeader.year)
        // A ranking (`2022-2023 学年 | 2023-2024 学年` over `排名 | 学校名称`): ranks of schools.
        if let first = table.rows.first,
            years.indices.contains(where: {
                years[$0] != nil && TableHeader.isSkippedColumn(first[text: $0])
            })
        {
            return rankings(d, table)
        }
        let unitColumn = names.firstIndex(where: TableHeader.isUnitColumn)
        let metricColumn =
            names.firstIndex(where: TableHeader.isMetricColumn)
            ?? names.indices.first {
                years[$0] == nil && !TableHeader.isSkippedColumn(names[$0]) && $0 != unitColumn
            }
            ?? 0
        var out: [ObservationRecord] = []
        var previousMetric: (metric: String, unit: String?)?
        for row in table.rows {
            var (metric, headerUnit) = TableHeader.metricAndUnit(row[text: metricColumn])
            var unit =
                unitColumn.map { row[text: $0] }.flatMap { $0.isEmpty || $0 == "—" ? nil : $0 }
                ?? headerUnit
            if metric.isEmpty {
                guard let previous = previousMetric else { continue }
                metric = previous.metric + (unit.map { "（\($0)）" } ?? "")
                headerUnit = previous.unit
            } else {
                previousMetric = (metric, unit)
            }
            if unit == nil { unit = headerUnit }
            for (index, year) in years.enumerated() {
                guard let year, index < row.cells.count else { continue }
                let cell = row.cells[index]
                guard let value = TableCellValue(parsing: cell.text) else { continue }
                out.append(
                    record(
                        d, row: row, cell: cell, metric: metric, value: value,
                        unit: unit.map(UnitLexicon.canonical), year: year,
                        scope: profile.defaultScope))
            }
        }
        return out
    }

    // 年度	生均校园用地面积 (m ²)	…  /  2024 年	35.68	…
    private func yearRows(_ d: Document, _ table: DataTable, yearColumn: Int) -> [ObservationRecord]
    {
        let names = table.header.cells.map(\.text)
        let unitColumn = table.columnNames.firstIndex(where: TableHeader.isUnitColumn)
        var out: [ObservationRecord] = []
        var year: Int?
        for row in table.rows {
            let yearText = row[text: yearColumn]
            if let y = TableHeader.year(yearText) {
                year = y
            } else if !yearText.isEmpty {
                continue  // 增减情况, 合计: not a year of its own
            }
            guard let year else { continue }
            // A text cell other than the year is a row label (奖牌数, 占全省比例).
            let label = row.cells.enumerated().first { index, cell in
                index != yearColumn && index != unitColumn && !cell.isEmpty
                    && TableCellValue(parsing: cell.text) == nil
            }
            let rowUnit = unitColumn.map { row[text: $0] }.flatMap { $0.isEmpty ? nil : $0 }
            for (index, cell) in row.cells.enumerated() {
                guard index != yearColumn, index != unitColumn, index < names.count,
                    index != label?.offset,
                    !TableHeader.isSkippedColumn(names[index]),
                    let value = TableCellValue(parsing: cell.text)
                else { continue }
                var (metric, unit) = TableHeader.metricAndUnit(names[index])
                if let label {
                    metric = TableHeader.cleanMetric(label.element.text) + "（\(metric)）"
                }
                unit = unit ?? rowUnit
                out.append(
                    record(
                        d, row: row, cell: cell, metric: metric, value: value, unit: unit,
                        year: year,
                        scope: profile.defaultScope))
            }
        }
        return out
    }

    // 中职学校名称	试点专业数	对口高校数	试点招生计划总数
    private func entityRows(_ d: Document, _ table: DataTable) -> [ObservationRecord] {
        let names = table.header.cells.map(\.text)
        let nameColumn = table.columnNames.firstIndex {
            $0.contains("名称") || $0.contains("学校") || $0 == "单位"
        }
        let labelColumn = table.columnNames.firstIndex {
            !TableHeader.isSkippedColumn($0) && !$0.isEmpty
        }
        var out: [ObservationRecord] = []
        for row in table.rows {
            let scopeText = nameColumn.map { row[text: $0] } ?? ""
            let scope = scopeText.isEmpty ? profile.defaultScope : scopeText
            for (index, cell) in row.cells.enumerated() {
                guard index < names.count, index != nameColumn, index != labelColumn,
                    !TableHeader.isSkippedColumn(names[index]),
                    let value = TableCellValue(parsing: cell.text)
                else { continue }
                var (metric, unit) = TableHeader.metricAndUnit(names[index])
                guard !metric.isEmpty else { continue }
                if unit == nil { unit = value.unit }
                if nameColumn == nil, let labelColumn {
                    // The row's label, or its first text cell (合计 in the serial column).
                    var label = row[text: labelColumn]
                    if label.isEmpty {
                        label =
                            row.cells.first {
                                !$0.isEmpty && TableCellValue(parsing: $0.text) == nil
                            }?.text ?? ""
                    }
                    metric = TableHeader.cleanMetric(label) + "（\(metric)）"
                }
                out.append(
                    record(
                        d, row: row, cell: cell, metric: metric, value: value, unit: unit,
                        year: profile.year, scope: scope))
            }
        }
        return out
    }
}
