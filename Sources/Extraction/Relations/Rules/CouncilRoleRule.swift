/// leads and memberOf from council roles in prose: `新松为理事长单位，A、B为副理事长单位；成员
/// 单位包括C、D等38家单位`, `新吸纳E、F为成员单位`, `理事长单位：G`. 理事长/主席/会长单位 lead;
/// 副理事长, 理事, 常务理事 and 成员单位 are members.
///
/// The alliance is the one the sentence names, else the one the text is about: a council is
/// elected at the founding meeting of the alliance named just before.
struct CouncilRoleRule: RelationRule {
    func facts(in c: SentenceContext, existing: [RelationFact]) -> [RelationFact] {
        let cues = councilCues(c)
        guard !cues.isEmpty else { return [] }
        let named = c.parties.filter { $0.type == .alliance }
        var alliance: RelationSlot
        var allianceNamed: Range<Int>?
        if let first = named.first {
            alliance = first
        } else if let current = c.currentAlliance {
            alliance = .reference(current.entity, word: cues[0].range, type: .alliance)
            allianceNamed = current.named
        } else {
            return []
        }
        // A council role outranks presence: 理事长单位X主持会议 is still the leader.
        let parties = c.slots.filter { $0.type != .alliance && !$0.quoted }
        var out: [RelationFact] = []
        for (index, cue) in cues.enumerated() {
            let type: RelationType = cue.leads ? .leads : .memberOf
            let clause = c.clause(around: cue.range.lowerBound)
            // Names before the role in its clause, after any admitting verb (新吸纳A、B为成员单位).
            var members = parties.filter {
                clause.contains($0.start) && $0.end <= cue.range.lowerBound
            }
            if let admit = RelationCues.occurrences(
                of: RelationCues.admitTrie, in: c.s, clause.lowerBound, cue.range.lowerBound,
                masked: c.maskedRanges
            ).last {
                members = members.filter { $0.start >= admit.end }
            }
            let beforeIsList =
                members.last.map { isCopula(c.s, $0.end, cue.range.lowerBound) } ?? false
            if !beforeIsList {
                // Names after the role: `理事长单位：A`, `成员单位包括A、B、C等`, up to the next role.
                let limit = index + 1 < cues.count ? cues[index + 1].range.lowerBound : c.end
                let opensList = opensList(c.s, cue.range.upperBound, limit)
                let end = opensList ? limit : min(limit, clause.upperBound)
                members = parties.filter { $0.start >= cue.range.upperBound && $0.end <= end }
                if !opensList {
                    // 理事长单位广西玉柴机器集团有限公司主持会议: only the name right after it.
                    members = members.filter { $0.start == cue.range.upperBound }
                }
            }
            for member in members where member.entity != alliance.entity {
                var fact = RelationFact(
                    type, member, alliance, cue: cue.range, in: c, rule: "council-role",
                    via: allianceNamed != nil, referentNamed: allianceNamed,
                    confidence: .high)
                // The evidence is the member's part of the list, not the whole council; an
                // alliance named elsewhere in the sentence is the second span.
                let span = c.evidence([member.range, cue.range])
                fact.start = span.lowerBound
                fact.end = span.upperBound
                if allianceNamed == nil && !span.contains(alliance.start) {
                    fact.referentNamed = alliance.range
                }
                out.append(fact)
            }
        }
        return out
    }

    /// The council roles of the sentence, in order.
    private func councilCues(_ c: SentenceContext) -> [(range: Range<Int>, leads: Bool)] {
        var out: [(Range<Int>, Bool)] = []
        var i = c.start
        while i < c.end {
            if let hit = RelationCues.councilTrie.longestMatch(in: c.s, at: i),
                i + hit.length <= c.end, !c.maskedRanges.contains(where: { $0.contains(i) })
            {
                out.append((i..<(i + hit.length), hit.value == 0))
                i += hit.length
                continue
            }
            i += 1
        }
        return out
    }

    /// `A为理事长单位`, `A、B担任副理事长单位`: only a copula between the last name and the role.
    private func isCopula(_ s: [Unicode.Scalar], _ from: Int, _ to: Int) -> Bool {
        let between = String(String.UnicodeScalarView(s[from..<to]))
            .filter { !$0.isWhitespace }
        // The list may end in a name the recogniser did not take, or a short form in brackets
        // (…有限公司（以下简称大疆）及香港生产力促进局为新成员): the clause bounds it.
        return RelationCues.copulas.contains {
            between == $0 || (between.hasSuffix($0) && between.count <= 24)
        }
    }

    /// A role followed by ：, 为, 包括 or 有 lists its members after it.
    private func opensList(_ s: [Unicode.Scalar], _ at: Int, _ limit: Int) -> Bool {
        guard at < limit else { return false }
        if s[at] == "：" || s[at] == ":" { return true }
        // 副理事长单位还包括…, 成员单位则有…: one adverb before the list word.
        if RelationCues.listOpenTrie.hasMatch(in: s, at: at) { return true }
        return at + 1 < limit && "还也则另".unicodeScalars.contains(s[at])
            && RelationCues.listOpenTrie.hasMatch(in: s, at: at + 1)
    }
}
