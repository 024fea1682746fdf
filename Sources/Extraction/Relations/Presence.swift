/// Marks the organisations a sentence names only as present at an event: hosts (主办, 承办),
/// speakers (致辞), guests (出席, 嘉宾) and venues (在沈阳城市学院举行). They are never
/// members or partners on the strength of that sentence.
///
/// `会议由昌吉州教育局承办` and `X有关负责同志出席大会`: the body is named before a presence
/// word in its clause, with nothing but names, 、 and short links (有关负责人, 相关负责同志)
/// between. `在X举行`: 在 just before the name and a venue verb after it in the clause.
enum Presence {
    static func mark(
        _ slots: inout [RelationSlot], in c: (s: [Unicode.Scalar], clause: (Int) -> Range<Int>)
    ) {
        let s = c.s
        for i in slots.indices {
            let slot = slots[i]
            let clause = c.clause(slot.start)
            // 在 X 举行 / 召开: the venue.
            if slot.start > clause.lowerBound, s[slot.start - 1] == "在" {
                let after = RelationCues.occurrences(
                    of: RelationCues.venueEndTrie, in: s, slot.end, clause.upperBound)
                if let verb = after.first, verb.start - slot.end <= 12 {
                    slots[i].presentOnly = true
                    continue
                }
            }
            // X（、Y）有关负责人出席 / 由 X 承办: a presence word after the name in its clause,
            // before any other verb of the clause's parties.
            let words = RelationCues.occurrences(
                of: RelationCues.presenceTrie, in: s, slot.end, clause.upperBound,
                masked: slots.map(\.range))
            guard let word = words.first else { continue }
            let between = slots.filter { $0.start > slot.end && $0.end <= word.start }
            let gap = word.start - (between.last?.end ?? slot.end)
            // 联合承办, 共同主办: joint hosts are still only hosts.
            var verbEnd = word.start
            for joint in RelationCues.jointly where verbEnd >= 2 {
                let w = Array(joint.unicodeScalars)
                if OrganizationRecognizer.matches(s, at: verbEnd - w.count, w) {
                    verbEnd -= w.count
                }
            }
            if gap <= 12
                && !RelationCues.cooperationTrie.hasAnyMatch(in: s, from: slot.end, to: verbEnd)
            {
                slots[i].presentOnly = true
            }
        }
    }
}
