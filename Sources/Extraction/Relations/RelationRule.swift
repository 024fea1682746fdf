/// One relation rule over one sentence: finds its facts from the sentence's parties, clauses
/// and cues. Each relation type has its own rule (Rules/); table rows have their own readers
/// (Tables/), since a row is evidence of its own and never a sentence.
protocol RelationRule: Sendable {
    /// The facts `c` states; `existing` holds what the rules before this one found in it
    /// (only for a rule that `readsExisting`: copying them for every rule and sentence cost a
    /// tenth of the extractor's time).
    func facts(in c: SentenceContext, existing: [RelationFact]) -> [RelationFact]
    /// True for a rule that looks at the facts found before it (school cooperation skips pairs
    /// already related as pathway or assistance).
    var readsExisting: Bool { get }
}

extension RelationRule {
    var readsExisting: Bool { false }
}

extension RelationFact {
    /// A fact between two slots with the cue that shows it; the evidence is the clause from
    /// the first through the last of the three.
    init(
        _ type: RelationType, _ subject: RelationSlot, _ object: RelationSlot,
        cue: Range<Int>?, in c: SentenceContext, rule: String, via: Bool = false,
        referentNamed: Range<Int>? = nil, confidence: RelationConfidence? = nil,
        programme: String? = nil
    ) {
        let parts = [subject.range, object.range] + (cue.map { [$0] } ?? [])
        let span = c.evidence(parts)
        let sameClause =
            c.clauseIndex(subject.start) == c.clauseIndex(object.start)
            && cue.map { c.clauseIndex($0.lowerBound) == c.clauseIndex(object.start) } ?? true
        let level: RelationConfidence =
            confidence
            ?? (via ? (c.fallbackIsDistant ? .low : .medium) : (sameClause ? .high : .medium))
        self.init(
            type: type, subject: subject.entity, object: object.entity, start: span.lowerBound,
            end: span.upperBound, programme: programme, viaCoreference: via, rule: rule,
            cue: cue, referentNamed: referentNamed, confidence: level)
    }
}

extension RelationSlot {
    /// A slot for the word that refers to `entity` (该校, 学校, 一是).
    static func reference(_ entity: Int, word: Range<Int>, type: OrganizationType = .school)
        -> RelationSlot
    {
        RelationSlot(
            entity: entity, type: type, start: word.lowerBound, end: word.upperBound,
            quoted: false)
    }
}
