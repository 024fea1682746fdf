/// pathway: a 中职 school → the college that teaches the 高职 stage, when a through-training
/// cue (贯通, 3+2, 五年一贯制, 中本) is in the sentence or the one before.
///
/// With several schools and colleges, only pairs that share a clause (`A与X开展3+2，B与Y开展…`);
/// a college only present (a guest university whose expert spoke) is never the partner.
struct PathwayRule: RelationRule {
    func facts(in c: SentenceContext, existing: [RelationFact]) -> [RelationFact] {
        // A college abroad may be typed Other (意大利马兰戈尼（深圳）): a 中外贯通 partner all the same.
        var colleges = c.parties.filter {
            $0.type == .higherEd || ($0.type == .other && c.foreign[$0.entity])
        }
        var schools = c.parties.filter { $0.type == .school }
        guard !colleges.isEmpty || !schools.isEmpty else { return [] }
        let masked = c.maskedRanges
        let sentenceCues = RelationCues.occurrences(
            of: RelationCues.pathwayTrie, in: c.s, c.start, c.end, masked: masked)
        var cues = sentenceCues
        var programme = Self.programmeName(c.s, c.start, c.end, cues)
        if cues.isEmpty, let previous = c.previous {
            cues = RelationCues.occurrences(
                of: RelationCues.pathwayTrie, in: c.s, previous.lowerBound, previous.upperBound)
            programme = Self.programmeName(c.s, previous.lowerBound, previous.upperBound, cues)
        }
        guard let firstCue = cues.first else { return [] }
        var via = false
        var named: Range<Int>?
        // 学院…生源主要来自A、B等合作中职学校: the college is the text's, named by 学院.
        if colleges.isEmpty, !schools.isEmpty,
            let implicit = c.implicitSubject(before: schools[0].start),
            c.slotType(implicit.entity) == .higherEd
        {
            colleges = [.reference(implicit.entity, word: implicit.word, type: .higherEd)]
            via = true
            named = implicit.named
        }
        // 两校「2+3」中高职贯通培养项目正式启动: the school and the college named before.
        if colleges.isEmpty, schools.isEmpty, c.containsWord(c.start, c.end, "两校"),
            let both = c.lastSchools, let firstCue = sentenceCues.first
        {
            let pair = [both.0, both.1]
            if let school = pair.first(where: { c.slotType($0.entity) == .school }),
                let college = pair.first(where: { c.slotType($0.entity) == .higherEd })
            {
                let word =
                    RelationCues.occurrences(
                        of: RelationCues.schoolCoreferenceTrie, in: c.s, c.start, c.end
                    ).first.map { $0.start..<$0.end } ?? c.start..<c.start
                var fact = RelationFact(
                    .pathway, .reference(school.entity, word: word),
                    .reference(college.entity, word: word, type: .higherEd),
                    cue: firstCue.start..<firstCue.end, in: c, rule: "both-schools", via: true,
                    referentNamed: min(
                        school.named.lowerBound, college.named.lowerBound)..<max(
                            school.named.upperBound, college.named.upperBound),
                    confidence: .medium, programme: programme)
                fact.viaCoreference = true
                return [fact]
            }
        }
        guard !colleges.isEmpty else { return [] }
        if schools.isEmpty, let implicit = c.implicitSubject(before: colleges[0].start),
            c.slotType(implicit.entity) == .school
        {
            schools = [.reference(implicit.entity, word: implicit.word)]
            via = true
            named = implicit.named
        }
        guard !schools.isEmpty else { return [] }
        // A college joined by 与 pairs with its clause chain's subject (学校与X开展3+2，并与Y
        // 举办技能节: X only, and only the school); a college that heads the sentence pairs with
        // the schools joined to it.
        var pairs: [(school: RelationSlot, college: RelationSlot, via: Bool, named: Range<Int>?)] =
            []
        let pairByClause =
            !via
            && (Set(schools.map(\.entity)).count > 1 || Set(colleges.map(\.entity)).count > 1)
        for college in colleges {
            if !via, c.isJoined(college) {
                if let subject = c.subject(joining: college) {
                    if subject.slot.type == .school
                        || (subject.via && c.slotType(subject.slot.entity) == .school)
                    {
                        pairs.append((subject.slot, college, subject.via, subject.named))
                    }
                    continue
                }
            }
            let joined = schools.filter { $0.start > college.end && c.isJoined($0) }
            if !via, !joined.isEmpty {
                pairs += joined.map { ($0, college, false, nil) }
                continue
            }
            for school in schools {
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
                pairs.append((school, college, via, named))
            }
        }
        var out: [RelationFact] = []
        for (school, college, via, named) in pairs {
            // The cue must be in the college's clause or the next one (与X签订协议，开展3+2贯通):
            // a college of another clause (并与Y共建实训基地) is no pathway partner.
            // With the cue in the sentence before (…开展“3+2”贯通培养。学生在A完成…升入B), the
            // quote starts at the cue's clause.
            var cue: (start: Int, end: Int)? = firstCue
            var named2 = programme
            if !sentenceCues.isEmpty {
                guard let index = c.clauseIndex(college.start) else { continue }
                let near = sentenceCues.filter {
                    guard let k = c.clauseIndex($0.start) else { return false }
                    // …中本贯通培养改革试点，分别是X与A合作 / 打造“2.5+0.5”中外贯通项目：与X合作.
                    return k == index || k == index + 1
                        || (k + 1 == index && !opensNewPredicate(c, index))
                        || (college.start < school.start && k == c.clauseIndex(school.start))
                }
                guard let nearest = near.first else { continue }
                cue = nearest
                named2 = Self.programmeName(c.s, c.start, c.end, [nearest]) ?? programme
            }
            var fact = RelationFact(
                .pathway, school, college, cue: cue.map { $0.start..<$0.end }, in: c,
                rule: sentenceCues.isEmpty ? "pathway-previous-sentence" : "pathway-cue",
                via: via, referentNamed: named,
                confidence: sentenceCues.isEmpty ? .medium : nil, programme: named2)
            if sentenceCues.isEmpty, let cue, let previous = c.previous {
                var a = cue.start
                while a > previous.lowerBound && !RelationCues.endsClause(c.s[a - 1]) { a -= 1 }
                fact.start = min(fact.start, a)
            }
            out.append(fact)
        }
        return out
    }

    /// True when clause `index` opens with 并, 还, 同时 …: a predicate of its own (`…开展“3+4”中本
    /// 贯通培养，并与晋中学院共建教师发展基地`), which the clause before does not describe.
    private func opensNewPredicate(_ c: SentenceContext, _ index: Int) -> Bool {
        var i = c.clauses[index].lowerBound
        while i < c.clauses[index].upperBound && ScalarClass.isSpace(c.s[i]) { i += 1 }
        return RelationCues.coordinatorTrie.hasMatch(in: c.s, at: i)
    }

    /// The quoted programme around the first cue (“3+4”七年一体化中本贯通培养改革试点), or the cue.
    static func programmeName(
        _ s: [Unicode.Scalar], _ start: Int, _ end: Int, _ cues: [(start: Int, end: Int)]
    ) -> String? {
        guard let cue = cues.first else { return nil }
        // Start at an opening quote shortly before the cue (“3+4”七年一体化…), else at the cue
        // with its numerals (五年一贯制).
        var a = cue.start
        var q = cue.start
        while q > start && !RelationCues.endsClause(s[q - 1]) && cue.start - q < 12
            && !ScalarClass.isOpenQuote(s[q - 1])
        {
            q -= 1
        }
        if q > start && ScalarClass.isOpenQuote(s[q - 1]) {
            a = q - 1
        } else {
            while a > start && "一二三四五六七八九十年制”".unicodeScalars.contains(s[a - 1]) { a -= 1 }
        }
        var b = cue.end
        while b < end && !RelationCues.endsClause(s[b])
            && !"的与和，".unicodeScalars.contains(s[b]) && b - cue.end < 12
        {
            b += 1
        }
        var text = String(String.UnicodeScalarView(s[a..<b]))
        text = OrganizationRecognizer.visibleText(text)
        return text.isEmpty ? nil : text
    }
}
