/// A name split into its region prefixes and the rest (深圳市|福田区|华强职业技术学校).
struct NameShape: Sendable {
    /// Region keys, outermost first: the lexicon's preferred label (深圳 → 深圳市), the text of
    /// a district the lexicon does not know (清城区), or `*` for a bare 市 or 省.
    var regions: [String]
    var levels: [RegionLevel]
    /// What follows the regions.
    var core: [Unicode.Scalar]
    /// The core without its type suffix (华强 of 华强职业技术学校).
    var stem: [Unicode.Scalar]
    /// The lexicon organisation the name is a label of.
    var lexiconEntry: Int?

    init(_ name: String, lexicon: Lexicon) {
        let s = Array(name.unicodeScalars)
        if let hit = lexicon.organizationTrie.longestMatch(in: s, at: 0), hit.length == s.count {
            lexiconEntry = hit.value
        } else {
            lexiconEntry = nil
        }
        var regions: [String] = []
        var levels: [RegionLevel] = []
        var i = 0
        while i < s.count {
            // A county's short form (曲江 of 曲江区) is part of the name it starts: 曲江职校 is an
            // abbreviation of …浈江区曲江职业技术学校, not a school of 曲江区.
            if let hit = lexicon.regionTrie.longestMatch(in: s, at: i), hit.length < s.count - i,
                !lexicon.regions[hit.value].isMinorShortForm
            {
                regions.append(lexicon.regions[hit.value].prefLabel)
                levels.append(lexicon.regions[hit.value].level)
                i += hit.length
            } else if levels.last == .province, let length = RegionPattern.unknownCity(s, at: i),
                length < s.count - i
            {
                regions.append(String(String.UnicodeScalarView(s[i..<i + length])))
                levels.append(.city)
                i += length
            } else if !levels.contains(.district),
                let length = RegionPattern.unknownDistrict(s, at: i), length < s.count - i
            {
                regions.append(String(String.UnicodeScalarView(s[i..<i + length])))
                levels.append(.district)
                i += length
            } else {
                break
            }
        }
        if regions.isEmpty, let generic = GenericLevel.match(s, at: 0),
            s.count > generic.length + 1
        {
            regions.append("*")
            levels.append(generic.level)
            i = generic.length
        }
        self.regions = regions
        self.levels = levels
        var core = Array(s[i...])
        // 人民政府 and 政府 name the same body.
        if core.count >= 4 && Array(core.suffix(4)) == Array("人民政府".unicodeScalars) {
            core.removeSubrange(core.count - 4..<core.count - 2)
        }
        // 人社局, 人力资源社会保障局 and 人力资源和社会保障局 of one city are one bureau: a core that
        // is a department's name is compared in its standard form.
        if !regions.isEmpty,
            let department = GovernmentDepartments.standard.longestSuffix(
                of: core, endingAt: core.count),
            department.length == core.count
        {
            core = Array(department.entry.canonical.unicodeScalars)
        }
        self.core = core
        var stemEnd = core.count
        for k in 1..<max(1, core.count) {
            if let hit = SuffixRule.trie.longestMatch(in: core, at: k), hit.length == core.count - k
            {
                stemEnd = k
                break
            }
        }
        self.stem = Array(core[..<stemEnd])
    }

    /// The first scalar of the core, past a leading 第: names can only match when these agree.
    var matchKey: UInt32? {
        var body = core[...]
        if body.first == "第" { body = body.dropFirst() }
        return body.first?.value
    }

    /// The first scalar of the last district's name, for short forms that keep it (天等职校).
    var districtKey: UInt32? {
        guard levels.last == .district, let district = regions.last else { return nil }
        return district.unicodeScalars.first?.value
    }

    /// True when the core is an ordinal (第二职业技术学校), which only regions tell apart.
    var isOrdinal: Bool {
        core.first == "第"
            || (core.count > 1 && NameShape.ordinals.contains(core[0]) && core[1] == "职")
    }

    private static let ordinals = ScalarSet("一二三四五六七八九十")

    /// The region of `level`, if the name has one.
    func region(at level: RegionLevel) -> String? {
        guard let index = levels.firstIndex(of: level) else { return nil }
        return regions[index]
    }
}
