/// What the sentences read so far let a later word refer to (see `RelationRecognizer`).
struct ReferenceState {
    /// The text's school: named in the headline, or at the start of a case or paragraph.
    var topic: SentenceContext.Referent?
    /// A school opening a sentence of the current paragraph.
    var paragraphSubject: SentenceContext.Referent?
    var lastCompany: SentenceContext.Referent?
    var lastPair: (SentenceContext.Referent, SentenceContext.Referent)?
    var lastAlliance: [String: SentenceContext.Referent] = [:]
    var currentAlliance: SentenceContext.Referent?

    /// Takes in what `c` names.
    mutating func update(after c: SentenceContext, kinds: [String?]) {
        let s = c.s
        // The paragraph's subject: a school opening a sentence (not a partner named later in it).
        if let first = c.parties.first(where: { $0.type.isEducational }),
            first.start - c.start <= 12,
            RelationCues.occurrences(
                of: RelationCues.schoolCoreferenceTrie, in: s, c.start, first.start
            ).isEmpty
        {
            paragraphSubject = .init(entity: first.entity, named: first.range)
        }
        for slot in c.slots where !slot.quoted {
            if slot.type == .alliance {
                let referent = SentenceContext.Referent(entity: slot.entity, named: slot.range)
                if let kind = kinds[slot.entity] { lastAlliance[kind] = referent }
                currentAlliance = referent
            } else if slot.type == .enterprise && !slot.presentOnly {
                lastCompany = .init(entity: slot.entity, named: slot.range)
            }
        }
        // The pair joined by 与/和/同 in one clause (A与B签约): what 双方 and 三方 refer to.
        let parties = c.parties.filter { $0.type.isEducational || $0.type == .enterprise }
        for (a, b) in zip(parties, parties.dropFirst())
        where a.entity != b.entity && c.clause(around: a.start) == c.clause(around: b.start)
            && b.start > a.end && "与和同".unicodeScalars.contains(s[b.start - 1])
        {
            lastPair = (
                .init(entity: a.entity, named: a.range), .init(entity: b.entity, named: b.range)
            )
            break
        }
    }
}
