/// assists: helper school → helped school (帮扶, 结对, 对口支援, 援疆, 东西部协作), in text order
/// unless the words around say otherwise (`接受A的帮扶`, `促进B发展`).
struct AssistRule: RelationRule {
    func facts(in c: SentenceContext, existing: [RelationFact]) -> [RelationFact] {
        var schools = c.parties.filter { $0.type.isEducational }
        guard !schools.isEmpty else { return [] }
        let cues = RelationCues.occurrences(
            of: RelationCues.assistTrie, in: c.s, c.start, c.end, masked: c.maskedRanges)
        guard let firstCue = cues.first else { return [] }
        var via = false
        var named: Range<Int>?
        if schools.count == 1, let implicit = c.implicitSubject(before: schools[0].start),
            implicit.entity != schools[0].entity
        {
            schools.insert(.reference(implicit.entity, word: implicit.word), at: 0)
            via = true
            named = implicit.named
        }
        guard schools.count >= 2 else { return [] }
        var (helper, helped) = (schools[0], schools[1])
        let before = String(
            String.UnicodeScalarView(c.s[max(c.start, helper.start - 3)..<helper.start]))
        if RelationCues.helpedBefore.contains(where: { before.hasSuffix($0) })
            || c.containsWord(helped.end, min(c.end, helped.end + 4), "的帮扶")
            || c.containsWord(helper.end, helped.start, "接受")
            || c.containsWord(helper.end, helped.start, "受到")
        {
            swap(&helper, &helped)
        }
        guard helper.entity != helped.entity else { return [] }
        // 与 A 及 B 开展帮扶: every school listed with the first one helped.
        let helpedClause = c.clause(around: helped.start)
        var helpedSchools = [helped]
        for other in schools
        where other.start > helped.end && helpedClause.contains(other.start)
            && other.entity != helper.entity
        {
            helpedSchools.append(other)
        }
        let cue = (cues.first { helpedClause.contains($0.start) } ?? firstCue)
        return helpedSchools.map { target in
            RelationFact(
                .assists, helper, target, cue: cue.start..<cue.end, in: c, rule: "assist-cue",
                via: via, referentNamed: named)
        }
    }
}
