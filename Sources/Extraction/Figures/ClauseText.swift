/// Helpers that read the words around a number: the clause before it, the noun phrase after it,
/// a year mentioned nearby.
public enum ClauseText {
    /// Scalars that end a clause.
    static let delimiters: Set<Unicode.Scalar> = [
        "，", "。", "；", "：", ",", ";", ":", "！", "？", "!", "?", "\n", "、", "（", "(", "）", ")", "\t",
    ]

    /// Scalars that end a sentence.
    static let sentenceEnds: Set<Unicode.Scalar> = ["。", "；", "！", "？", "!", "?", ";"]

    /// Words that link a metric to its number and are dropped from the end of a metric.
    static let trailingLinks = [
        "提升至", "提升到", "上升到", "上升至", "提高到", "提高至", "增长到", "增加到", "达到", "共计", "累计", "超过",
        "分别为", "分别是", "为", "达", "共", "约", "逾", "超", "近", "至", "到", "有", "是", "了", "计", "的", "由",
        "按",
        "不低于", "不少于", "不高于", "不超过", "至少",
    ]

    /// Words a metric does not start with.
    static let leadingWords = [
        "其中", "并", "且", "共", "全市", "已", "其", "同时", "此外", "目前", "计划到", "计划", "力争", "到", "至", "的",
        "可按", "按",
    ]

    /// The clause that ends at `index` (exclusive): back to the nearest delimiter, at most `limit` scalars.
    static func clause(before index: Int, in s: [Unicode.Scalar], limit: Int = 40) -> (
        text: String, start: Int
    ) {
        var i = index
        while i > 0, index - i < limit {
            if s[i - 1] == "）" || s[i - 1] == ")" {
                // 就业率（含升学）为 96.43%: a bracket inside the metric is part of the clause.
                var j = i - 1
                while j > 0, index - j < limit, s[j - 1] != "（", s[j - 1] != "(", s[j - 1] != "\n" {
                    j -= 1
                }
                guard j > 0, s[j - 1] == "（" || s[j - 1] == "(", j - 1 > 0,
                    !delimiters.contains(s[j - 2])
                else { break }
                i = j - 1
                continue
            }
            if delimiters.contains(s[i - 1]) { break }
            i -= 1
        }
        var text = ""
        text.unicodeScalars.append(contentsOf: s[i..<index])
        return (text, i)
    }

    /// The noun phrase that starts at `index`: up to a delimiter or a coordinating word.
    static func phrase(after index: Int, in s: [Unicode.Scalar], limit: Int = 30) -> String {
        var i = index
        var text = ""
        while i < s.count, i - index < limit {
            if s[i] == "、", text.contains("的"), continuesWithoutNumber(s, after: i) {
                // 校企联合组建的高水平、结构化团队: a list of modifiers, not of things.
                text.unicodeScalars.append(s[i])
                i += 1
                continue
            }
            if delimiters.contains(s[i]) { break }
            if (s[i] == "和" || s[i] == "及" || s[i] == "与") && i > index { break }
            if QuantityScanner.isDigit(s[i]) { break }
            text.unicodeScalars.append(s[i])
            i += 1
        }
        return text.trimmingBlanks
    }

    /// Whether the text after `index` reaches a delimiter within 12 scalars without a digit.
    private static func continuesWithoutNumber(_ s: [Unicode.Scalar], after index: Int) -> Bool {
        var j = index + 1
        while j < s.count, j - index <= 12 {
            if QuantityScanner.isDigit(s[j]) { return false }
            if delimiters.contains(s[j]) { return j > index + 1 }
            j += 1
        }
        return false
    }

    /// `text` without linking words at its end or filler words at its start.
    static func metric(from text: String) -> String {
        var t = text.filter { $0 != "*" }.trimmingBlanks
        var changed = true
        while changed {
            changed = false
            for word in trailingLinks where t.hasSuffix(word) && t.count > word.count {
                t.removeLast(word.count)
                t = t.trimmingBlanks
                changed = true
                break  // start again from the longest links (累计超过 → 累计 → …)
            }
        }
        changed = true
        while changed {
            changed = false
            for word in leadingWords where t.hasPrefix(word) && t.count > word.count + 1 {
                t.removeFirst(word.count)
                t = stripYear(t.trimmingBlanks)
                changed = true
                break
            }
        }
        t = stripYear(t)
        return t.trimmingBlanks
    }

    /// `“双师型”教师比例由2024年的31.9%` → `“双师型”教师比例`: a metric stops where a comparison with
    /// an earlier figure starts (由/从 followed by a year, 上年 or 去年).
    static func cutComparison(_ text: String) -> String {
        let chars = Array(text)
        for i in chars.indices where chars[i] == "由" || chars[i] == "从" || chars[i] == "自" {
            let rest = String(chars[(i + 1)...]).trimmingBlanks
            if rest.isEmpty || rest.first?.isNumber == true || rest.hasPrefix("上年")
                || rest.hasPrefix("去年")
            {
                return String(chars[..<i])
            }
        }
        return text
    }

    /// Drops a leading `2025年，` / `2025 年` from a metric.
    static func stripYear(_ text: String) -> String {
        var t = Substring(text)
        let digits = t.prefix(while: { $0.isNumber })
        if digits.count == 4 {
            t = t.dropFirst(4).drop(while: { $0 == " " })
            if t.hasPrefix("年度") {
                t = t.dropFirst(2)
            } else if t.hasPrefix("年") {
                t = t.dropFirst()
            }
        }
        return String(t)
    }

    /// Words after a number that start a change, not the name of what is counted (48人增加).
    static let changeStarts = ["增", "减", "提", "下降", "上升", "以上", "左右", "以内", "的", "次", "分别"]

    /// The year of the nearest `20xx年` before `index` in the same sentence, and its scalar offset.
    static func yearBefore(_ index: Int, in s: [Unicode.Scalar]) -> (year: Int, offset: Int)? {
        var i = index - 1
        while i >= 3, !sentenceEnds.contains(s[i]), index - i < 120 {
            if s[i] == "年" {
                var j = i - 1
                while j >= 0, s[j] == " " { j -= 1 }
                if j >= 3, (0...3).allSatisfy({ QuantityScanner.isDigit(s[j - $0]) }),
                    j < 4 || !QuantityScanner.isDigit(s[j - 4])
                {
                    var digits = ""
                    digits.unicodeScalars.append(contentsOf: s[(j - 3)...j])
                    if let y = Int(digits), (1990...2100).contains(y) { return (y, j - 3) }
                }
            }
            i -= 1
        }
        return nil
    }
}

extension String {
    /// The string without leading and trailing blanks (spaces, ideographic spaces, tabs, newlines).
    var trimmingBlanks: String {
        let blank: (Character) -> Bool = { $0.isWhitespace || $0 == "\u{3000}" }
        guard let first = firstIndex(where: { !blank($0) }),
            let last = lastIndex(where: { !blank($0) })
        else { return "" }
        return String(self[first...last])
    }
}
