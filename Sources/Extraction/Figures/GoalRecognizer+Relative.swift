extension GoalRecognizer {
    /// Relative goals written without a number of their own: `订单班学生人数比2024年翻一番` (base 2024,
    /// factor 2) and `生均公用经费水平不低于上年` (the year before, factor 1, at least). The number
    /// scanner never sees them, so the cue words are looked for directly.
    func relativeWithoutNumber(in document: Document, range: Range<Int>) -> [TargetRecord] {
        var out: [TargetRecord] = []
        var i = range.lowerBound
        while i < range.upperBound {
            if let found = doubling(at: i, in: document, range: range) {
                out.append(found.record)
                i = found.end
            } else if let found = notBelowLastYear(at: i, in: document, range: range) {
                out.append(found.record)
                i = found.end
            } else {
                i += 1
            }
        }
        return out
    }

    /// `…比2024年翻一番` at `index`: a target of the base times 2 (`value` 2, unit 倍).
    private func doubling(at index: Int, in document: Document, range: Range<Int>) -> (
        record: TargetRecord, end: Int
    )? {
        let s = document.scalars
        guard s[index] == "翻",
            let word = FigureWords.doublings.first(where: {
                UnitLexicon.matches($0, in: s, at: index)
            })
        else { return nil }
        let end = index + word.unicodeScalars.count
        guard end <= range.upperBound else { return nil }
        let clause = ClauseText.clause(before: index, in: s)
        let deadline = deadline(before: index, in: s)
        guard
            let base = RelativeWording.base(
                endingAt: Substring(clause.text), ownYear: deadline ?? profile.year)
        else { return nil }
        let metric = ClauseText.metric(from: base.prefix)
        guard metric.count >= 2 else { return nil }
        let factor = RelativeWording.factor(ofDoubling: word)
        var record = TargetRecord(
            metric: metric, comparator: Comparator.atLeast.reportString, value: factor,
            unit: "倍", deadline: deadline, line: document.line(at: clause.start),
            evidence: document.slice(clause.start, end), start: clause.start, end: end,
            scope: profile.region)
        record.relative = RelativeTarget(baseYear: base.baseYear, factor: factor)
        return (record, end)
    }

    /// `…不低于上年` at `index` (the 上年 word, ending its clause): at least the figure of the year
    /// before (`不高于上年`: at most). `不低于上年的90%` has a number and is not one of these.
    private func notBelowLastYear(at index: Int, in document: Document, range: Range<Int>) -> (
        record: TargetRecord, end: Int
    )? {
        let s = document.scalars
        // Most scalars start no 上年 word: the first-scalar test keeps the scan one pass.
        guard FigureWords.lastYearWords.contains(where: { $0.unicodeScalars.first == s[index] }),
            let word = FigureWords.lastYearWords.first(where: {
                UnitLexicon.matches($0, in: s, at: index)
            })
        else { return nil }
        var end = index + word.unicodeScalars.count
        guard end <= range.upperBound else { return nil }
        // 不低于上年水平: the level of the year before.
        if UnitLexicon.matches("水平", in: s, at: end) { end += 2 }
        guard end == range.upperBound || ClauseText.delimiters.contains(s[end]) else { return nil }
        let clause = ClauseText.clause(before: index, in: s)
        let comparator = Comparator.parse(prefix: clause.text, suffix: "", isRange: false)
        guard comparator == .atLeast || comparator == .atMost else { return nil }
        let metric = ClauseText.metric(from: clause.text)
        guard metric.count >= 2 else { return nil }
        let deadline = deadline(before: index, in: s)
        guard let ownYear = deadline ?? profile.year else { return nil }
        var record = TargetRecord(
            metric: metric, comparator: comparator.reportString, deadline: deadline,
            line: document.line(at: clause.start), evidence: document.slice(clause.start, end),
            start: clause.start, end: end, scope: profile.region)
        record.relative = RelativeTarget(baseYear: ownYear - 1, factor: 1)
        return (record, end)
    }
}
