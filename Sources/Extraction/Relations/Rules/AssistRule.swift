/// assists: helper school → helped school (帮扶, 结对, 对口支援, 援疆, 东西部协作).
///
/// Who helps whom comes from the sentence's shape: `A、B与C结对帮扶` (the heads help the one
/// joined), `A与B、C与D分别签订结对帮扶协议` (two pairs), `学院对口帮扶X和Y` (the parties after
/// the cue are helped), else text order; words such as `接受A的帮扶` or `助力B` turn it round.
/// A 中职 school does not help a college: such a pair is no assistance.
struct AssistRule: RelationRule {
    func facts(in c: SentenceContext, existing: [RelationFact]) -> [RelationFact] {
        let schools = c.parties.filter { $0.type.isEducational }
        guard !schools.isEmpty else { return [] }
        let cues = RelationCues.occurrences(
            of: RelationCues.assistTrie, in: c.s, c.start, c.end, masked: c.maskedRanges)
        guard let firstCue = cues.first else { return [] }
        var pairs: [(helper: RelationSlot, helped: RelationSlot, via: Bool, named: Range<Int>?)] =
            []
        // Pairs joined by 与/和/同: the heads before each joined party in its clause.
        let joined = schools.filter { c.isJoined($0) }
        var previousEnd = c.start
        for target in joined {
            let clause = c.clause(around: target.start)
            // 对口帮扶A和B: parties after the cue are both helped, not a pair.
            let cueBefore = cues.first { clause.contains($0.start) && $0.end <= target.start }
            let heads = schools.filter { head in
                head.end <= target.start && head.start >= max(previousEnd, clause.lowerBound)
                    && !c.isJoined(head) && !(cueBefore.map { $0.end <= head.start } ?? false)
            }
            if cueBefore != nil && heads.isEmpty {
                previousEnd = target.end
                continue
            }
            if heads.isEmpty {
                if let implicit = c.subject(joining: target), implicit.via {
                    pairs.append((implicit.slot, target, true, implicit.named))
                }
            } else {
                pairs += heads.map { ($0, target, false, nil) }
            }
            previousEnd = target.end
        }
        if pairs.isEmpty {
            // 对口帮扶X和Y / 组团式帮扶Z: the parties after the cue are helped.
            let after = schools.filter { $0.start >= firstCue.end }
            let before = schools.filter { $0.end <= firstCue.start }
            if !after.isEmpty {
                if before.isEmpty {
                    if let implicit = c.implicitSubject(before: firstCue.start) {
                        let slot = RelationSlot.reference(
                            implicit.entity, word: implicit.word,
                            type: c.slotType(implicit.entity) ?? .school)
                        pairs += after.map { (slot, $0, true, implicit.named) }
                    }
                } else {
                    pairs += after.flatMap { helped in before.map { ($0, helped, false, nil) } }
                }
            } else if before.count >= 2 {
                pairs += before.dropFirst().map { (before[0], $0, false, nil) }
            } else if let only = before.first,
                let implicit = c.implicitSubject(before: firstCue.start),
                implicit.entity != only.entity
            {
                // In text order: 福建船政交通职业学院与我校签订对口帮扶协议 — the college helps.
                let slot = RelationSlot.reference(
                    implicit.entity, word: implicit.word,
                    type: c.slotType(implicit.entity) ?? .school)
                if implicit.word.lowerBound > only.start && !implicit.word.isEmpty {
                    pairs.append((only, slot, true, implicit.named))
                } else {
                    pairs.append((slot, only, true, implicit.named))
                }
            }
        }
        var out: [RelationFact] = []
        for pair in pairs {
            var (helper, helped) = (pair.helper, pair.helped)
            if isTurnedRound(c, helper, helped) { swap(&helper, &helped) }
            guard helper.entity != helped.entity else { continue }
            if helper.type == .school && helped.type == .higherEd { continue }
            let clause = c.clause(around: helped.start)
            let cue = cues.first { clause.contains($0.start) } ?? firstCue
            out.append(
                RelationFact(
                    .assists, helper, helped, cue: cue.start..<cue.end, in: c, rule: "assist-cue",
                    via: pair.via, referentNamed: pair.named))
        }
        return out
    }

    /// `促进B发展`, `接受A的帮扶`, `受到A支援`: the first school is the one helped.
    private func isTurnedRound(_ c: SentenceContext, _ helper: RelationSlot, _ helped: RelationSlot)
        -> Bool
    {
        let (first, second) = helper.start < helped.start ? (helper, helped) : (helped, helper)
        let before = String(
            String.UnicodeScalarView(c.s[max(c.start, first.start - 3)..<first.start]))
        let turned =
            RelationCues.helpedBefore.contains(where: { before.hasSuffix($0) })
            || c.containsWord(second.end, min(c.end, second.end + 4), "的帮扶")
            || c.containsWord(first.end, second.start, "接受")
            || c.containsWord(first.end, second.start, "受到")
        // Turned round only when the first in text order was taken as the helper.
        return turned && first.entity == helper.entity
    }
}
