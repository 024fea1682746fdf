/// leads and memberOf in prose: 牵头/发起 (leads), 成员/依托/加入 (memberOf), and the founding
/// convention `A 携手 B 共建 X` (A leads X, B is a member, A and B cooperate). One rule for both
/// types because one founding sentence states both: which founder leads depends on the others.
///
/// The alliance may be named, or referred to by its kind (该联合体, 产业学院由…牵头) as the
/// last one of that kind. Hosts, venues and guests are never members.
struct AllianceRule: RelationRule {
    func facts(in c: SentenceContext, existing: [RelationFact]) -> [RelationFact] {
        guard c.slots.contains(where: { $0.type == .alliance }) || !c.lastAlliance.isEmpty else {
            return []
        }
        var out: [RelationFact] = []
        let masked = c.maskedRanges
        // 由 X 指导: the alliance is an agent here, not the one joined.
        var allianceSlots = c.slots.filter {
            $0.type == .alliance && !$0.presentOnly
                && !($0.start > c.start && c.s[$0.start - 1] == "由")
        }
        var allianceVia: Range<Int>?
        if allianceSlots.isEmpty {
            let refs = RelationCues.occurrences(
                of: RelationCues.allianceCoreferenceTrie, in: c.s, c.start, c.end,
                masked: masked)
            // A bare 联合体 refers back only where it is not the end of a longer phrase (市域产教联合体).
            let usable = refs.filter { ref in
                c.s[ref.start] == "该" || ref.start == c.start
                    || !ScalarClass.isHan(c.s[ref.start - 1])
                    || "为与和及的入在由本".unicodeScalars.contains(c.s[ref.start - 1])
            }
            if let ref = usable.first {
                let word = String(String.UnicodeScalarView(c.s[ref.start..<ref.end]))
                if let kind = AllianceRule.kind(word), let last = c.lastAlliance[kind] {
                    allianceSlots = [
                        .reference(last.entity, word: ref.start..<ref.end, type: .alliance)
                    ]
                    allianceVia = last.named
                }
            }
        }
        guard !allianceSlots.isEmpty else { return [] }
        let leadCues = RelationCues.occurrences(
            of: RelationCues.leadTrie, in: c.s, c.start, c.end, masked: masked
        )
        .filter { !($0.start > c.start && c.s[$0.start - 1] == "副") }
        let memberCues = RelationCues.occurrences(
            of: RelationCues.memberTrie, in: c.s, c.start, c.end, masked: masked)
        let founding = RelationCues.occurrences(
            of: RelationCues.foundingTrie, in: c.s, c.start, c.end, masked: masked)
        var members = c.parties.filter { $0.type != .alliance && $0.type != .govBody }
        // 由浑南高新区管委会、A 和 B 共同牵头: a government body leads when a lead cue follows it.
        members += c.parties.filter { slot in
            slot.type == .govBody
                && leadCues.contains { cue in
                    cue.start >= slot.end && cue.start - slot.end <= 40
                        && c.clause(around: slot.start).contains(cue.start)
                }
        }
        members.sort { $0.start < $1.start }
        var via = false
        var named: Range<Int>?
        if members.isEmpty, !leadCues.isEmpty || !memberCues.isEmpty,
            let implicit = c.implicitSubject(before: c.end)
        {
            members = [.reference(implicit.entity, word: implicit.word)]
            via = true
            named = implicit.named
        }
        guard !members.isEmpty else { return [] }
        func fact(
            _ type: RelationType, _ m: RelationSlot, _ a: RelationSlot,
            cue: (start: Int, end: Int)?, rule: String
        ) -> RelationFact {
            RelationFact(
                type, m, a, cue: cue.map { $0.start..<$0.end }, in: c, rule: rule, via: via,
                referentNamed: named ?? allianceVia)
        }
        // 学校牵头的X / 学校依托X / 该校还加入了X: the text's school leads or joins, whoever
        // else the sentence names.
        if let fallback = c.subjectFallback {
            let refs = RelationCues.occurrences(
                of: RelationCues.schoolCoreferenceTrie, in: c.s, c.start, c.end, masked: masked)
            for ref in refs {
                let near = { (cue: (start: Int, end: Int)) in
                    cue.start >= ref.end && cue.start - ref.end <= 2
                }
                let lead = leadCues.first(where: near)
                guard let cue = lead ?? memberCues.first(where: near),
                    let alliance = allianceSlots.first(where: { $0.start > cue.end })
                else { continue }
                out.append(
                    RelationFact(
                        lead != nil ? .leads : .memberOf,
                        .reference(fallback.entity, word: ref.start..<ref.end), alliance,
                        cue: cue.start..<cue.end, in: c,
                        rule: lead != nil ? "lead-cue" : "member-cue",
                        via: true, referentNamed: fallback.named))
            }
        }
        let respectively = c.containsWord(c.start, c.end, "分别")
        // 分别依托 X 和 Y: pair subjects and alliances in order.
        if respectively && members.count == allianceSlots.count && allianceSlots.count > 1 {
            let isLead = !leadCues.isEmpty && memberCues.isEmpty
            for (m, a) in zip(members, allianceSlots) {
                out.append(
                    fact(
                        isLead ? .leads : .memberOf, m, a,
                        cue: (isLead ? leadCues : memberCues).first, rule: "respectively"))
            }
            return out
        }
        for alliance in allianceSlots {
            // Organisations before the founding verb that precedes the alliance, in its clause.
            let verb = founding.last(where: { $0.end <= alliance.start })
            let verbClause = verb.map { c.clause(around: $0.start) }
            // A government body joined to a founder founds too (A联合市住建局、市人社局成立X).
            let joinedBodies = c.parties.filter { $0.type == .govBody && c.isJoined($0) }
            let founders = (members + joinedBodies).filter { m in
                guard let verb, let verbClause else { return false }
                return m.end <= verb.start && verbClause.contains(m.start)
                    && (m.type != .govBody || joinedBodies.contains { $0.start == m.start })
            }.sorted { $0.start < $1.start }
            // 该校…，与 B 合作成立 X / A…，携 B、C 共建 X: the school the sentence is about (named
            // in an earlier clause, or 学校/该校) founds X with B.
            let withMarker =
                founders.first.map { first in
                    first.start > c.start
                        && RelationCues.withMarkers.contains {
                            OrganizationRecognizer.matches(c.s, at: first.start - $0.count, $0)
                        }
                } ?? false
            let earlierSchool = founders.first.flatMap { first in
                c.parties.first {
                    $0.type.isEducational && $0.end <= first.start
                        && c.clause(around: $0.start) != c.clause(around: first.start)
                        && !founders.map(\.entity).contains($0.entity)
                }
            }
            let implicitLeader =
                earlierSchool == nil
                ? founders.first.flatMap { c.implicitSubject(before: $0.start) } : nil
            if withMarker, let leaderEntity = earlierSchool?.entity ?? implicitLeader?.entity,
                !founders.contains(where: { $0.entity == leaderEntity })
            {
                let leader =
                    earlierSchool
                    ?? RelationSlot.reference(
                        leaderEntity, word: implicitLeader?.word ?? c.start..<c.start)
                let viaLeader = earlierSchool == nil
                out.append(
                    RelationFact(
                        .leads, leader, alliance, cue: verb.map { $0.start..<$0.end }, in: c,
                        rule: "founding-first", via: viaLeader, referentNamed: implicitLeader?.named
                    ))
                for founder in founders {
                    out.append(
                        fact(.memberOf, founder, alliance, cue: verb, rule: "founding-partner"))
                    let pair: RelationType? =
                        founder.type == .enterprise
                        ? .partnersWith
                        : (founder.type.isEducational ? .partnersWithSchool : nil)
                    if let pair {
                        out.append(
                            RelationFact(
                                pair, leader, founder, cue: verb.map { $0.start..<$0.end }, in: c,
                                rule: "co-founders", via: viaLeader,
                                referentNamed: implicitLeader?.named))
                    }
                }
                continue
            }
            // Founders named after a 牵头 leader are members (A 牵头，联合 B、C 组建 X).
            let cueLeaders = Set(
                members.filter { m in
                    leadCues.contains { cue in
                        cue.start >= m.end && cue.start - m.end <= 40
                            && c.clause(around: m.start).contains(cue.start)
                    }
                }.map(\.entity))
            for member in members {
                if member.entity == alliance.entity { continue }
                // With several alliances, the one nearest a membership or leadership cue.
                let cuePositions = (memberCues + leadCues).map(\.start) + [member.start]
                let nearestAlliance = allianceSlots.min { a, b in
                    let da = cuePositions.map { abs(a.start - $0) }.min() ?? 0
                    let db = cuePositions.map { abs(b.start - $0) }.min() ?? 0
                    return da < db
                }
                if allianceSlots.count > 1, members.count > 1,
                    nearestAlliance?.entity != alliance.entity
                {
                    continue
                }
                // A lead cue after the member in its clause (由 A 和 B 共同牵头, A 发起 X).
                let memberClause = c.clause(around: member.start)
                let leadCue = leadCues.first { cue in
                    cue.start >= member.end && cue.start - member.end <= 40
                        && memberClause.contains(cue.start)
                }
                if let leadCue {
                    out.append(fact(.leads, member, alliance, cue: leadCue, rule: "lead-cue"))
                } else if member.type == .govBody {
                    continue
                } else if founders.first?.entity == member.entity && cueLeaders.isEmpty {
                    out.append(fact(.leads, member, alliance, cue: verb, rule: "founding-first"))
                } else if founders.contains(where: { $0.entity == member.entity }) {
                    out.append(
                        fact(.memberOf, member, alliance, cue: verb, rule: "founding-partner"))
                } else if let cue = memberCues.first(where: { cue in
                    // A加入X / A依托X: the member before the cue in its clause; 成员包括A、B:
                    // the members listed after it.
                    (memberClause.contains(cue.start) && member.end <= cue.start)
                        || (cue.end <= member.start
                            && (RelationCues.listOpenTrie.hasMatch(in: c.s, at: cue.end)
                                || c.s[cue.end] == "："))
                }) {
                    out.append(fact(.memberOf, member, alliance, cue: cue, rule: "member-cue"))
                }
            }
        }
        // Co-founders and co-leaders cooperate with each other (not when 分别 pairs them off).
        let leaders =
            respectively ? [] : out.filter { $0.type == .leads || $0.rule == "founding-partner" }
        for (i, a) in leaders.enumerated() {
            for b in leaders[(i + 1)...]
            where a.object == b.object && a.subject != b.subject
                && (a.type == .leads || b.type == .leads)
            {
                guard let sa = members.first(where: { $0.entity == a.subject }),
                    let sb = members.first(where: { $0.entity == b.subject })
                else { continue }
                let (x, y) = sa.type == .enterprise ? (sb, sa) : (sa, sb)
                let cue = a.cue ?? b.cue
                if x.type.isEducational && y.type == .enterprise {
                    out.append(
                        RelationFact(
                            .partnersWith, x, y, cue: cue, in: c, rule: "co-founders", via: via,
                            referentNamed: named))
                } else if x.type.isEducational && y.type.isEducational {
                    out.append(
                        RelationFact(
                            .partnersWithSchool, x, y, cue: cue, in: c, rule: "co-founders",
                            via: via, referentNamed: named))
                }
            }
        }
        return out
    }

    /// The kind word an alliance name ends with (联合体, 联盟, 共同体, 集团, 学院).
    static func kind(_ name: String) -> String? {
        for kind in ["联合体", "联盟", "共同体", "集团", "学院"] where name.hasSuffix(kind) { return kind }
        return nil
    }
}
