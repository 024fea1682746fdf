/// Tables of pairs: one 中职 school ↔ college pair per row (贯通 lists), one helper ↔ helped
/// school per row (结对帮扶 lists), a school ↔ company per row (合作企业 lists). Each row is
/// its own evidence; a pair never spans rows, so eight rows give eight facts, not the cross
/// product. What the rows are comes from the table's caption or the sentence announcing it.
struct PairTableReader {
    func facts(_ table: TableRows, s: [Unicode.Scalar]) -> [RelationFact] {
        let pathwayCue = table.cue(RelationCues.pathwayTrie, in: s)
        let assistCue = table.cue(RelationCues.assistTrie, in: s)
        let cooperationCue = table.cue(RelationCues.cooperationTrie, in: s)
        guard pathwayCue != nil || assistCue != nil || cooperationCue != nil else { return [] }
        var out: [RelationFact] = []
        for row in table.rows {
            let schools = row.parties.filter { $0.type == .school }
            let colleges = row.parties.filter { $0.type == .higherEd }
            let companies = row.parties.filter { $0.type == .enterprise }
            func fact(
                _ type: RelationType, _ a: RelationSlot, _ b: RelationSlot, _ cue: Range<Int>?
            )
                -> RelationFact
            {
                RelationFact(
                    type: type, subject: a.entity, object: b.entity, start: row.span.lowerBound,
                    end: row.span.upperBound, viaCoreference: false, rule: "table-row",
                    cue: cue, confidence: .high)
            }
            if let pathwayCue, let school = schools.first, let college = colleges.first {
                out.append(fact(.pathway, school, college, pathwayCue))
            } else if let assistCue, row.parties.filter({ $0.type.isEducational }).count >= 2 {
                let educational = row.parties.filter { $0.type.isEducational }
                out.append(fact(.assists, educational[0], educational[1], assistCue))
            }
            // A company column: each school of the row partners with it (a three-party row).
            for company in companies {
                for school in schools + colleges {
                    out.append(fact(.partnersWith, school, company, cooperationCue ?? pathwayCue))
                }
            }
        }
        return out
    }
}
