/// What the relation rules know about one sentence: its mentions, its clauses, and what the
/// text before it lets a word such as 该校, 该公司 or 双方 refer to.
struct SentenceContext {
    /// A referent that the sentence may name only by a word (学校, 该公司): its entity and
    /// where it was named.
    struct Referent {
        var entity: Int
        var named: Range<Int>
    }

    let s: [Unicode.Scalar]
    let start: Int
    let end: Int
    let slots: [RelationSlot]
    let previous: Range<Int>?
    /// The school an implicit subject refers to (the paragraph's, else the text's topic).
    let subjectFallback: Referent?
    /// True when `subjectFallback` was named outside the sentence's paragraph (the headline).
    let fallbackIsDistant: Bool
    /// The company last named (for 该公司).
    let lastCompany: Referent?
    /// The two parties last named together (for 双方: 蒙牛与和林格尔县职业中学 … 双方将共建).
    let lastPair: (Referent, Referent)?
    /// The two schools last named (for 两校).
    let lastSchools: (SentenceContext.Referent, SentenceContext.Referent)?
    /// The alliance last named, by kind (联合体, 联盟, 共同体, 集团, 学院).
    let lastAlliance: [String: Referent]
    /// The alliance the text is about (its headline's, else the last named), for council
    /// roles stated without naming it (理事会：A 为理事长单位).
    let currentAlliance: Referent?
    let foreign: [Bool]
    /// The type of every entity of the document.
    let types: [OrganizationType]
    /// The paragraph is about the case's school, so a sentence without subject has it.
    var aboutTopic = false
    let clauses: [Range<Int>]
    /// The words of the sentence that refer back to the text's school (该校, 学校, 到校), outside
    /// its mentions: found once, read by every rule.
    let referenceWords: [(start: Int, end: Int)]

    init(
        s: [Unicode.Scalar], start: Int, end: Int, slots: [RelationSlot], previous: Range<Int>?,
        subjectFallback: Referent?, fallbackIsDistant: Bool, lastCompany: Referent?,
        lastPair: (Referent, Referent)?, lastSchools: (Referent, Referent)?,
        lastAlliance: [String: Referent], currentAlliance: Referent?, foreign: [Bool],
        types: [OrganizationType], aboutTopic: Bool = false, clauses: [Range<Int>]
    ) {
        self.s = s
        self.start = start
        self.end = end
        self.slots = slots
        self.previous = previous
        self.subjectFallback = subjectFallback
        self.fallbackIsDistant = fallbackIsDistant
        self.lastCompany = lastCompany
        self.lastPair = lastPair
        self.lastSchools = lastSchools
        self.lastAlliance = lastAlliance
        self.currentAlliance = currentAlliance
        self.foreign = foreign
        self.types = types
        self.aboutTopic = aboutTopic
        self.clauses = clauses
        self.referenceWords =
            slots.isEmpty
            ? []
            : RelationCues.occurrences(
                of: RelationCues.schoolCoreferenceTrie, in: s, start, end,
                masked: slots.map(\.range))
    }

    var maskedRanges: [Range<Int>] { slots.map(\.range) }

    /// The parties of the sentence (not only present, not inside quotes).
    var parties: [RelationSlot] { slots.filter { !$0.quoted && !$0.presentOnly } }

    /// The coreferring subject word (学校, 该校 …) in the sentence, or an enumerator opening it.
    func implicitSubject(before limit: Int) -> (entity: Int, word: Range<Int>, named: Range<Int>)? {
        guard let fallback = subjectFallback else { return nil }
        let limit = min(limit, end)
        for word in referenceWords where word.end <= limit {
            let before = word.start > start ? s[word.start - 1] : "。"
            // 到校, 来校, 走进学校 carry their own verb; a bare 学校 after a Han scalar is the end
            // of a longer phrase (职业学校).
            let carriesVerb = "到来走".unicodeScalars.contains(s[word.start])
            if !carriesVerb && ScalarClass.isHan(before)
                && !"与和及同，".unicodeScalars.contains(before)
            {
                continue
            }
            // 学校生, 学院长: not the school.
            if word.end < s.count && "生长领".unicodeScalars.contains(s[word.end]) { continue }
            return (fallback.entity, word.start..<word.end, fallback.named)
        }
        var i = start
        while i < end && (ScalarClass.isSpace(s[i]) || s[i] == "\n") { i += 1 }
        if let hit = RelationCues.enumeratorTrie.longestMatch(in: s, at: i) {
            return (fallback.entity, i..<(i + hit.length), fallback.named)
        }
        if aboutTopic { return (fallback.entity, i..<i, fallback.named) }
        return nil
    }

    /// True when a with-marker (与, 和, 同, 携手, 联合) comes right before `slot`: the party joined,
    /// not the subject.
    func isJoined(_ slot: RelationSlot) -> Bool {
        // A与X、B与Y: B heads its own pair.
        if slot.end < end && s[slot.end] == "与" { return false }
        // 与X, 联合X; or 与 and a short descriptor (与境外学校英国卡迪夫公学).
        if RelationCues.withMarkers.contains(where: {
            slot.start - $0.count >= start
                && OrganizationRecognizer.matches(s, at: slot.start - $0.count, $0)
        }) {
            return true
        }
        var i = slot.start - 1
        while i > start && slot.start - i <= 6 {
            if s[i - 1] == "与" { return true }
            guard ScalarClass.isHan(s[i - 1]), !parties.contains(where: { $0.end == i }) else {
                break
            }
            i -= 1
        }
        // 与A、B: B joined with A.
        return slot.start > start && s[slot.start - 1] == "、"
            && parties.contains { $0.end == slot.start - 1 && isJoined($0) }
    }

    /// The subject of the clause chain that joins `target` (`学校与A开展…，并与B共建…`: 学校
    /// for both A and B): the last educational party before it that is not itself joined,
    /// else the word that refers to the text's school.
    func subject(joining target: RelationSlot) -> (
        slot: RelationSlot, via: Bool, named: Range<Int>?
    )? {
        if let explicit = parties.last(where: {
            $0.end <= target.start && $0.type.isEducational && $0.entity != target.entity
                && !isJoined($0)
        }) {
            // A party named earlier in the sentence; the clause of a later subject wins.
            return (explicit, false, nil)
        }
        if let implicit = implicitSubject(before: target.start), implicit.entity != target.entity {
            return (
                .reference(
                    implicit.entity, word: implicit.word, type: slotType(implicit.entity) ?? .school
                ), true, implicit.named
            )
        }
        return nil
    }

    /// The clause around `offset` (between ，；：。 outside quotes and brackets).
    func clause(around offset: Int) -> Range<Int> {
        for clause in clauses where clause.contains(offset) {
            var b = clause.upperBound
            if b > clause.lowerBound && RelationCues.endsClause(s[b - 1]) { b -= 1 }
            return clause.lowerBound..<b
        }
        return offset..<offset
    }

    /// The index of the clause around `offset`.
    func clauseIndex(_ offset: Int) -> Int? {
        clauses.firstIndex { $0.contains(offset) }
    }

    /// The evidence of a fact over `parts` (subject or its word, cue, object): from the first
    /// to the last, then on to the end of that clause when the clause ends soon after, so the
    /// quote reads as the clause (`A与华为共建“华为云…创新中心”`), never past the sentence.
    func evidence(_ parts: [Range<Int>]) -> Range<Int> {
        let a = parts.map(\.lowerBound).min() ?? start
        var b = parts.map(\.upperBound).max() ?? end
        let clause = self.clause(around: max(a, b - 1))
        if clause.upperBound > b && clause.upperBound - b <= 24 { b = clause.upperBound }
        // A name broken across the sentence's last line (深圳市⏎第二职业技术学校) stays whole.
        let last = parts.map(\.upperBound).max() ?? b
        return max(a, start)..<max(min(max(b, a), end), last)
    }

    /// The first cue of `trie` in the clause of `offset`, else in the sentence.
    func cue(_ trie: ScalarTrie, near offset: Int) -> (range: Range<Int>, inClause: Bool)? {
        let hits = RelationCues.occurrences(of: trie, in: s, start, end, masked: maskedRanges)
        let clause = self.clause(around: offset)
        if let hit = hits.first(where: { clause.contains($0.start) }) {
            return (hit.start..<hit.end, true)
        }
        return hits.first.map { ($0.start..<$0.end, false) }
    }

    func slotType(_ entity: Int) -> OrganizationType? {
        types.indices.contains(entity) ? types[entity] : nil
    }

    func containsWord(_ from: Int, _ to: Int, _ word: String) -> Bool {
        let w = Array(word.unicodeScalars)
        guard to - from >= w.count, from >= 0 else { return false }
        var i = from
        while i + w.count <= to {
            if s[i] == w[0] && Array(s[i..<i + w.count]) == w { return true }
            i += 1
        }
        return false
    }
}
