/// What the sentences read so far let a later word refer to (see `RelationRecognizer`).
struct ReferenceState {
    /// The text's school, named in its headline (宝鸡职业技术学院2025年度质量报告).
    var documentTopic: SentenceContext.Referent?
    /// The school of the current case or section: its heading's, or a paragraph opener's
    /// when the text has no headline school. A section heading ends it.
    var caseTopic: SentenceContext.Referent?
    /// A school opening a sentence of the current paragraph.
    var paragraphSubject: SentenceContext.Referent?
    var lastCompany: SentenceContext.Referent?
    var lastPair: (SentenceContext.Referent, SentenceContext.Referent)?
    var lastSchools: (SentenceContext.Referent, SentenceContext.Referent)?
    var lastAlliance: [String: SentenceContext.Referent] = [:]
    var currentAlliance: SentenceContext.Referent?
    private var lonelySchool: SentenceContext.Referent?

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
        for slot in c.slots {
            // An alliance is often named in quotes (共建“五菱新能源汽车产业学院”).
            if slot.type == .alliance {
                let referent = SentenceContext.Referent(entity: slot.entity, named: slot.range)
                if let kind = kinds[slot.entity] { lastAlliance[kind] = referent }
                currentAlliance = referent
            } else if slot.type == .enterprise && !slot.presentOnly && !slot.quoted {
                lastCompany = .init(entity: slot.entity, named: slot.range)
            }
        }
        // The two schools a later 两校 refers to: the last two distinct ones named.
        for slot in c.parties where slot.type.isEducational {
            let referent = SentenceContext.Referent(entity: slot.entity, named: slot.range)
            if let pair = lastSchools {
                if pair.1.entity != slot.entity { lastSchools = (pair.1, referent) }
            } else if let only = lonelySchool, only.entity != slot.entity {
                lastSchools = (only, referent)
            } else {
                lonelySchool = referent
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
