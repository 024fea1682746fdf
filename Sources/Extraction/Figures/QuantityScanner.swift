/// Finds numbers followed by a unit in a span of scalars.
///
/// Only Arabic numerals are read. A number is skipped when it is a date, a duration, an ordinal
/// (第3批), part of a code or formula (5G, 3+4, 〔2020〕63号) or a caption number (表 2-1).
public enum QuantityScanner {
    /// Every quantity in `scalars[range]`.
    ///
    /// - Parameter requireUnit: when true (the default) a number without a unit is skipped.
    public static func scan(
        _ scalars: [Unicode.Scalar], in range: Range<Int>, requireUnit: Bool = true
    ) -> [Quantity] {
        var out: [Quantity] = []
        var i = range.lowerBound
        while i < range.upperBound {
            guard isDigit(scalars[i]), i == range.lowerBound || !isNumberPart(scalars[i - 1]) else {
                i += 1
                continue
            }
            guard let number = readNumber(scalars, at: i, limit: range.upperBound) else {
                i += 1
                continue
            }
            if let quantity = quantity(
                scalars, number: number, limit: range.upperBound, requireUnit: requireUnit)
            {
                out.append(quantity)
                i = max(quantity.end, number.end)
            } else {
                i = number.end
            }
        }
        return out
    }

    /// A parsed number: value and the scalar span of its digits.
    struct Number {
        var value: Double
        var start: Int
        var end: Int
    }

    /// Reads `123`, `1,234`, `12.5` or `97. 25` (a decimal split by the PDF conversion) at `index`.
    static func readNumber(_ s: [Unicode.Scalar], at index: Int, limit: Int) -> Number? {
        var digits = ""
        var i = index
        while i < limit, isDigit(s[i]) {
            digits.unicodeScalars.append(s[i])
            i += 1
        }
        while i + 3 < limit, s[i] == ",", isDigit(s[i + 1]), isDigit(s[i + 2]), isDigit(s[i + 3]),
            i + 4 >= limit || !isDigit(s[i + 4])
        {
            digits.unicodeScalars.append(contentsOf: s[(i + 1)...(i + 3)])
            i += 4
        }
        if i + 1 < limit, s[i] == "." {
            var j = i + 1
            if j < limit, s[j] == " ", j + 1 < limit, isDigit(s[j + 1]) { j += 1 }
            if j < limit, isDigit(s[j]) {
                digits.append(".")
                while j < limit, isDigit(s[j]) {
                    digits.unicodeScalars.append(s[j])
                    j += 1
                }
                i = j
            }
        }
        guard let value = DecimalDigits.value(digits) else { return nil }
        return Number(value: value, start: index, end: i)
    }

    private static func quantity(
        _ s: [Unicode.Scalar], number: Number, limit: Int, requireUnit: Bool
    ) -> Quantity? {
        let start = number.start
        if start > 0 {
            let before = s[start - 1]
            if before == "第" || before == "〔" || before == "[" || before == "+" || before == "＋"
                || before == "-" || before == "." || isASCIILetter(before)
            {
                return nil
            }
            if isCaptionNumber(s, before: start) { return nil }
        }
        var i = number.end
        var valueMax: Double?
        // A range: 6—8, 10-15, 1～3, 3至5.
        var j = i
        while j < limit, s[j] == " " { j += 1 }
        if j < limit, ["—", "–", "-", "~", "～", "至", "到"].contains(s[j]) {
            var k = j + 1
            while k < limit, s[k] == "—" || s[k] == " " { k += 1 }
            if k < limit, isDigit(s[k]), let upper = readNumber(s, at: k, limit: limit),
                upper.value > number.value
            {
                valueMax = upper.value
                i = upper.end
            }
        }
        // Skip blanks (and a line break: a number at the end of a line may have its unit on the next).
        var u = i
        var breaks = 0
        while u < limit, s[u] == " " || s[u] == "\u{3000}" || s[u] == "\n" || s[u] == "\r" {
            if s[u] == "\n" { breaks += 1 }
            u += 1
        }
        if breaks > 2 { u = i }
        for word in UnitLexicon.nonQuantityFollowers where UnitLexicon.matches(word, in: s, at: u) {
            return nil
        }
        // 生师比 15.5:1: a ratio to one, written with the unit `:1` as table cells are.
        if u + 1 < limit, s[u] == ":" || s[u] == "：", s[u + 1] == "1",
            u + 2 >= limit || !isNumberPart(s[u + 2])
        {
            return Quantity(
                value: number.value, valueMax: valueMax, unit: ":1", start: start, end: u + 2)
        }
        if u < limit, isASCIILetter(s[u]) || s[u] == ":" || s[u] == "：" {
            // 5G, 20:1 (a ratio) and the like; Mbps and m² are units and are matched below.
            if UnitLexicon.unit(in: s, at: u) == nil { return nil }
        }
        var qualifier: String?
        var unitStart = u
        for word in ["余", "多"] where UnitLexicon.matches(word, in: s, at: u) {
            qualifier = word
            unitStart = u + 1
        }
        if let unit = UnitLexicon.unit(in: s, at: unitStart) {
            var text = UnitLexicon.canonical(unit)
            var end = unitStart + unit.unicodeScalars.count
            // A rate: 1061人/门, 0.57个/生.
            if end + 1 < limit, s[end] == "/",
                let per = UnitLexicon.unit(in: s, at: end + 1) ?? perWord(s, at: end + 1)
            {
                text += "/" + per
                end += 1 + per.unicodeScalars.count
            }
            return Quantity(
                value: number.value, valueMax: valueMax, unit: text, start: start, end: end,
                qualifier: qualifier)
        }
        guard !requireUnit else { return nil }
        return Quantity(value: number.value, valueMax: valueMax, unit: nil, start: start, end: i)
    }

    /// The denominator of a rate that is not itself a unit (`生` in 个/生, `年` in 万元/年).
    private static func perWord(_ s: [Unicode.Scalar], at index: Int) -> String? {
        for word in FigureWords.perWords where UnitLexicon.matches(word, in: s, at: index) {
            return word
        }
        return nil
    }

    /// Whether the number before `index` is a caption or case number (表 2-1, 图 3- 2, 案例 3-1).
    private static func isCaptionNumber(_ s: [Unicode.Scalar], before index: Int) -> Bool {
        var i = index - 1
        while i >= 0, s[i] == " " { i -= 1 }
        guard i >= 0 else { return false }
        if s[i] == "表" || s[i] == "图" { return true }
        if i >= 1, s[i] == "例", s[i - 1] == "案" { return true }
        return false
    }

    static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 48 && s.value <= 57 }

    static func isNumberPart(_ s: Unicode.Scalar) -> Bool { isDigit(s) || s == "." || s == "," }

    static func isASCIILetter(_ s: Unicode.Scalar) -> Bool {
        (s.value >= 65 && s.value <= 90) || (s.value >= 97 && s.value <= 122)
    }
}
