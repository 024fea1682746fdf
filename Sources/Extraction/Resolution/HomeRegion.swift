/// The city and province a document is about: the ones it names most often.
///
/// Bare 市教育局 and 省教育厅 in a Shenzhen report mean 深圳市教育局 and 广东省教育厅; the
/// resolver writes such names in full (keeping the bare form as an alias) so that documents of
/// different cities do not share one 市教育局.
struct HomeRegion: Sendable, Equatable {
    var city: String?
    var province: String?
    var district: String?

    /// Counts region names in `document` (at least three mentions to count as home).
    init(_ document: Document, lexicon: Lexicon) {
        // Hits are counted per lexicon region in arrays, then merged by preferred label: hashing
        // the label at each of a report's 2,000 hits cost more than finding them.
        let s = document.scalars
        var hitCount = [Int](repeating: 0, count: lexicon.regions.count)
        var firstHit = [Int](repeating: 0, count: lexicon.regions.count)
        var lastHit = [Int](repeating: 0, count: lexicon.regions.count)
        var touched: [Int] = []
        var i = 0
        while i < s.count {
            if ScalarClass.isHan(s[i]), let hit = lexicon.regionTrie.longestMatch(in: s, at: i) {
                if hitCount[hit.value] == 0 {
                    touched.append(hit.value)
                    firstHit[hit.value] = i
                }
                hitCount[hit.value] += 1
                lastHit[hit.value] = i
                i += hit.length
                continue
            }
            i += 1
        }
        // Full names and short forms of one region count together (鄞州区, 鄞州); the level is
        // that of the label's last hit.
        var counts: [String: (level: RegionLevel, count: Int, first: Int)] = [:]
        var levelHit: [String: Int] = [:]
        for entry in touched {
            let region = lexicon.regions[entry]
            let seen = counts[region.prefLabel]
            let last = levelHit[region.prefLabel] ?? -1
            counts[region.prefLabel] = (
                lastHit[entry] > last ? region.level : seen?.level ?? region.level,
                (seen?.count ?? 0) + hitCount[entry], min(seen?.first ?? Int.max, firstHit[entry])
            )
            levelHit[region.prefLabel] = max(last, lastHit[entry])
        }
        func best(_ level: RegionLevel, atLeast: Int = 3) -> (
            label: String, count: Int, first: Int
        )? {
            let ranked = counts.filter { $0.value.level == level && $0.value.count >= atLeast }
                .sorted {
                    $0.value.count != $1.value.count
                        ? $0.value.count > $1.value.count : $0.key < $1.key
                }
            return ranked.first.map { ($0.key, $0.value.count, $0.value.first) }
        }
        let bestCity = best(.city)
        city = bestCity?.label
        province = best(.province)?.label
        // A city's document names its districts often too; a district is home only when it is
        // named at least as often as the leading city, or is named in the headline (a county's
        // or district's own news item: 鄞州职教中心携手方太…, then 区教育局 is 鄞州区教育局).
        let header = document.lineStarts.count > 3 ? document.lineStarts[3] : s.count
        if let bestDistrict = best(.district, atLeast: 2),
            bestDistrict.count >= (bestCity?.count ?? 0) || bestDistrict.first < header
        {
            district = bestDistrict.label
        }
    }

    /// The home region of `level`, if the document has one.
    func region(at level: RegionLevel) -> String? {
        switch level {
        case .city: return city
        case .province: return province
        case .district: return district
        default: return nil
        }
    }

    /// `name` with a bare leading 市 or 省 replaced by the home city or province, if known.
    func expand(_ name: String) -> String? {
        let scalars = Array(name.unicodeScalars)
        guard scalars.count > 2 else { return nil }
        guard let generic = GenericLevel.match(scalars, at: 0) else { return nil }
        let rest = String(String.UnicodeScalarView(scalars.dropFirst(generic.length)))
        switch generic.level {
        case .city: return city.map { $0 + rest }
        case .province: return province.map { $0 + rest }
        case .district: return district.map { $0 + rest }
        default: return nil
        }
    }
}
