/// partnersWith: a school or college and an enterprise, when a cooperation cue (共建, 签约,
/// 订单班, 挂牌, 捐赠 …) shares the enterprise's clause.
///
/// The school may come before the company (`A与华为共建…`), after it (`东方锅炉分别与A和B签订
/// 校企合作协议`), only as a word (`该校与…`, `一是引入…`), or as the pair named before
/// (`蒙牛与和林格尔县职业中学举行签约仪式，双方将共建…`); the company may be `该公司`.
struct CooperationRule: RelationRule {
    func facts(in c: SentenceContext, existing: [RelationFact]) -> [RelationFact] {
        // A company, a word for one (该公司), or 双方 after a pair: else nothing to read.
        guard
            c.parties.contains(where: { $0.type == .enterprise }) || c.lastCompany != nil
                || c.lastPair != nil
        else { return [] }
        let cues = RelationCues.occurrences(
            of: RelationCues.cooperationTrie, in: c.s, c.start, c.end, masked: c.maskedRanges)
        guard !cues.isEmpty else { return [] }
        var enterprises = c.parties.filter { $0.type == .enterprise }
        var companyVia = false
        if enterprises.isEmpty, let company = c.lastCompany {
            // 该公司还与共青科技职业学院共建…
            let words = RelationCues.occurrences(
                of: RelationCues.companyCoreferenceTrie, in: c.s, c.start, c.end,
                masked: c.maskedRanges)
            if let word = words.first {
                enterprises = [
                    .reference(company.entity, word: word.start..<word.end, type: .enterprise)
                ]
                companyVia = true
            }
        }
        if enterprises.isEmpty { return bothParties(c, cues) }
        var out: [RelationFact] = []
        let schools = c.parties.filter { $0.type.isEducational }
        for enterprise in enterprises {
            if !companyVia && isPlatformOrExample(c, enterprise) { continue }
            let clause = c.clause(around: enterprise.start)
            let clauseCues = cues.filter { clause.contains($0.start) }
            // 作为合作企业参与三方签约: the cue may sit in the next clause of the same sentence.
            let cue =
                clauseCues.first.map { $0.start..<$0.end }
                ?? cues.first(where: { $0.start > enterprise.end }).map { $0.start..<$0.end }
            guard let cue, !clauseCues.isEmpty || schools.isEmpty || companyVia else { continue }
            var subjects = schools.filter { $0.start < enterprise.start }
            if subjects.count > 3 { subjects = Array(subjects.suffix(1)) }
            if subjects.isEmpty {
                // The company first: every school joined to it in its clause (分别与A和B签约).
                subjects = schools.filter {
                    $0.start > enterprise.end && c.clause(around: $0.start) == clause
                }
            }
            if subjects.isEmpty, containsThreeParty(c), let pair = c.lastPair,
                c.implicitSubject(before: c.end) == nil,
                [pair.0, pair.1].allSatisfy({ c.slotType($0.entity)?.isEducational == true })
            {
                // 中建三局…作为合作企业参与三方签约: the two schools of the agreement before.
                for party in [pair.0, pair.1] {
                    let slot = RelationSlot.reference(party.entity, word: party.named)
                    out.append(
                        RelationFact(
                            .partnersWith, slot, enterprise, cue: cue, in: c,
                            rule: "three-party", via: true, referentNamed: party.named,
                            confidence: .medium))
                }
                continue
            }
            if subjects.isEmpty, c.containsWord(c.start, c.end, "两校"), let both = c.lastSchools {
                // 两校还联合广汽埃安开设订单班: both schools named before.
                for school in [both.0, both.1] {
                    out.append(
                        RelationFact(
                            .partnersWith, .reference(school.entity, word: school.named),
                            enterprise, cue: cue, in: c, rule: "both-schools", via: true,
                            referentNamed: school.named, confidence: .medium))
                }
                continue
            }
            if subjects.isEmpty {
                // 该校与…, 一是引入…; or the company first: 某公司一行走进学校 / 已与学校共建….
                if let implicit = c.implicitSubject(before: enterprise.start)
                    ?? c.implicitSubject(before: c.end)
                {
                    out.append(
                        RelationFact(
                            .partnersWith, .reference(implicit.entity, word: implicit.word),
                            enterprise, cue: cue, in: c, rule: "cooperation-cue", via: true,
                            referentNamed: implicit.named))
                }
                continue
            }
            // 学校联合 B 学院与 C 公司: the coreferred school partners C too.
            if let implicit = c.implicitSubject(before: subjects[0].start),
                implicit.word.lowerBound < subjects[0].start,
                !subjects.contains(where: { $0.entity == implicit.entity }),
                RelationCues.schoolCoreferenceTrie.hasMatch(in: c.s, at: implicit.word.lowerBound)
            {
                out.append(
                    RelationFact(
                        .partnersWith, .reference(implicit.entity, word: implicit.word),
                        enterprise, cue: cue, in: c, rule: "cooperation-cue", via: true,
                        referentNamed: implicit.named))
            }
            for subject in subjects {
                out.append(
                    RelationFact(
                        .partnersWith, subject, enterprise, cue: cue, in: c,
                        rule: companyVia ? "company-reference" : "cooperation-cue",
                        via: companyVia, referentNamed: companyVia ? c.lastCompany?.named : nil))
            }
        }
        return out
    }

    /// 双方将共建…: the school and the company named together before.
    private func bothParties(_ c: SentenceContext, _ cues: [(start: Int, end: Int)])
        -> [RelationFact]
    {
        guard let pair = c.lastPair,
            let word = RelationCues.occurrences(
                of: RelationCues.bothCoreferenceTrie, in: c.s, c.start, c.end,
                masked: c.maskedRanges
            ).first,
            let cue = cues.first(where: { $0.start > word.end })
        else { return [] }
        let types = [pair.0, pair.1].map { c.slotType($0.entity) }
        guard let schoolIndex = types.firstIndex(where: { $0?.isEducational == true }),
            let companyIndex = types.firstIndex(where: { $0 == .enterprise })
        else { return [] }
        let school = [pair.0, pair.1][schoolIndex]
        let company = [pair.0, pair.1][companyIndex]
        let range = word.start..<word.end
        return [
            RelationFact(
                type: .partnersWith, subject: school.entity, object: company.entity,
                start: c.evidence([range, cue.start..<cue.end]).lowerBound,
                end: c.evidence([range, cue.start..<cue.end]).upperBound,
                viaCoreference: true, rule: "both-parties", cue: cue.start..<cue.end,
                referentNamed: school.named.lowerBound < company.named.lowerBound
                    ? school.named.lowerBound..<company.named.upperBound
                    : company.named.lowerBound..<school.named.upperBound,
                confidence: .medium)
        ]
    }

    private func containsThreeParty(_ c: SentenceContext) -> Bool {
        c.containsWord(c.start, c.end, "三方")
    }

    /// A company named as a sales platform or a competition's sponsor (李锦记杯, 京东平台),
    /// or as an example of an industry (如华为、比亚迪等龙头企业), is no partner.
    private func isPlatformOrExample(_ c: SentenceContext, _ slot: RelationSlot) -> Bool {
        let s = c.s
        if slot.end < s.count, RelationCues.platformTrie.hasMatch(in: s, at: slot.end) {
            return true
        }
        if slot.end < s.count && s[slot.end] == "云" { return true }
        // 在京东等平台销售: a platform after 等 or 、 within a few scalars.
        var i = slot.end
        while i < min(c.end, slot.end + 8) {
            if RelationCues.platformTrie.hasMatch(in: s, at: i),
                "等、".unicodeScalars.contains(s[slot.end])
            {
                return true
            }
            i += 1
        }
        // 如 A、B 等: an example list.
        let clause = c.clause(around: slot.start)
        var j = slot.start - 1
        while j >= clause.lowerBound && j >= slot.start - 30 {
            if RelationCues.exampleTrie.hasMatch(in: s, at: j), s[j] == "如" {
                let between = c.slots.filter { $0.start > j && $0.end <= slot.start }
                let rest = slot.start - (between.last?.end ?? (j + 1))
                if rest == 0 { return true }
            }
            j -= 1
        }
        return false
    }
}
