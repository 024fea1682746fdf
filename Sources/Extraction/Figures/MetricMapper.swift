/// Maps the wording of a metric (`“双师型”教师比例`, `在校生数`) to a concept of the vocabulary.
///
/// A wording maps when, after normalisation (quotes, blanks, 其中, footnote stars and a trailing
/// 数量/数 dropped), it equals a label, or ends with a label and what precedes it is a plain qualifier
/// (深圳市, 全市, 专业课教师中). Changes and shares of a metric (较去年增长, 同比, 占比) and narrower
/// populations (高级, 国家级, 省级, 生均, 本科) do not map to the broader concept. Unmapped wordings stay
/// plain text; `vocgraph metrics --unmapped` lists them.
public struct MetricMapper: Sendable {
    public var concepts: [MetricConcept]
    private var byLabel: [String: Int] = [:]
    private var labels: [(label: String, index: Int)] = []

    /// Words that turn a metric into a different quantity.
    static let changeWords = ["占", "较", "同比", "增长", "增加", "提升", "下降", "减少", "倍", "占比", "增幅"]
    /// Qualifiers that narrow the population; a wording with one maps only to a label that has it.
    static let narrowing = [
        "高级", "国家级", "省级", "市级", "校级", "生均", "本科", "高职", "专科", "每", "新增", "首批", "第", "其中", "试点",
        "一流", "示范", "优质", "重点", "特色",
    ]

    public init(concepts: [MetricConcept] = MetricVocabulary.concepts) {
        self.concepts = concepts
        for (index, concept) in concepts.enumerated() {
            for label in [concept.prefLabel] + concept.altLabels {
                let key = Self.normalise(label)
                if byLabel[key] == nil { byLabel[key] = index }
                labels.append((key, index))
            }
        }
        labels.sort { $0.label.count > $1.label.count }
    }

    /// The concept `wording` maps to, if any.
    public func concept(for wording: String) -> MetricConcept? {
        let key = Self.normalise(wording)
        guard !key.isEmpty else { return nil }
        if let index = byLabel[key] { return concepts[index] }
        for (label, index) in labels where label.count >= 4 && key.hasSuffix(label) {
            let qualifier = String(key.dropLast(label.count))
            if qualifier.count > 8 { continue }
            if Self.changeWords.contains(where: { qualifier.contains($0) && !label.contains($0) }) {
                continue
            }
            if Self.narrowing.contains(where: { qualifier.contains($0) && !label.contains($0) }) {
                continue
            }
            return concepts[index]
        }
        return nil
    }

    /// Quotes, blanks, `其中：`, stars, `（左右）` and a trailing `数量`/`数` removed.
    static func normalise(_ text: String) -> String {
        var t = text.filter { !$0.isWhitespace && !"“”\"'‘’「」*＊".contains($0) }
        for prefix in ["其中：", "其中:"] where t.hasPrefix(prefix) { t.removeFirst(prefix.count) }
        for suffix in ["（左右）", "(左右)"] where t.hasSuffix(suffix) { t.removeLast(suffix.count) }
        if t.hasSuffix("数量") {
            t.removeLast(2)
        } else if t.hasSuffix("数"), t.count > 3 {
            t.removeLast()
        }
        return t
    }
}
