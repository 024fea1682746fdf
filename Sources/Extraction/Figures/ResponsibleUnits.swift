/// Splits a 责任单位 cell into units, marks the lead units and resolves short names to full names.
///
/// `省教育厅牵头，省发展改革委、省人力资源社会保障厅和深圳、佛山市人民政府按职责分工负责` gives
/// 广东省教育厅 (lead), 广东省发展改革委, 广东省人力资源社会保障厅, 深圳市人民政府, 佛山市人民政府.
/// A bare `市X` / `省X` takes the region of the list (深圳市工作任务清单 → 深圳市X); generic units
/// (各区人民政府, 区政府) stay as written.
public struct ResponsibleUnits: Sendable, Equatable {
    /// The units as written, in order (after splitting and distributing shared endings).
    public var written: [String]
    /// The units resolved to full names, in the same order.
    public var resolved: [String]
    /// The resolved names of the units marked 牵头.
    public var lead: [String]

    /// Characters that end the name of a government unit.
    static let unitEndings: Set<Character> = [
        "厅", "局", "委", "办", "府", "部", "会", "室", "院", "校", "处", "组", "司", "团", "行", "心", "所", "队",
    ]

    /// Phrases that close the cell without naming a unit.
    static let closingPhrases = ["按职责分工负责", "分工负责", "按职责负责", "负责", "配合", "参与"]

    /// Splits and resolves `text`.
    ///
    /// - Parameters:
    ///   - text: the 责任单位 cell.
    ///   - city: the city of the list (深圳市), for units written `市X`.
    ///   - province: the province (广东省), for units written `省X`.
    public init(parsing text: String, city: String?, province: String?) {
        var written: [String] = []
        var leadWritten: [String] = []
        let cleaned = text.filter { !$0.isWhitespace }
        for segment in cleaned.split(whereSeparator: { "，,；;。".contains($0) }) {
            var seg = String(segment)
            var isLead = false
            if seg.hasSuffix("牵头") {
                seg.removeLast(2)
                isLead = true
            }
            for phrase in Self.closingPhrases where seg.hasSuffix(phrase) {
                seg.removeLast(phrase.count)
                break
            }
            var items: [String] = []
            for piece in seg.split(separator: "、").map(String.init) {
                items += Self.splitOnAnd(piece)
            }
            items = Self.distributeEndings(items)
            written += items
            if isLead { leadWritten += items }
        }
        self.written = written.filter { !$0.isEmpty }
        self.resolved = self.written.map { Self.resolve($0, city: city, province: province) }
        self.lead = leadWritten.filter { !$0.isEmpty }.map {
            Self.resolve($0, city: city, province: province)
        }
    }

    /// Splits `A和B` when `A` already ends like a unit name (市人力资源和社会保障局 stays whole).
    static func splitOnAnd(_ piece: String) -> [String] {
        var parts: [String] = []
        var current = ""
        for ch in piece {
            if ch == "和", let last = current.last, unitEndings.contains(last) {
                parts.append(current)
                current = ""
            } else {
                current.append(ch)
            }
        }
        parts.append(current)
        return parts
    }

    /// `深圳、佛山市人民政府` → `深圳市人民政府`, `佛山市人民政府`: bare place names take the ending of
    /// the next full name.
    static func distributeEndings(_ items: [String]) -> [String] {
        var out = items
        for index in out.indices.reversed() {
            let item = out[index]
            guard item.count <= 3, let last = item.last, !unitEndings.contains(last),
                index + 1 < out.count
            else { continue }
            let next = out[index + 1]
            guard
                let marker = next.firstIndex(where: {
                    $0 == "市" || $0 == "区" || $0 == "县" || $0 == "省"
                })
            else { continue }
            out[index] = item + String(next[marker...])
        }
        return out
    }

    /// `市教育局` → `深圳市教育局`, `省教育厅` → `广东省教育厅`, `市委宣传部` → `深圳市委宣传部`.
    static func resolve(_ unit: String, city: String?, province: String?) -> String {
        if unit.hasPrefix("市"), let city { return city + unit.dropFirst() }
        if unit.hasPrefix("省"), let province { return province + unit.dropFirst() }
        return unit
    }
}
