/// partnersWithSchool: school ↔ school or a foreign body, `与 T … 合作/开设/共建` in one clause,
/// when the pair is not already related by a pathway or assistance.
struct SchoolCooperationRule: RelationRule {
    var readsExisting: Bool { true }

    func facts(in c: SentenceContext, existing: [RelationFact]) -> [RelationFact] {
        var out: [RelationFact] = []
        let paired = respectively(c)
        for target in c.parties {
            let entityIsForeign = c.foreign[target.entity]
            guard target.type.isEducational || (target.type == .other && entityIsForeign) else {
                continue
            }
            guard c.isJoined(target) else { continue }
            let clause = c.clause(around: target.start)
            // The cue in the target's clause, or opening the next (学校联合A与B公司，共建…).
            var limit = clause.upperBound
            if let index = c.clauseIndex(target.start), index + 1 < c.clauses.count {
                let next = c.clauses[index + 1]
                if !c.parties.contains(where: { next.contains($0.start) && !c.isJoined($0) }) {
                    limit = min(next.lowerBound + 4, next.upperBound)
                }
            }
            let cues = RelationCues.occurrences(
                of: RelationCues.schoolCooperationTrie, in: c.s, target.end,
                limit, masked: c.maskedRanges)
            guard let cue = cues.first else { continue }
            // 东方锅炉分别与A和B签约: A and B are both the company's partners, not each other's.
            if c.parties.contains(where: {
                $0.type == .enterprise && $0.end <= target.start && clause.contains($0.start)
            }) {
                continue
            }
            // A、B、C分别与X、Y、Z签订姊妹校协议: the n-th head with the n-th partner.
            let head = paired.first { $0.partner.start == target.start }?.head
            guard
                let found = head.map({ (slot: $0, via: false, named: Range<Int>?.none) })
                    ?? c.subject(joining: target)
            else { continue }
            let subject = found.slot
            let via = found.via
            let named = found.named
            let related = existing.contains {
                ($0.subject == subject.entity && $0.object == target.entity)
                    || ($0.subject == target.entity && $0.object == subject.entity)
            }
            if related { continue }
            out.append(
                RelationFact(
                    .partnersWithSchool, subject, target, cue: cue.start..<cue.end, in: c,
                    rule: "school-cooperation", via: via, referentNamed: named))
        }
        return out
    }

    /// `A、B、C等分别与X、Y、Z…`: heads and partners paired in order, when they are as many.
    private func respectively(_ c: SentenceContext) -> [(head: RelationSlot, partner: RelationSlot)]
    {
        guard c.containsWord(c.start, c.end, "分别") else { return [] }
        let educational = c.parties.filter {
            $0.type.isEducational || ($0.type == .other && c.foreign[$0.entity])
        }
        let partners = educational.filter { c.isJoined($0) }
        guard let first = partners.first else { return [] }
        let heads = educational.filter { $0.end <= first.start && !c.isJoined($0) }
        guard heads.count == partners.count, heads.count > 1 else { return [] }
        return Array(zip(heads, partners))
    }
}
