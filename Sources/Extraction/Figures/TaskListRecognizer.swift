import Foundation

/// Reads every numbered row of every task list (序号 / 内容 / 责任单位) of a policy.
///
/// Each row gives one target per quantity in its content (a row with several figures gives several
/// targets with the same number) or, without a quantity, one target with no value whose metric is
/// the row's first clause. Responsible units are split and resolved with ``ResponsibleUnits``.
public struct TaskListRecognizer: Sendable {
    public var profile: DocumentProfile

    public init(profile: DocumentProfile) { self.profile = profile }

    /// The targets of every task list among `tables`.
    public func targets(in document: Document, tables: [DataTable]) -> [TargetRecord] {
        var out: [TargetRecord] = []
        for table in tables where TableFigureRecognizer.isTaskList(table) {
            out += targets(in: document, list: table)
        }
        return out
    }

    /// The name of a task list: its caption, or the nearest line above naming a 清单.
    public func listName(_ document: Document, _ table: DataTable) -> String? {
        if let caption = table.caption, caption.contains("清单") || caption.contains("任务") {
            return Self.cleanName(caption)
        }
        var n = table.header.line - 1
        while n >= 1, table.header.line - n <= 8 {
            let text = document.lineText(n).trimmingBlanks
            if text.contains("清单"), !text.contains("\t"), text.count <= 40 {
                return Self.cleanName(text)
            }
            n -= 1
        }
        return table.caption.map(Self.cleanName)
    }

    static func cleanName(_ text: String) -> String {
        var t = text.trimmingBlanks
        for prefix in ["附：", "附:", "附件："] where t.hasPrefix(prefix) { t.removeFirst(prefix.count) }
        return t.trimmingBlanks
    }

    /// The city and province a list speaks for (深圳市工作任务清单 → 深圳市, 广东省).
    func regions(of list: String?) -> (city: String?, province: String?) {
        var city: String?
        var province: String?
        if let list {
            let chars = Array(list)
            if chars.count > 3, chars[2] == "市" { city = String(chars[0...2]) }
            if chars.count > 3, chars[2] == "省" { province = String(chars[0...2]) }
        }
        if city == nil, province == nil { city = profile.region }
        if province == nil { province = Self.province(of: city) }
        return (city, province)
    }

    /// The province of a city, when the city is one of the corpus province's.
    static func province(of city: String?) -> String? {
        guard let city else { return nil }
        return DocumentProfile.guangdongCities.contains(where: { city.hasPrefix($0) }) ? "广东省" : nil
    }

    /// The targets of one list.
    public func targets(in document: Document, list table: DataTable) -> [TargetRecord] {
        let names = table.columnNames
        let list = listName(document, table)
        let serialColumn = names.firstIndex { $0.contains("序号") } ?? 0
        let contentColumn =
            names.firstIndex { $0.contains("内容") || $0.contains("任务") || $0.contains("措施") }
            ?? serialColumn + 1
        // 责任单位 / 责任部门, or 牵头单位 (lead) with 配合单位 / 参与单位.
        let leadColumns = names.indices.filter { names[$0].contains("牵头") }
        let unitColumns = names.indices.filter { index in
            index != contentColumn && index != serialColumn
                && ["责任", "牵头", "配合", "参与", "部门", "单位"].contains(where: names[index].contains)
        }
        let deadlineColumn = names.firstIndex {
            ["时限", "时间", "期限", "完成年"].contains(where: $0.contains)
        }
        let (city, province) = regions(of: list)
        let goals = GoalRecognizer(profile: profile)
        var out: [TargetRecord] = []
        for row in table.rows {
            guard let number = Self.serial(row[text: serialColumn]), contentColumn < row.cells.count
            else { continue }
            let content = row.cells[contentColumn]
            var units = ResponsibleUnits(parsing: "", city: city, province: province)
            for column in unitColumns where column < row.cells.count {
                let part = ResponsibleUnits(
                    parsing: row.cells[column].text, city: city, province: province)
                units.written += part.written
                units.resolved += part.resolved
                units.lead += leadColumns.contains(column) ? part.resolved : part.lead
            }
            let rowDeadline = deadlineColumn.flatMap { DocumentProfile.year(in: row[text: $0]) }
            let scope = city ?? province ?? profile.region
            var found = goals.goals(in: document, range: content.start..<content.end)
            if found.isEmpty {
                let firstClause = Self.firstClause(content.text)
                let end = content.start + firstClause.unicodeScalars.count
                found = [
                    TargetRecord(
                        metric: firstClause, line: document.line(at: content.start),
                        evidence: firstClause,
                        start: content.start, end: end)
                ]
            }
            for var target in found {
                target.taskNo = number
                target.list = list
                target.responsible = units.resolved
                target.responsibleText = units.written
                target.lead = units.lead
                target.scope = scope
                target.taskText = content.text
                if target.deadline == nil, target.value != nil { target.deadline = rowDeadline }
                out.append(target)
            }
        }
        return out
    }

    /// The number in a serial cell: `12`, `12.`, `12、`.
    static func serial(_ text: String) -> Int? {
        Int(text.trimmingBlanks.trimmingCharacters(in: CharacterSet(charactersIn: ".、．")))
    }

    /// The first sentence of a task (up to 。 or ；), as its metric when it has no figure.
    static func firstClause(_ text: String) -> String {
        var out = ""
        for ch in text {
            if ch == "。" || ch == "；" { break }
            out.append(ch)
        }
        return out
    }
}
