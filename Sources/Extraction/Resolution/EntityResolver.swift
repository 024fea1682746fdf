/// Groups mentions into entities: full names, names without their region prefixes,
/// abbreviations (华强职校 → 深圳市福田区华强职业技术学校) and lexicon brands (华为 → 华为技术有限公司).
///
/// Names are taken longest first; each either joins the best-matching entity already made or
/// starts a new one, so the canonical name is the fullest form the document gives.
public struct EntityResolver: Sendable {
    public var lexicon: Lexicon

    public init(lexicon: Lexicon = .standard) { self.lexicon = lexicon }

    /// Resolves `mentions` in place (setting `entity`) and returns the entities.
    public func resolve(_ mentions: inout [Mention], document: Document) -> [ResolvedEntity] {
        resolve(&mentions, document: document, home: HomeRegion(document, lexicon: lexicon))
    }

    /// Resolves `mentions` with the document's home region already counted.
    func resolve(_ mentions: inout [Mention], document: Document, home: HomeRegion)
        -> [ResolvedEntity]
    {
        struct Form {
            var name: String
            var types: [OrganizationType: Int] = [:]
            var count = 0
            var confirmed = false
        }
        var forms: [String: Form] = [:]
        for mention in mentions {
            forms[mention.name, default: Form(name: mention.name)].count += 1
            forms[mention.name]?.types[mention.type, default: 0] += 1
            if mention.confirmed { forms[mention.name]?.confirmed = true }
        }
        let ordered = forms.values.map { ($0.name.unicodeScalars.count, $0) }.sorted {
            $0.0 != $1.0 ? $0.0 > $1.0 : $0.1.name < $1.1.name
        }.map(\.1)
        struct Group {
            var canonical: String
            var shape: NameShape
            var type: OrganizationType
            var members: [String]
            var typeVotes: [OrganizationType: Int]
            var confirmed: Bool
        }
        var groups: [Group] = []
        var groupOf: [String: Int] = [:]
        var byKey: [UInt32: [Int]] = [:]
        var byLexicon: [Int: [Int]] = [:]
        for form in ordered {
            let type =
                form.types.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
                ?? .other
            let shape = NameShape(form.name, lexicon: lexicon)
            var best: (score: Int, group: Int)?
            var ambiguous = false
            // Only groups whose core starts alike (or that share a lexicon entry) can match.
            var candidates = shape.matchKey.flatMap { byKey[$0] } ?? []
            if let entry = shape.lexiconEntry {
                for index in byLexicon[entry] ?? [] where !candidates.contains(index) {
                    candidates.append(index)
                }
            }
            for index in candidates {
                guard
                    let score = matchScore(
                        shape, type, groups[index].shape, groups[index].type, home: home)
                else { continue }
                if let current = best {
                    if score > current.score {
                        best = (score, index)
                        ambiguous = false
                    } else if score == current.score {
                        ambiguous = true
                    }
                } else {
                    best = (score, index)
                }
            }
            if let best, !ambiguous {
                groups[best.group].members.append(form.name)
                if form.confirmed { groups[best.group].confirmed = true }
                for (t, n) in form.types { groups[best.group].typeVotes[t, default: 0] += n }
                groupOf[form.name] = best.group
            } else {
                groupOf[form.name] = groups.count
                if let key = shape.matchKey { byKey[key, default: []].append(groups.count) }
                if let key = shape.districtKey, key != shape.matchKey {
                    byKey[key, default: []].append(groups.count)
                }
                if let entry = shape.lexiconEntry {
                    byLexicon[entry, default: []].append(groups.count)
                }
                groups.append(
                    Group(
                        canonical: form.name, shape: shape, type: type, members: [form.name],
                        typeVotes: form.types, confirmed: form.confirmed))
            }
        }
        // Unconfirmed groups (generic-looking names never seen in a fuller form) are dropped.
        var renumber: [Int] = []
        var kept: [Group] = []
        for group in groups {
            // 各区政府 in a city's policy is every district's government, not one body: a bare
            // district level names a body only in a document about one district or county.
            let keep =
                group.confirmed
                && !(group.shape.regions.first == "*" && group.shape.levels.first == .district
                    && home.district == nil)
            renumber.append(keep ? kept.count : -1)
            if keep { kept.append(group) }
        }
        groups = kept
        for (name, index) in groupOf {
            groupOf[name] = renumber[index] >= 0 ? renumber[index] : nil
        }
        mentions.removeAll { groupOf[$0.name] == nil }
        var entities: [ResolvedEntity] = []
        var lines: [[Int]] = Array(repeating: [], count: groups.count)
        var surfaces: [[String]] = Array(repeating: [], count: groups.count)
        var firstOffsets: [Int] = Array(repeating: Int.max, count: groups.count)
        for index in mentions.indices {
            guard let group = groupOf[mentions[index].name] else { continue }
            mentions[index].entity = group
            firstOffsets[group] = min(firstOffsets[group], mentions[index].start)
            lines[group].append(document.line(at: mentions[index].start))
            let verbatim = OrganizationRecognizer.visibleText(mentions[index].surface)
            if verbatim != mentions[index].name { surfaces[group].append(verbatim) }
        }
        for (index, group) in groups.enumerated() {
            var type =
                group.typeVotes.max {
                    $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key
                }?.key
                ?? group.type
            if group.type.isEducational && type.isEducational {
                type = group.type == .school || type == .school ? .school : .higherEd
            }
            if group.typeVotes[.school] != nil && group.typeVotes[.higherEd] != nil {
                type =
                    (group.typeVotes[.school] ?? 0) >= (group.typeVotes[.higherEd] ?? 0)
                    ? .school : .higherEd
            }
            // A foreign association named like an alliance (德国东西方舞蹈联盟) is Other.
            if type == .alliance, let first = group.shape.levels.first, first == .country {
                type = .other
            }
            var canonical = group.canonical
            var shape = group.shape
            // 市发展改革委 in a Shenzhen document is 深圳市发展改革委.
            if shape.regions.first == "*", let expanded = home.expand(canonical) {
                canonical = expanded
                shape = NameShape(expanded, lexicon: lexicon)
            }
            var aliases = Set(group.members + surfaces[index])
            aliases.remove(canonical)
            let pref = shape.lexiconEntry.map { lexicon.organizations[$0].prefLabel }
            entities.append(
                ResolvedEntity(
                    type: type, name: canonical, aliases: aliases.sorted(),
                    lines: Array(Set(lines[index])).sorted(),
                    key: OrganizationKey.normalised(
                        shape: shape, name: canonical, lexicon: lexicon),
                    prefLabel: pref, firstOffset: firstOffsets[index]))
        }
        return entities
    }

    /// How well a shorter name (`a`) fits an entity (`b`); nil when it does not.
    func matchScore(
        _ a: NameShape, _ typeA: OrganizationType, _ b: NameShape, _ typeB: OrganizationType,
        home: HomeRegion? = nil
    ) -> Int? {
        if let x = a.lexiconEntry, let y = b.lexiconEntry { return x == y ? 10 : nil }
        // 禅武国际联盟 and 匈牙利禅武国际联盟 (a foreign association, Other) are one body.
        let allianceOrOther: Set<OrganizationType> = [.alliance, .other]
        guard
            typeA == typeB || (typeA.isEducational && typeB.isEducational)
                || (allianceOrOther.contains(typeA) && allianceOrOther.contains(typeB))
        else { return nil }
        // Regions: every region A names must agree with B's at that level.
        for (region, level) in zip(a.regions, a.levels) {
            guard let other = b.region(at: level) else {
                if region == "*" { return nil }
                if level == .district || level == .city { return nil }
                continue
            }
            if region != "*" && other != "*" && region != other { return nil }
            // 区政府 is 罗湖区人民政府 only in a document about 罗湖区.
            if region == "*" && other != "*", let home, home.region(at: level) != other {
                return nil
            }
            if other == "*" && region != "*", let home, home.region(at: level) != region {
                return nil
            }
        }
        let extraLevels = b.levels.filter { !a.levels.contains($0) }.count
        if a.isOrdinal || b.isOrdinal {
            // 第二职业技术学校 of 深圳市 is not that of 龙岗区.
            if a.levels.contains(.district) != b.levels.contains(.district) && !a.levels.isEmpty {
                return nil
            }
        }
        if a.core == b.core && !a.core.isEmpty {
            if a.regions.isEmpty && b.regions.isEmpty && a.core.count < 3 { return nil }
            return 8 - extraLevels
        }
        // Abbreviation: A's core is a subsequence of B's, starting alike.
        if a.core.count >= 2 && a.core.count < b.core.count && isAbbreviation(a.core, of: b.core) {
            return 5 - extraLevels
        }
        // 天等职校 of 广西崇左市天等县职业技术学校: the short form keeps the district's name.
        if !a.levels.contains(.district), b.levels.last == .district, let district = b.regions.last,
            a.core.count >= 2
        {
            let local = Array(district.unicodeScalars) + b.core
            if a.core.count < local.count && isAbbreviation(a.core, of: local) {
                return 4 - extraLevels
            }
        }
        // Names of different suffix classes are never one body: 泉州华光职业学校 and 泉州华光职业学院
        // are a school and a college, 漳州技师学院 and 漳州职业技术学院 two institutions.
        return nil
    }

    private func isAbbreviation(_ short: [Unicode.Scalar], of long: [Unicode.Scalar]) -> Bool {
        var body = long[...]
        if body.first == "第" && short.first != "第" { body = body.dropFirst() }
        guard short.first == body.first else { return false }
        var j = body.startIndex
        for c in short {
            while j < body.endIndex && body[j] != c { j += 1 }
            if j == body.endIndex { return false }
            j += 1
        }
        // The short form must share a proper part, not just generic words.
        let lastShort = short.last
        // 职教中心 of …职业教育中心学校.
        return lastShort == "校" || lastShort == "职" || lastShort == "司" || lastShort == "团"
            || lastShort == long.last
            || (lastShort == "心" && long.suffix(4).starts(with: ["中", "心"]))
    }

}
