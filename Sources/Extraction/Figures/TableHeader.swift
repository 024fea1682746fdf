import Foundation

/// Reads the meaning of table header cells: year columns, unit columns, metric names with units.
public enum TableHeader {
    /// The year a header cell names: `2025`, `2025 年`, `2025年度`, `2023-2024 学年` (the later year).
    public static func year(_ cell: String) -> Int? {
        let t = withoutRole(cell.filter { !$0.isWhitespace })
        let digits = t.split(whereSeparator: { !$0.isNumber }).map(String.init)
        guard let last = digits.last, last.count == 4, let y = Int(last), (1990...2100).contains(y)
        else { return nil }
        let rest = t.filter { !$0.isNumber && !"-—–~～".contains($0) }
        guard ["", "年", "年度", "学年", "年末", "年底"].contains(rest) else { return nil }
        guard digits.allSatisfy({ $0.count == 4 }) else { return nil }
        return y
    }

    /// Words in brackets after a year that say what the column holds (`2023年（基期）`).
    static let baseRoles = ["基期", "基期值", "基准", "基准值", "现状", "现状值", "基数"]
    static let targetRoles = ["目标", "目标值", "预期", "预期值", "规划"]

    /// `2023年（基期）` → `2023年`: a year cell without a role in brackets.
    static func withoutRole(_ t: String) -> String {
        guard let open = t.firstIndex(where: { $0 == "（" || $0 == "(" }),
            t.last == "）" || t.last == ")"
        else { return t }
        let inner = String(t[t.index(after: open)..<t.index(before: t.endIndex)])
        return (baseRoles + targetRoles).contains(inner) ? String(t[..<open]) : t
    }

    /// Whether a year header marks the base year of a plan (`2023年（基期）`, `2023年现状`).
    public static func isBaseYear(_ cell: String) -> Bool {
        let t = cell.filter { !$0.isWhitespace }
        return year(t) != nil && baseRoles.contains { t.contains($0) }
    }

    /// Whether a header cell names the 属性 column of a plan's indicator table.
    public static func isAttributeColumn(_ cell: String) -> Bool {
        let t = cell.filter { !$0.isWhitespace }
        return t == "属性" || t == "指标属性" || t == "性质"
    }

    /// Whether a header cell names the unit column.
    public static func isUnitColumn(_ cell: String) -> Bool {
        let t = cell.filter { !$0.isWhitespace }
        return t == "单位" || t == "计量单位"
    }

    /// Whether a header cell names a column that is not a figure (serial, rank, change, standard).
    public static func isSkippedColumn(_ cell: String) -> Bool {
        let t = cell.filter { !$0.isWhitespace }
        let words = ["序号", "排名", "名次", "编号", "增减", "较上年", "变化", "国家标准", "标准", "备注", "同比"]
        return words.contains { t.contains($0) }
    }

    /// Whether a header cell names the metric column (`指标`, `项目`).
    public static func isMetricColumn(_ cell: String) -> Bool {
        let t = cell.filter { !$0.isWhitespace }
        return t.contains("指标") || t == "项目" || t.hasSuffix("项目")
    }

    /// Whether a header cell names the year column of a table with one row per year.
    public static func isYearColumn(_ cell: String) -> Bool {
        let t = cell.filter { !$0.isWhitespace }
        return ["年度", "年份", "学年", "年", "时间"].contains(t)
    }

    /// Splits `生均校园用地面积 (m ²)` into the metric and the unit in brackets, blanks removed.
    public static func metricAndUnit(_ cell: String) -> (metric: String, unit: String?) {
        var t = cell.replacingOccurrences(of: "<sup>", with: "").replacingOccurrences(
            of: "</sup>", with: "")
        t = t.filter { !$0.isWhitespace }
        var unit: String?
        if let close = t.last, close == ")" || close == "）",
            let open = t.lastIndex(where: { $0 == "(" || $0 == "（" })
        {
            let inner = String(t[t.index(after: open)..<t.index(before: t.endIndex)])
            if !inner.isEmpty, inner.count <= 8 {
                unit = UnitLexicon.canonical(inner)
                t = String(t[..<open])
            }
        }
        return (cleanMetric(t), unit)
    }

    /// A row label without `其中：`, footnote stars or blanks.
    public static func cleanMetric(_ text: String) -> String {
        var t = text.filter { !$0.isWhitespace }
        for prefix in ["其中：", "其中:", "其中"] where t.hasPrefix(prefix) {
            t.removeFirst(prefix.count)
        }
        while t.hasSuffix("*") || t.hasSuffix("＊") { t.removeLast() }
        return t
    }
}
