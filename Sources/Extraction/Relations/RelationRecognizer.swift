/// Finds relations sentence by sentence with cue words and the conventions of the eval README:
/// cooperation verbs between a school and an enterprise, 牵头/发起 and 成员/依托 around an
/// alliance, 贯通 programmes between a school and a college, 帮扶 between schools, and other
/// school-to-school cooperation. Subjects left implicit (学校, 该校, 一是…) are the school the
/// case or paragraph is about. Table rows are never read here.
public struct RelationRecognizer: Sendable {
    public var lexicon: Lexicon

    public init(lexicon: Lexicon = .standard) { self.lexicon = lexicon }

    /// A mention as the rules see it.
    struct Slot {
        var entity: Int
        var type: OrganizationType
        var start: Int
        var end: Int
        var quoted: Bool
    }

    /// Every relation of the document, one per (type, subject, object), at its clearest evidence.
    public func relations(
        in document: Document, layout: DocumentLayout, mentions: [Mention],
        entities: [ResolvedEntity]
    ) -> [RelationFact] {
        let s = document.scalars
        var facts: [RelationFact] = []
        var mentionIndex = 0
        var topic: Int?
        var lastAlliance: [String: Int] = [:]
        let allianceKinds = entities.map { RelationRecognizer.allianceKind($0.name) }
        var currentParagraph = -1
        var paragraphSubject: Int?
        var previousSentenceRange: Range<Int>?
        var aboutTopic = false
        let foreign = entities.map { isForeign($0.name) }
        for sentence in layout.sentences {
            let paragraph = layout.paragraphs[sentence.paragraph]
            if sentence.paragraph != currentParagraph {
                currentParagraph = sentence.paragraph
                paragraphSubject = nil
                previousSentenceRange = nil
                if paragraph.isHeading && !firstWords(s, paragraph.start, ["案例"]) {
                    // A section heading ends the previous case; a caption keeps it.
                    if !firstWords(s, paragraph.start, ["图", "表"]) { topic = nil }
                }
            }
            while mentionIndex < mentions.count && mentions[mentionIndex].start < sentence.start {
                mentionIndex += 1
            }
            var slots: [Slot] = []
            var k = mentionIndex
            while k < mentions.count && mentions[k].start < sentence.end {
                let m = mentions[k]
                if m.entity >= 0 {
                    slots.append(
                        Slot(
                            entity: m.entity, type: entities[m.entity].type, start: m.start,
                            end: m.end,
                            quoted: m.quoted))
                }
                k += 1
            }
            let educational = slots.filter { entities[$0.entity].type.isEducational && !$0.quoted }
            // Topic: a school named at the start of a paragraph (or in a case heading).
            var newTopic: Int?
            if let first = educational.first, first.start - paragraph.start <= 40,
                sentence.start == paragraph.start || paragraph.isHeading,
                RelationCues.occurrences(
                    of: RelationCues.schoolCoreferenceTrie, in: s, sentence.start, first.start
                )
                .isEmpty
            {
                newTopic = first.entity
            }
            defer { if let newTopic { topic = newTopic } }
            if sentence.start == paragraph.start {
                // A paragraph that opens with 学校/该校 or with a school is about the case's school.
                let opener = RelationCues.schoolCoreferenceTrie.longestMatch(
                    in: s, at: paragraph.start)
                aboutTopic =
                    opener != nil
                    || (educational.first.map { $0.start - paragraph.start <= 2 } ?? false)
            }
            let context = SentenceContext(
                s: s, start: sentence.start, end: sentence.end, slots: slots,
                previous: previousSentenceRange,
                subjectFallback: paragraphSubject ?? topic, lastAlliance: lastAlliance,
                foreign: foreign,
                aboutTopic: aboutTopic)
            facts += cooperation(context)
            facts += alliances(context)
            facts += pathways(context)
            facts += assists(context)
            facts += schoolCooperation(context, existing: facts)
            // The paragraph's subject: a school opening a sentence (not a partner named later in it).
            if let first = educational.first, first.start - sentence.start <= 12,
                RelationCues.occurrences(
                    of: RelationCues.schoolCoreferenceTrie, in: s, sentence.start, first.start
                ).isEmpty
            {
                paragraphSubject = first.entity
            }
            for alliance in slots where alliance.type == .alliance {
                if let kind = allianceKinds[alliance.entity] {
                    lastAlliance[kind] = alliance.entity
                }
            }
            previousSentenceRange = sentence.start..<sentence.end
        }
        return RelationRecognizer.deduplicate(facts, entities: entities)
    }

    /// What the rules know about one sentence.
    struct SentenceContext {
        let s: [Unicode.Scalar]
        let start: Int
        let end: Int
        let slots: [Slot]
        let previous: Range<Int>?
        /// The school an implicit subject refers to.
        let subjectFallback: Int?
        /// The alliance last named, by kind (联合体, 联盟, 共同体, 集团).
        let lastAlliance: [String: Int]
        let foreign: [Bool]
        /// The paragraph is about the case's school, so a sentence without subject has it.
        var aboutTopic = false

        var maskedRanges: [Range<Int>] { slots.map { $0.start..<$0.end } }

        /// The coreferring subject word (学校, 该校 …) in the sentence, or an enumerator opening it.
        func implicitSubject(before limit: Int) -> (entity: Int, at: Int)? {
            guard let fallback = subjectFallback else { return nil }
            let words = RelationCues.occurrences(
                of: RelationCues.schoolCoreferenceTrie, in: s, start, min(limit, end),
                masked: maskedRanges)
            for word in words {
                let before = word.start > start ? s[word.start - 1] : "。"
                if ScalarClass.isHan(before) && !"与和及同，".unicodeScalars.contains(before) {
                    continue
                }
                if word.end < s.count && "生长".unicodeScalars.contains(s[word.end]) { continue }
                return (fallback, word.start)
            }
            var i = start
            while i < end && (ScalarClass.isSpace(s[i]) || s[i] == "\n") { i += 1 }
            if RelationCues.enumeratorTrie.hasMatch(in: s, at: i) { return (fallback, i) }
            if aboutTopic { return (fallback, i) }
            return nil
        }

        /// Start and end of the clause around `offset` (between ，：。 …).
        func clause(around offset: Int) -> Range<Int> {
            var a = offset
            while a > start && !RelationCues.endsClause(s[a - 1]) { a -= 1 }
            var b = offset
            while b < end && !RelationCues.endsClause(s[b]) { b += 1 }
            return a..<b
        }
    }

    // MARK: partnersWith

    /// School or college → enterprise, when a cooperation cue shares the enterprise's clause.
    func cooperation(_ c: SentenceContext) -> [RelationFact] {
        guard c.slots.contains(where: { $0.type == .enterprise }) else { return [] }
        var out: [RelationFact] = []
        let cues = RelationCues.occurrences(
            of: RelationCues.cooperationTrie, in: c.s, c.start, c.end,
            masked: c.maskedRanges)
        guard !cues.isEmpty else { return [] }
        let schools = c.slots.filter { $0.type.isEducational && !$0.quoted }
        for enterprise in c.slots where enterprise.type == .enterprise && !enterprise.quoted {
            if isPlatformOrSponsor(c.s, enterprise, c.end) { continue }
            let clause = c.clause(around: enterprise.start)
            guard cues.contains(where: { clause.contains($0.start) }) else { continue }
            var subjects = schools.filter { $0.start < enterprise.start }
            if subjects.count > 3 { subjects = Array(subjects.suffix(1)) }
            if subjects.isEmpty, let after = schools.first(where: { $0.start > enterprise.end }),
                c.clause(around: after.start) == clause
            {
                subjects = [after]
            }
            if subjects.isEmpty {
                if let implicit = c.implicitSubject(before: enterprise.start) {
                    out.append(
                        RelationFact(
                            type: .partnersWith, subject: implicit.entity,
                            object: enterprise.entity,
                            start: min(implicit.at, clause.lowerBound), end: enterprise.end,
                            programme: nil,
                            viaCoreference: true, rule: "cooperation-cue"))
                }
                continue
            }
            // 学校联合 B 学院与 C 公司: the coreferred school partners C too.
            if let implicit = c.implicitSubject(before: subjects[0].start),
                implicit.at < subjects[0].start,
                !subjects.contains(where: { $0.entity == implicit.entity }),
                RelationCues.schoolCoreferenceTrie.hasMatch(in: c.s, at: implicit.at)
            {
                out.append(
                    RelationFact(
                        type: .partnersWith, subject: implicit.entity, object: enterprise.entity,
                        start: implicit.at, end: enterprise.end, programme: nil,
                        viaCoreference: true,
                        rule: "cooperation-cue"))
            }
            for subject in subjects {
                let a = min(subject.start, enterprise.start)
                let b = max(subject.end, enterprise.end)
                out.append(
                    RelationFact(
                        type: .partnersWith, subject: subject.entity, object: enterprise.entity,
                        start: a, end: b,
                        programme: nil, viaCoreference: false, rule: "cooperation-cue"))
            }
        }
        return out
    }

    /// A company named as a sales platform or a competition's sponsor (李锦记杯) is no partner.
    private func isPlatformOrSponsor(_ s: [Unicode.Scalar], _ slot: Slot, _ limit: Int) -> Bool {
        if slot.end < s.count && (s[slot.end] == "杯" || s[slot.end] == "云") { return true }
        var i = slot.end
        var window = ""
        while i < min(limit, slot.end + 10) {
            window.unicodeScalars.append(s[i])
            i += 1
        }
        for word in ["平台", "商城", "直播", "店铺", "旗舰店", "杯"] where window.contains(word) {
            if window.hasPrefix("等") || window.hasPrefix("、") || window.hasPrefix("平台")
                || window.hasPrefix("商城")
                || window.hasPrefix("直播") || window.hasPrefix("杯")
            {
                return true
            }
        }
        return false
    }

    // MARK: leads and memberOf

    /// Organisations → alliance, by 牵头/发起 (leads), 成员/依托/理事 (memberOf) and the
    /// “A 与 B 共建 X” convention.
    func alliances(_ c: SentenceContext) -> [RelationFact] {
        guard c.slots.contains(where: { $0.type == .alliance }) || !c.lastAlliance.isEmpty else {
            return []
        }
        var out: [RelationFact] = []
        let masked = c.maskedRanges
        // 由 X 指导: the alliance is an agent here, not the one joined.
        var allianceSlots = c.slots.filter {
            $0.type == .alliance && !($0.start > c.start && c.s[$0.start - 1] == "由")
        }
        if allianceSlots.isEmpty {
            // 该联合体 refers to the last 联合体 named, 该联盟 to the last 联盟 ….
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
                if let kind = RelationRecognizer.allianceKind(word), let last = c.lastAlliance[kind]
                {
                    allianceSlots = [
                        Slot(
                            entity: last, type: .alliance, start: ref.start, end: ref.end,
                            quoted: false)
                    ]
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
        var members = c.slots.filter {
            $0.type != .alliance && $0.type != .govBody && !$0.quoted
        }
        var via = false
        if members.isEmpty, !leadCues.isEmpty || !memberCues.isEmpty,
            let implicit = c.implicitSubject(before: c.end)
        {
            members = [
                Slot(
                    entity: implicit.entity, type: .school, start: implicit.at,
                    end: implicit.at + 2, quoted: false)
            ]
            via = true
        }
        guard !members.isEmpty else { return [] }
        let respectively = containsWord(c.s, c.start, c.end, "分别")
        // 分别依托 X 和 Y: pair subjects and alliances in order.
        if respectively && members.count == allianceSlots.count && allianceSlots.count > 1 {
            let isLead = !leadCues.isEmpty && memberCues.isEmpty
            for (m, a) in zip(members, allianceSlots) {
                out.append(fact(isLead ? .leads : .memberOf, m, a, via: via, rule: "respectively"))
            }
            return out
        }
        for alliance in allianceSlots {
            // Organisations before the founding verb that precedes the alliance, in its clause.
            let verb = founding.last(where: { $0.end <= alliance.start })
            let verbClause = verb.map { c.clause(around: $0.start) }
            let founders = members.filter { m in
                guard let verb, let verbClause else { return false }
                return m.end <= verb.start && verbClause.contains(m.start)
            }
            // 该校…，与 B 合作成立 X / A…，携 B、C 共建 X: the school the sentence is about (named
            // in an earlier clause, or 学校/该校) founds X with B.
            let withMarker =
                founders.first.map { first in
                    first.start > c.start
                        && RelationRecognizer.withMarkers.contains {
                            OrganizationRecognizer.matches(c.s, at: first.start - $0.count, $0)
                        }
                } ?? false
            let earlierSchool = founders.first.flatMap { first in
                c.slots.first {
                    $0.type.isEducational && !$0.quoted && $0.end <= first.start
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
                let at = earlierSchool?.start ?? implicitLeader?.at ?? c.start
                let leader = Slot(
                    entity: leaderEntity, type: .school, start: at,
                    end: earlierSchool?.end ?? at + 2, quoted: false)
                let viaLeader = earlierSchool == nil
                out.append(fact(.leads, leader, alliance, via: viaLeader, rule: "founding-first"))
                for founder in founders {
                    out.append(
                        fact(.memberOf, founder, alliance, via: via, rule: "founding-partner"))
                    let pair: RelationType? =
                        founder.type == .enterprise
                        ? .partnersWith
                        : (founder.type.isEducational ? .partnersWithSchool : nil)
                    if let pair {
                        out.append(
                            RelationFact(
                                type: pair, subject: leaderEntity, object: founder.entity,
                                start: at, end: founder.end, programme: nil,
                                viaCoreference: viaLeader, rule: "co-founders"))
                    }
                }
                continue
            }
            // Founders named after a 牵头 leader are members (A 牵头，联合 B、C 组建 X).
            let cueLeaders = Set(
                members.filter { m in
                    leadCues.contains { cue in
                        cue.start >= m.end && cue.start - m.end <= 24
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
                let isLeadCue = leadCues.contains { cue in
                    cue.start >= member.end && cue.start - member.end <= 24
                        && memberClause.contains(cue.start)
                }
                if isLeadCue {
                    out.append(fact(.leads, member, alliance, via: via, rule: "lead-cue"))
                } else if founders.first?.entity == member.entity && cueLeaders.isEmpty {
                    out.append(fact(.leads, member, alliance, via: via, rule: "founding-first"))
                } else if founders.contains(where: { $0.entity == member.entity }) {
                    out.append(
                        fact(.memberOf, member, alliance, via: via, rule: "founding-partner"))
                } else if !memberCues.isEmpty {
                    out.append(fact(.memberOf, member, alliance, via: via, rule: "member-cue"))
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
                let start = min(sa.start, sb.start)
                let end = max(sa.end, sb.end)
                let (x, y) = sa.type == .enterprise ? (sb, sa) : (sa, sb)
                if x.type.isEducational && y.type == .enterprise {
                    out.append(
                        RelationFact(
                            type: .partnersWith, subject: x.entity, object: y.entity, start: start,
                            end: end, programme: nil, viaCoreference: via, rule: "co-founders"))
                } else if x.type != .enterprise && y.type != .enterprise {
                    out.append(
                        RelationFact(
                            type: .partnersWithSchool, subject: x.entity, object: y.entity,
                            start: start, end: end, programme: nil, viaCoreference: via,
                            rule: "co-founders"))
                }
            }
        }
        return out
    }

    private func fact(
        _ type: RelationType, _ member: Slot, _ alliance: Slot, via: Bool, rule: String
    ) -> RelationFact {
        RelationFact(
            type: type, subject: member.entity, object: alliance.entity,
            start: min(member.start, alliance.start), end: max(member.end, alliance.end),
            programme: nil, viaCoreference: via, rule: rule)
    }

    // MARK: pathway

    /// School → college when a through-training cue is in the sentence or the one before.
    func pathways(_ c: SentenceContext) -> [RelationFact] {
        guard c.slots.contains(where: { $0.type == .higherEd }) else { return [] }
        let masked = c.maskedRanges
        var cues = RelationCues.occurrences(
            of: RelationCues.pathwayTrie, in: c.s, c.start, c.end, masked: masked)
        var programme = programmeName(c, cues)
        if cues.isEmpty, let previous = c.previous {
            cues = RelationCues.occurrences(
                of: RelationCues.pathwayTrie, in: c.s, previous.lowerBound,
                previous.upperBound)
            programme = programmeName(
                SentenceContext(
                    s: c.s, start: previous.lowerBound, end: previous.upperBound, slots: [],
                    previous: nil, subjectFallback: nil, lastAlliance: [:], foreign: c.foreign,
                    aboutTopic: false), cues)
        }
        guard !cues.isEmpty else { return [] }
        let colleges = c.slots.filter { $0.type == .higherEd && !$0.quoted }
        guard !colleges.isEmpty else { return [] }
        var schools = c.slots.filter { $0.type == .school && !$0.quoted }
        var via = false
        if schools.isEmpty, let implicit = c.implicitSubject(before: colleges[0].start) {
            schools = [
                Slot(
                    entity: implicit.entity, type: .school, start: implicit.at,
                    end: implicit.at + 2, quoted: false)
            ]
            via = true
        }
        var out: [RelationFact] = []
        let sentenceCues = RelationCues.occurrences(
            of: RelationCues.pathwayTrie, in: c.s, c.start, c.end, masked: masked)
        let pairByClause = !via && (schools.count > 1 || colleges.count > 1)
        for school in schools {
            for college in colleges {
                // With several of each, only pairs sharing a clause (A、B和C，D、E和F), and with as many
                // schools as colleges, each school with its nearest college (A与X、B与Y).
                if pairByClause && c.clause(around: school.start) != c.clause(around: college.start)
                {
                    continue
                }
                if pairByClause && schools.count == colleges.count {
                    // The college right after the school (before the next school), else the one before.
                    let nextSchool = schools.first { $0.start > school.start }?.start ?? Int.max
                    let after = colleges.first { $0.start > school.end && $0.start < nextSchool }
                    let before = colleges.last { $0.end <= school.start }
                    if (after ?? before)?.entity != college.entity { continue }
                }
                // The programme named nearest the college (与A开展“3+2”…，与B开展五年一贯制…).
                var named = programme
                if sentenceCues.count > 1 {
                    let nearest =
                        sentenceCues.filter { $0.start >= college.end }.first
                        ?? sentenceCues.min {
                            abs($0.start - college.end) < abs($1.start - college.end)
                        }
                    if let nearest { named = programmeName(c, [nearest]) ?? programme }
                }
                out.append(
                    RelationFact(
                        type: .pathway, subject: school.entity, object: college.entity,
                        start: min(school.start, college.start), end: max(school.end, college.end),
                        programme: named, viaCoreference: via, rule: "pathway-cue"))
            }
        }
        return out
    }

    /// The quoted programme around the first cue (“3+4”七年一体化中本贯通培养改革试点), or the cue.
    private func programmeName(_ c: SentenceContext, _ cues: [(start: Int, end: Int)]) -> String? {
        guard let cue = cues.first else { return nil }
        // Start at an opening quote shortly before the cue (“3+4”七年一体化…), else at the cue
        // with its numerals (五年一贯制).
        var a = cue.start
        var q = cue.start
        while q > c.start && !RelationCues.endsClause(c.s[q - 1]) && cue.start - q < 12
            && !ScalarClass.isOpenQuote(c.s[q - 1])
        {
            q -= 1
        }
        if q > c.start && ScalarClass.isOpenQuote(c.s[q - 1]) {
            a = q - 1
        } else {
            while a > c.start && "一二三四五六七八九十年制”".unicodeScalars.contains(c.s[a - 1]) { a -= 1 }
        }
        var b = cue.end
        while b < c.end && !RelationCues.endsClause(c.s[b])
            && !"的与和，".unicodeScalars.contains(c.s[b]) && b - cue.end < 12
        {
            b += 1
        }
        var text = String(String.UnicodeScalarView(c.s[a..<b]))
        text = OrganizationRecognizer.visibleText(text)
        return text.isEmpty ? nil : text
    }

    // MARK: assists

    /// Helper school → helped school (帮扶, 结对, 对口支援), in text order.
    func assists(_ c: SentenceContext) -> [RelationFact] {
        guard c.slots.contains(where: { $0.type.isEducational }) else { return [] }
        let cues = RelationCues.occurrences(
            of: RelationCues.assistTrie, in: c.s, c.start, c.end, masked: c.maskedRanges)
        guard !cues.isEmpty else { return [] }
        var schools = c.slots.filter { $0.type.isEducational && !$0.quoted }
        var via = false
        if schools.count == 1, let implicit = c.implicitSubject(before: schools[0].start),
            implicit.entity != schools[0].entity
        {
            schools.insert(
                Slot(
                    entity: implicit.entity, type: .school, start: implicit.at,
                    end: implicit.at + 2,
                    quoted: false), at: 0)
            via = true
        }
        guard schools.count >= 2 else { return [] }
        var (helper, helped) = (schools[0], schools[1])
        // 促进/帮助/接受… before the first school, or 受 … 帮扶 after it: that school is the one helped.
        let before = String(
            String.UnicodeScalarView(c.s[max(c.start, helper.start - 3)..<helper.start]))
        if ["促进", "帮助", "帮扶", "支援", "援助", "接受", "受", "助力", "对口"].contains(where: {
            before.hasSuffix($0)
        })
            || containsWord(c.s, helped.end, min(c.end, helped.end + 4), "的帮扶")
            || containsWord(c.s, helper.end, helped.start, "接受")
            || containsWord(c.s, helper.end, helped.start, "受到")
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
        return helpedSchools.map { target in
            RelationFact(
                type: .assists, subject: helper.entity, object: target.entity,
                start: min(helper.start, target.start), end: max(helper.end, target.end),
                programme: nil, viaCoreference: via, rule: "assist-cue")
        }
    }

    // MARK: partnersWithSchool

    /// School ↔ school or foreign body: “与 T … 合作/开设/共建” in one clause.
    func schoolCooperation(_ c: SentenceContext, existing: [RelationFact]) -> [RelationFact] {
        var out: [RelationFact] = []
        for target in c.slots where !target.quoted {
            let entityIsForeign = c.foreign[target.entity]
            guard target.type.isEducational || (target.type == .other && entityIsForeign) else {
                continue
            }
            guard target.start > c.start, "与同和".unicodeScalars.contains(c.s[target.start - 1])
            else { continue }
            let clause = c.clause(around: target.start)
            let cues = RelationCues.occurrences(
                of: RelationCues.schoolCooperationTrie, in: c.s, target.end,
                clause.upperBound, masked: c.maskedRanges)
            guard !cues.isEmpty else { continue }
            var subject = c.slots.last {
                $0.end < target.start && $0.type.isEducational && !$0.quoted
                    && $0.entity != target.entity
            }
            var via = false
            if subject == nil, let implicit = c.implicitSubject(before: target.start),
                implicit.entity != target.entity
            {
                subject = Slot(
                    entity: implicit.entity, type: .school, start: implicit.at,
                    end: implicit.at + 2, quoted: false)
                via = true
            }
            guard let subject else { continue }
            // Pairs already related as pathway or assistance are not also plain cooperation.
            let related = existing.contains {
                ($0.subject == subject.entity && $0.object == target.entity)
                    || ($0.subject == target.entity && $0.object == subject.entity)
            }
            if related { continue }
            if subject.type == .school && target.type == .higherEd && !entityIsForeign { continue }
            out.append(
                RelationFact(
                    type: .partnersWithSchool, subject: subject.entity, object: target.entity,
                    start: subject.start, end: cues[0].end, programme: nil, viaCoreference: via,
                    rule: "school-cooperation"))
        }
        return out
    }

    // MARK: helpers

    private func firstWords(_ s: [Unicode.Scalar], _ start: Int, _ words: [String]) -> Bool {
        for word in words {
            let w = Array(word.unicodeScalars)
            if start + w.count <= s.count && Array(s[start..<start + w.count]) == w { return true }
        }
        return false
    }

    private func containsWord(_ s: [Unicode.Scalar], _ start: Int, _ end: Int, _ word: String)
        -> Bool
    {
        let w = Array(word.unicodeScalars)
        guard end - start >= w.count, start >= 0 else { return false }
        var i = start
        while i + w.count <= end {
            if s[i] == w[0] && Array(s[i..<i + w.count]) == w { return true }
            i += 1
        }
        return false
    }

    /// Words before a partner that make it the one joined (与 B, 携 B, 联合 B).
    static let withMarkers: [[Unicode.Scalar]] = ["与", "和", "同", "携", "携手", "联合", "牵手"].map {
        Array($0.unicodeScalars)
    }

    /// The kind word an alliance name ends with (联合体, 联盟, 共同体, 集团, 学院).
    static func allianceKind(_ name: String) -> String? {
        for kind in ["联合体", "联盟", "共同体", "集团", "学院"] where name.hasSuffix(kind) { return kind }
        return nil
    }

    /// True when the name starts with a country (德国…, 澳大利亚…).
    func isForeign(_ name: String) -> Bool {
        let s = Array(name.unicodeScalars)
        guard let hit = lexicon.regionTrie.longestMatch(in: s, at: 0) else { return false }
        return lexicon.regions[hit.value].level == .country
    }

    /// One fact per (type, subject, object): explicit before coreference, then the shortest evidence.
    static func deduplicate(_ facts: [RelationFact], entities: [ResolvedEntity]) -> [RelationFact] {
        var best: [String: RelationFact] = [:]
        var order: [String] = []
        for var fact in facts where fact.subject != fact.object {
            if fact.type.isSymmetric && entities[fact.subject].name > entities[fact.object].name {
                swap(&fact.subject, &fact.object)
            }
            let key = "\(fact.type.rawValue)|\(fact.subject)|\(fact.object)"
            if let current = best[key] {
                let better =
                    (current.viaCoreference && !fact.viaCoreference)
                    || (current.viaCoreference == fact.viaCoreference
                        && (fact.end - fact.start) < (current.end - current.start))
                if better { best[key] = fact }
            } else {
                best[key] = fact
                order.append(key)
            }
        }
        var facts = order.compactMap { best[$0] }
        // A pair related by pathway or assistance is not also plain school cooperation.
        let closer = Set(
            facts.filter { $0.type == .pathway || $0.type == .assists }.flatMap {
                ["\($0.subject)|\($0.object)", "\($0.object)|\($0.subject)"]
            })
        facts.removeAll {
            $0.type == .partnersWithSchool && closer.contains("\($0.subject)|\($0.object)")
        }
        return facts
    }
}
