/// The measure words and units a Chinese report or policy puts after a number.
///
/// Durations and dates (年, 月, 日, 天, 周, 届, 级) are deliberately absent: a number followed by one of
/// them is a date or a duration, never a reported quantity.
public enum UnitLexicon {
    /// Units, longest first so that `万人次` wins over `万人` and `人`.
    public static let units: [String] = [
        "个百分点", "平方米", "万人次", "万元", "亿元", "万次", "万人", "人次", "学时", "课时", "小时", "人日",
        "m²", "m2", "Mbps", "门", "人", "名", "所", "个", "家", "项", "枚", "分", "倍", "册", "本", "场", "件",
        "幅", "支", "位", "份", "次", "元", "%", "％", "台", "套", "篇", "部", "间", "条", "座", "首", "张",
        "种", "批", "节", "期", "队", "组",
    ].sorted { $0.unicodeScalars.count > $1.unicodeScalars.count }

    /// Words after a number that make it a date, a duration or an ordinal rather than a quantity.
    public static let nonQuantityFollowers: [String] = [
        "年", "月", "日", "天", "周", "岁", "届", "级", "号", "时代", "G", "+", "＋",
    ]

    /// The unit that starts at `index` in `scalars`, if any (longest match).
    public static func unit(in scalars: [Unicode.Scalar], at index: Int) -> String? {
        for unit in units where matches(unit, in: scalars, at: index) { return unit }
        return nil
    }

    /// Whether `word` occurs in `scalars` starting at `index`.
    public static func matches(_ word: String, in scalars: [Unicode.Scalar], at index: Int) -> Bool
    {
        var i = index
        for scalar in word.unicodeScalars {
            guard i < scalars.count, scalars[i] == scalar else { return false }
            i += 1
        }
        return true
    }

    /// The canonical spelling of a unit (full-width percent and `m2` folded).
    public static func canonical(_ unit: String) -> String {
        switch unit {
        case "％": return "%"
        case "m2", "m ²", "m <sup>2</sup>", "平方米", "m<sup>2</sup>": return "m²"
        default: return unit
        }
    }
}
