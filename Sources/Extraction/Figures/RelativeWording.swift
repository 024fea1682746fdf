/// Reads the base of a goal written relative to an earlier year from the clause before its change:
/// `中职学校“双师型”教师占专业课教师比例比2025年提高` + `5个百分点` is the metric
/// `中职学校“双师型”教师占专业课教师比例`, base 2025, an increase; `职业技能等级证书获取人数较上年增长` +
/// `10%` has the year before the goal's own year as base. The cue words are `Ontology/figure-words.tsv`
/// data (roles base, lastYear, increase, decrease, doubling).
enum RelativeWording {
    /// What a clause says about its base: the text before the base (the metric), the base year
    /// and the direction of the change (+1 for 提高, −1 for 下降, 0 when no verb was asked for).
    struct Base: Equatable {
        var prefix: String
        var baseYear: Int
        var sign: Double
    }

    /// The base of a clause that ends in `比2023年提高` / `较上年增长` (a change follows).
    ///
    /// - Parameter ownYear: the goal's own year (its deadline, else the document's year), from
    ///   which 上年 is the year before; without it a 上年 base is not read.
    static func base(beforeChange clause: String, ownYear: Int?) -> Base? {
        var t = Substring(clause.trimmingBlanks)
        if t.hasSuffix("了") { t = t.dropLast() }
        var sign = 0.0
        if let verb = FigureWords.increaseVerbs.first(where: { t.hasSuffix($0) }) {
            sign = 1
            t = t.dropLast(verb.count)
        } else if let verb = FigureWords.decreaseVerbs.first(where: { t.hasSuffix($0) }) {
            sign = -1
            t = t.dropLast(verb.count)
        } else {
            return nil
        }
        guard var found = base(endingAt: t, ownYear: ownYear) else { return nil }
        found.sign = sign
        return found
    }

    /// The base of a text that ends in `比2024年` / `较上年` (`翻一番` and `不低于上年` follow it).
    static func base(endingAt text: Substring, ownYear: Int?) -> Base? {
        var t = Substring(String(text).trimmingBlanks)
        var year: Int?
        // 比2023年底: the figure of the end of that year.
        if t.hasSuffix("底") || t.hasSuffix("末") { t = t.dropLast() }
        if t.hasSuffix("年") {
            let digits = t.dropLast().reversed().prefix { $0 == " " || $0.isASCII && $0.isNumber }
            let number = String(digits.reversed()).filter { $0 != " " }
            if number.count == 4, let y = Int(number) {
                year = y
                t = t.dropLast(1 + digits.count)
            }
        }
        if year == nil, let word = FigureWords.lastYearWords.first(where: { t.hasSuffix($0) }) {
            guard let ownYear else { return nil }
            year = ownYear - 1
            t = t.dropLast(word.count)
        }
        guard let year,
            let marker = FigureWords.baseMarkers.first(where: { t.hasSuffix($0) })
        else { return nil }
        t = t.dropLast(marker.count)
        return Base(prefix: String(t), baseYear: year, sign: 0)
    }

    /// The factor of a doubling word: 2 to the power of the numeral inside (翻一番 2, 翻两番 4,
    /// 翻番 2).
    static func factor(ofDoubling word: String) -> Double {
        let numerals: [Character: Int] = ["一": 1, "二": 2, "两": 2, "三": 3, "四": 4]
        let count = word.compactMap { numerals[$0] }.first ?? 1
        return Double(1 << count)
    }
}
