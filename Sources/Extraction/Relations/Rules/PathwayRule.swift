/// pathway: a 中职 school → the college that teaches the 高职 stage, when a through-training
/// cue (贯通, 3+2, 五年一贯制, 中本) is in the sentence or the one before.
///
/// With several schools and colleges, only pairs that share a clause (`A与X开展3+2，B与Y开展…`);
/// a college only present (a guest university whose expert spoke) is never the partner.
struct PathwayRule: RelationRule {
    func facts(in c: SentenceContext, existing: [RelationFact]) -> [RelationFact] {
        let colleges = c.parties.filter { $0.type == .higherEd }
        guard !colleges.isEmpty else { return [] }
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
        var schools = c.parties.filter { $0.type == .school }
        var via = false
        var named: Range<Int>?
        if schools.isEmpty, let implicit = c.implicitSubject(before: colleges[0].start) {
            schools = [.reference(implicit.entity, word: implicit.word)]
            via = true
            named = implicit.named
        }
        var out: [RelationFact] = []
        let pairByClause = !via && (schools.count > 1 || colleges.count > 1)
        for school in schools {
            for college in colleges {
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
                // The programme and cue named nearest the college (与A开展“3+2”…，与B开展五年一贯制…).
                var named2 = programme
                var cue = sentenceCues.isEmpty ? nil : firstCue
                if sentenceCues.count > 1 {
                    let nearest =
                        sentenceCues.filter { $0.start >= college.end }.first
                        ?? sentenceCues.min {
                            abs($0.start - college.end) < abs($1.start - college.end)
                        }
                    if let nearest {
                        named2 = Self.programmeName(c.s, c.start, c.end, [nearest]) ?? programme
                        cue = nearest
                    }
                }
                out.append(
                    RelationFact(
                        .pathway, school, college, cue: cue.map { $0.start..<$0.end }, in: c,
                        rule: sentenceCues.isEmpty ? "pathway-previous-sentence" : "pathway-cue",
                        via: via, referentNamed: named,
                        confidence: sentenceCues.isEmpty ? .medium : nil, programme: named2))
            }
        }
        return out
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
