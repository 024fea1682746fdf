extension TableFigureRecognizer {
    /// The ranks of a ranking table: a header of years (`2022-2023 学年 | | 2023-2024 学年 |`) over
    /// a second header of `排名 | 学校名称` pairs, then one row per rank.
    ///
    /// Each rank cell is an observation of the school beside it, in the year of its column group:
    /// `1 | 广州市交通运输职业学校` under `2022-2023 学年` is that school's rank 1 of 2023. The metric is
    /// the caption's title (`表 6-3：…评价 A 类前十` → `…评价A类前十排名（2022-2023学年）`).
    func rankings(_ d: Document, _ table: DataTable) -> [ObservationRecord] {
        guard let subHeader = table.rows.first else { return [] }
        let years = table.columnNames.map(TableHeader.year)
        let sub = subHeader.cells.map { $0.text.filter { !$0.isWhitespace } }
        var groups: [(rank: Int, name: Int, label: String, year: Int)] = []
        for (index, year) in years.enumerated() {
            guard let year, index < sub.count,
                sub[index].contains("排名") || sub[index].contains("名次")
            else { continue }
            var name = index + 1
            while name < sub.count, years.indices.contains(name) == false || years[name] == nil,
                !Self.isNameColumn(sub[name])
            {
                name += 1
            }
            guard name < sub.count, Self.isNameColumn(sub[name]) else { continue }
            groups.append((index, name, table.columnNames[index], year))
        }
        let title = Self.captionTitle(table.caption)
        var out: [ObservationRecord] = []
        for row in table.rows.dropFirst() {
            for group in groups where group.rank < row.cells.count {
                let cell = row.cells[group.rank]
                let school = row[text: group.name]
                guard let value = TableCellValue(parsing: cell.text), value.unit == nil,
                    !school.isEmpty, TableCellValue(parsing: school) == nil
                else { continue }
                let nameCell = row.cells[group.name]
                out.append(
                    ObservationRecord(
                        metric: title + "排名（\(group.label)）", value: value.value, unit: "名",
                        year: group.year, scope: school, line: d.line(at: cell.start),
                        evidence: d.slice(cell.start, nameCell.end), start: cell.start,
                        end: nameCell.end))
            }
        }
        return out
    }

    /// Whether `record` is a rank read by `rankings`.
    static func isRank(_ record: ObservationRecord) -> Bool {
        record.unit == "名" && record.metric.contains("排名（")
    }

    static func isNameColumn(_ name: String) -> Bool {
        name.contains("名称") || name.contains("学校") || name.contains("单位")
    }

    /// A caption without its number: `表 6-3：广州市…前十` → `广州市…前十`, blanks removed.
    static func captionTitle(_ caption: String?) -> String {
        guard var t = caption?.filter({ !$0.isWhitespace }) else { return "" }
        if t.hasPrefix("表") {
            t.removeFirst()
            while let c = t.first, c.isNumber || c == "-" || c == "." || c == "—" {
                t.removeFirst()
            }
            while let c = t.first, c == "：" || c == ":" { t.removeFirst() }
        }
        return t
    }
}
