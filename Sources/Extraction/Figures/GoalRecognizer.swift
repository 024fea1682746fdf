/// Finds quantified goals in the text of a policy: `建设20个卓越名师工作室`, `比例不低于80%`,
/// `6—8所`, `50个左右`, `50家以上`, `全部职业学校建成…` (100 %), with the deadline year of the
/// sentence (`到2022年`); goals relative to a base year (`比2023年提高5个百分点`, `翻一番`,
/// `不低于上年`) keep their base (``RelativeTarget``).
public struct GoalRecognizer: Sendable {
    public var profile: DocumentProfile

    public init(profile: DocumentProfile) { self.profile = profile }

    /// Goals in the body of `document` (lines in `skippedLines`, headings and captions left out).
    public func goals(in document: Document, skippedLines: Set<Int>) -> [TargetRecord] {
        var out: [TargetRecord] = []
        for n in 1...document.lineCount where !skippedLines.contains(n) {
            let text = document.lineText(n)
            guard !ProseFigureRecognizer.isCaption(text), !TableReader.isContentsLine(text),
                text.unicodeScalars.count > 12
            else { continue }
            let start = document.lineStarts[n - 1]
            out += goals(in: document, range: start..<(start + text.unicodeScalars.count))
        }
        return out
    }

    /// Goals in `document.scalars[range]`, as target records without list fields.
    public func goals(in document: Document, range: Range<Int>) -> [TargetRecord] {
        let s = document.scalars
        var out: [TargetRecord] = []
        for q in QuantityScanner.scan(s, in: range) {
            guard let unit = q.unit else { continue }
            let clause = ClauseText.clause(before: q.start, in: s)
            let suffix = document.slice(q.end, min(range.upperBound, q.end + 4))
            let comparator = Comparator.parse(
                prefix: clause.text, suffix: suffix, isRange: q.valueMax != nil)
            var tailEnd = q.end
            for (word, _) in Comparator.after where suffix.trimmingBlanks.hasPrefix(word) {
                tailEnd =
                    q.end
                    + (suffix.unicodeScalars.count - suffix.trimmingBlanks.unicodeScalars.count)
                    + word.unicodeScalars.count
                if suffix.hasPrefix(" ") == false { tailEnd = q.end + word.unicodeScalars.count }
                break
            }
            var metric = ClauseText.metric(from: clause.text)
            let deadline = deadline(before: q.start, in: s)
            // 比2025年提高5个百分点: the figure is a change from a base year, and the metric is the
            // text before the base (the trace computes the value when the base is known).
            var relative: RelativeTarget?
            if q.valueMax == nil,
                let base = RelativeWording.base(
                    beforeChange: clause.text, ownYear: deadline ?? profile.year)
            {
                let named = ClauseText.metric(from: base.prefix)
                if named.count >= 2 {
                    metric = named
                    relative = RelativeTarget(
                        baseYear: base.baseYear, delta: base.sign * q.value, unit: unit)
                }
            }
            var evidenceStart = clause.start
            var evidenceEnd = tailEnd
            let countUnit = !["%", "万元", "亿元", "元", "个百分点"].contains(unit)
            let after = ClauseText.phrase(after: tailEnd, in: s)
            let afterMetric = ClauseText.metric(from: after)
            if relative == nil,
                (countUnit && afterMetric.count >= 2 && !afterMetric.hasPrefix("的"))
                    || metric.count < 2
            {
                if afterMetric.count >= 2 {
                    metric = afterMetric
                    evidenceStart = max(clause.start, q.start - 8)
                    evidenceEnd = tailEnd + after.unicodeScalars.count
                }
            }
            guard metric.count >= 2 else { continue }
            if comparator == .approximately { metric += "（左右）" }
            var record = TargetRecord(
                metric: metric, comparator: comparator.reportString, value: q.value,
                valueMax: q.valueMax, unit: unit, deadline: deadline,
                line: document.line(at: q.start),
                evidence: document.slice(evidenceStart, evidenceEnd), start: evidenceStart,
                end: evidenceEnd, approximate: comparator == .approximately ? true : nil,
                scope: profile.region)
            record.relative = relative
            out.append(record)
        }
        out += allOf(in: document, range: range)
        out += relativeWithoutNumber(in: document, range: range)
        return out
    }

    /// `全部职业学校建成5G智慧校园`: a goal of 100 % of the population named after 全部.
    func allOf(in document: Document, range: Range<Int>) -> [TargetRecord] {
        let s = document.scalars
        var out: [TargetRecord] = []
        var i = range.lowerBound
        while i + 1 < range.upperBound {
            guard s[i] == "全", s[i + 1] == "部" else {
                i += 1
                continue
            }
            let phraseStart = i + 2
            var k = phraseStart
            while k < s.count, k - phraseStart < 30, !ClauseText.delimiters.contains(s[k]) {
                k += 1
            }
            let endOffset = k
            let phrase = document.slice(phraseStart, endOffset)
            let verbs = ["建成", "实现", "达到", "达标", "完成", "开设", "配备", "通过"]
            if let verb = verbs.first(where: { phrase.contains($0) }), phrase.count >= 4,
                let population = phrase.components(separatedBy: verb).first, !population.isEmpty
            {
                let text = document.slice(i, endOffset)
                out.append(
                    TargetRecord(
                        metric: String(phrase.dropFirst(population.count)) + "的\(population)比例",
                        comparator: Comparator.equal.reportString, value: 100, unit: "%",
                        deadline: deadline(before: i, in: s), line: document.line(at: i),
                        evidence: text, start: i, end: endOffset, scope: profile.region))
            }
            i += 2
        }
        return out
    }

    /// The year of `到2022年` / `2022年前` / `至2025年` in the sentence before `index`.
    func deadline(before index: Int, in s: [Unicode.Scalar]) -> Int? {
        var i = index - 1
        while i >= 0, !ClauseText.sentenceEnds.contains(s[i]), index - i < 160 {
            if s[i] == "年", i >= 4 {
                var j = i - 1
                while j >= 0, s[j] == " " { j -= 1 }
                if j >= 4, (0...3).allSatisfy({ QuantityScanner.isDigit(s[j - $0]) }) {
                    let yearStart = j - 3
                    var p = yearStart - 1
                    while p >= 0, s[p] == " " { p -= 1 }
                    let leading = p >= 0 && (s[p] == "到" || s[p] == "至")
                    let trailing = i + 1 < s.count && (s[i + 1] == "前" || s[i + 1] == "底")
                    if leading || trailing {
                        var digits = ""
                        digits.unicodeScalars.append(contentsOf: s[yearStart...j])
                        return Int(digits)
                    }
                }
            }
            i -= 1
        }
        return nil
    }
}
