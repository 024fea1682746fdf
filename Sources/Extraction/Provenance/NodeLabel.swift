import Foundation

/// The rdfs:label texts of the nodes an analyst meets in results, so that a table or an RDF
/// browser shows `广东省支持政策清单 第3项：建设一批…` instead of `vgi:task-2f88…-3`.
///
/// Labels are built from the node's own data (no new facts): a task from its list, number and
/// the start of its text; a target from metric, comparator, value and deadline; an observation
/// from metric, scope and year.
enum NodeLabel {
    /// Task text kept in a label, in characters; longer text ends in `…`.
    static let taskTextLength = 24

    /// `广东省支持政策清单 第3项：支持深圳按程序开发一批讲好深圳故事、展现中国制度优势…`.
    static func task(list: String, number: Int, text: String?) -> String {
        var label = "\(list) 第\(number)项"
        if let text, !text.isEmpty {
            let short =
                text.count > taskTextLength ? String(text.prefix(taskTextLength)) + "…" : text
            label += "：" + short
        }
        return label
    }

    /// `应用技术创新中心 ≥ 10个（2025年）`; a range reads `20–30%`.
    static func target(
        metric: String?, comparator: Comparator, value: Double, valueMax: Double?,
        unit: String?, deadline: Int?
    ) -> String {
        let symbol: String
        switch comparator {
        case .atLeast: symbol = "≥ "
        case .atMost: symbol = "≤ "
        case .equal: symbol = "= "
        case .approximately: symbol = "≈ "
        case .range: symbol = ""
        }
        var amount = number(value)
        if let valueMax { amount += "–" + number(valueMax) }
        var label = "\(metric ?? "目标") \(symbol)\(amount)\(unit ?? "")"
        if let deadline { label += "（\(deadline)年）" }
        return label
    }

    /// `“双师型”教师比例 比2025年 +5个百分点（2027年）`, `订单班学生人数 比2024年 ×2（2027年）`,
    /// `生均公用经费水平 ≥ 2024年`: a relative target names its base, not a value it does not have.
    static func relativeTarget(
        metric: String?, comparator: Comparator, relative: RelativeTarget, deadline: Int?
    ) -> String {
        var change: String
        if let delta = relative.delta {
            change =
                "比\(relative.baseYear)年 \(delta < 0 ? "−" : "+")\(number(abs(delta)))\(relative.unit ?? "")"
        } else if let factor = relative.factor, factor != 1 {
            change = "比\(relative.baseYear)年 ×\(number(factor))"
        } else {
            change = (comparator == .atMost ? "≤ " : "≥ ") + "\(relative.baseYear)年"
        }
        var label = "\(metric ?? "目标") \(change)"
        if let deadline { label += "（\(deadline)年）" }
        return label
    }

    /// `校级数量 · 江门市中等职业学校 · 2025`.
    static func observation(metric: String, scope: String?, year: Int?) -> String {
        ([metric] + [scope, year.map(String.init)].compactMap { $0 }).joined(separator: " · ")
    }

    /// `10` for 10.0, `2.5` for 2.5: a value as people write it.
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15
            ? String(Int64(value)) : String(value)
    }
}
