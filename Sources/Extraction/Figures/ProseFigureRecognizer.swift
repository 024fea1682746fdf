/// Finds clear measurements in running text: a number with a unit, the words before it as metric.
///
/// `毕业生人数 13812人`, `升学率达89%`, `首批 4 所高职院校` (the metric after the unit when nothing
/// names it before). Lines inside tables, captions (表/图/数据来源) and contents lines are skipped;
/// dates, durations, ordinals and codes are never quantities (see ``QuantityScanner``).
public struct ProseFigureRecognizer: Sendable {
    public var profile: DocumentProfile

    public init(profile: DocumentProfile) { self.profile = profile }

    /// The prose observations of `document`, skipping the 1-based lines in `skippedLines`.
    public func observations(in document: Document, skippedLines: Set<Int>) -> [ObservationRecord] {
        let s = document.scalars
        var out: [ObservationRecord] = []
        var scopeTracker = ScopeTracker(defaultScope: profile.defaultScope)
        let goals = GoalRecognizer(profile: profile)
        // The end of the last figure that continued a `分别…、…` list.
        var listEnd = -1
        for n in 1...document.lineCount {
            let text = document.lineText(n)
            scopeTracker.see(line: text)
            guard !skippedLines.contains(n), !Self.isCaption(text),
                !TableReader.isContentsLine(text)
            else { continue }
            let start = document.lineStarts[n - 1]
            let end = start + text.unicodeScalars.count
            var schools: LineSchools?
            for q in QuantityScanner.scan(s, in: start..<end, requireUnit: false)
            where q.valueMax == nil {
                var before = ClauseText.clause(before: q.start, in: s)
                // `获奖人数为269，`: a head count written without its unit.
                guard
                    let unit = q.unit
                        ?? Self.impliedUnit(before.text, after: q.end < end ? s[q.end] : "\n")
                else { continue }
                // 将为该校培训专业教师20名, 计划招生40人: a plan or a commitment, not yet a figure;
                // 到 2025 年底…应不低于 90%: a goal of the report (a target), not a figure.
                if Self.statesPlan(before.text) { continue }
                if let year = profile.year, let deadline = goals.deadline(before: q.start, in: s),
                    deadline > year
                {
                    continue
                }
                // 分别提升了 47.4%、40.64%: the later figures of a list take the first one's metric.
                if before.text.trimmingBlanks.isEmpty, before.start > start,
                    s[before.start - 1] == "、", let first = out.last, first.line == n,
                    let firstEnd = first.end, before.start - 1 - firstEnd <= 1,
                    first.evidence?.contains("分别") == true || listEnd == firstEnd
                {
                    listEnd = q.end
                    out.append(
                        ObservationRecord(
                            metric: first.metric, value: q.value, unit: unit, year: first.year,
                            scope: first.scope, line: n, evidence: document.slice(q.start, q.end),
                            start: q.start, end: q.end))
                    continue
                }
                var metric = ClauseText.cutComparison(ClauseText.metric(from: before.text))
                if metric.count < 2, before.start > start,
                    before.text.hasPrefix("从") || before.text.hasPrefix("由")
                {
                    // `…人数，从2023年的84人增至142人`: the metric is the clause before.
                    let previous = ClauseText.clause(before: before.start - 1, in: s)
                    let named = ClauseText.metric(from: previous.text)
                    if named.count >= 2 {
                        metric = named
                        before = (previous.text, previous.start)
                    }
                }
                var evidenceStart = before.start
                // 认定102家产教融合型企业, 下设6个支部: a count names its thing after the unit.
                let after = ClauseText.metric(from: ClauseText.phrase(after: q.end, in: s))
                let isCount = !["%", "万元", "亿元", "元", "个百分点", "倍"].contains(unit)
                let afterNamesThing = !ClauseText.changeStarts.contains(where: after.hasPrefix)
                if metric.count < 2 || (isCount && after.count >= 2 && afterNamesThing) {
                    if after.count >= 2 {
                        metric = after
                        evidenceStart = q.start
                    }
                }
                guard metric.count >= 2 else { continue }
                var year = profile.year
                if let mention = ClauseText.yearBefore(q.start, in: s),
                    mention.year <= (profile.year ?? mention.year),
                    !(mention.offset > 0 && ["到", "至"].contains(s[mention.offset - 1]))
                {
                    let between = QuantityScanner.scan(s, in: (mention.offset + 4)..<q.start)
                    let followedByDe = document.slice(
                        mention.offset + 4, min(q.start, mention.offset + 7)
                    )
                    .contains("的")
                    if !(followedByDe && !between.isEmpty) { year = mention.year }
                }
                var evidenceEnd = q.end
                if evidenceStart == q.start {
                    evidenceEnd = min(end, q.end + metric.unicodeScalars.count)
                }
                // The line's school names are found once (not in every figure's prefix: a line
                // of many figures was quadratic).
                let lineSchools = schools ?? LineSchools(s[start..<end])
                schools = lineSchools
                let scope = scopeTracker.scope(in: lineSchools, before: q.start - start)
                out.append(
                    ObservationRecord(
                        metric: metric, value: q.value, unit: unit, year: year, scope: scope,
                        line: n,
                        evidence: document.slice(evidenceStart, evidenceEnd), start: evidenceStart,
                        end: evidenceEnd))
            }
        }
        return out
    }

    /// The unit of a bare number that ends its clause after `…人数为` / `…人次为` (人 / 人次).
    static func impliedUnit(_ clause: String, after next: Unicode.Scalar) -> String? {
        guard ClauseText.sentenceEnds.contains(next) || next == "，" || next == "," else {
            return nil
        }
        let metric = ClauseText.metric(from: clause)
        guard clause.trimmingBlanks.hasSuffix("为") || clause.trimmingBlanks.hasSuffix("达") else {
            return nil
        }
        if metric.hasSuffix("人数") { return "人" }
        if metric.hasSuffix("人次") { return "人次" }
        return nil
    }

    /// Whether a clause states a plan (计划招生40人), not a figure: a cue of `figure-words.tsv`
    /// that is not part of a count's name (总计划人数1540人, 招生计划数 are figures).
    static func statesPlan(_ clause: String) -> Bool {
        for cue in FigureWords.futureCues {
            var rest = clause[...]
            while let range = rest.range(of: cue) {
                let after = rest[range.upperBound...]
                if !after.hasPrefix("人数"), !after.hasPrefix("数"), !after.hasPrefix("总数") {
                    return true
                }
                rest = after
            }
        }
        return false
    }

    /// Whether a line is a caption, a source note or a heading with a number.
    static func isCaption(_ text: String) -> Bool {
        let t = text.trimmingBlanks
        return t.hasPrefix("表") || t.hasPrefix("图") || t.hasPrefix("数据来源") || t.hasPrefix("来源")
            || t.hasPrefix("注：") || t.hasPrefix("案例") || t.hasPrefix("#")
    }
}
