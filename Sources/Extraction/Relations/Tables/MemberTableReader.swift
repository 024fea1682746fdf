/// Member lists as tables: `序号 | 单位名称 | 单位类别 | 集团职务` with a role in each row
/// (理事长单位 leads, 副理事长/理事/成员单位 are members), or a plain list under a caption that
/// says it lists members (`…职业教育集团成员单位名单`). The alliance is the one the caption or
/// headline names, else the one the text is about.
struct MemberTableReader {
    func facts(
        _ table: TableRows, s: [Unicode.Scalar], alliance: SentenceContext.Referent?,
        mentions alliances: [Mention], types: [OrganizationType]
    ) -> [RelationFact] {
        // The alliance: named in the caption or headline, else (for a table of roles) the
        // current one.
        var captioned: SentenceContext.Referent?
        var captionSaysMembers = false
        for range in table.context {
            // `alliances` holds the document's alliance mentions only.
            if let m = alliances.first(where: {
                $0.start >= range.lowerBound && $0.end <= range.upperBound
            }) {
                captioned = captioned ?? .init(entity: m.entity, named: m.start..<m.end)
                // `…职业教育集团成员单位名单`: the caption itself says the rows are members.
                captionSaysMembers =
                    captionSaysMembers
                    || RelationCues.councilTrie.hasAnyMatch(
                        in: s, from: m.end, to: range.upperBound)
            }
        }
        // A role in the rows (理事长单位, 成员单位) for at least half of them.
        let rolesPerRow = table.rows.map { row in
            RelationCues.occurrences(
                of: RelationCues.councilTrie, in: s, row.span.lowerBound, row.span.upperBound,
                masked: row.parties.map(\.range)
            ).first
        }
        let roleRows = rolesPerRow.compactMap { $0 }.count
        let hasRoleColumn = roleRows * 2 >= table.rows.count && roleRows > 0
        guard hasRoleColumn || captionSaysMembers,
            let target = captioned ?? (hasRoleColumn ? alliance : nil)
        else { return [] }
        let listCue = table.cue(RelationCues.councilTrie, in: s)
        var out: [RelationFact] = []
        for (row, hit) in zip(table.rows, rolesPerRow) {
            let role = hit.flatMap { hit in
                RelationCues.councilTrie.longestMatch(in: s, at: hit.start).map {
                    (range: hit.start..<hit.end, leads: $0.value == 0)
                }
            }
            guard role != nil || listCue != nil else { continue }
            for party in row.parties where party.type != .alliance && party.entity != target.entity
            {
                out.append(
                    RelationFact(
                        type: role?.leads == true ? .leads : .memberOf, subject: party.entity,
                        object: target.entity, start: row.span.lowerBound,
                        end: row.span.upperBound, viaCoreference: false, rule: "member-table",
                        cue: role?.range ?? listCue, referentNamed: target.named,
                        confidence: .high))
            }
        }
        return out
    }
}
