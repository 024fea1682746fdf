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
        var counts: [Int: Int] = [:]
        let s = document.scalars
        var i = 0
        while i < s.count {
            if ScalarClass.isHan(s[i]), let hit = lexicon.regionTrie.longestMatch(in: s, at: i) {
                counts[hit.value, default: 0] += 1
                i += hit.length
                continue
            }
            i += 1
        }
        func best(_ level: RegionLevel) -> (label: String, count: Int)? {
            let ranked = counts.filter { lexicon.regions[$0.key].level == level && $0.value >= 3 }
                .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            return ranked.first.map { (lexicon.regions[$0.key].prefLabel, $0.value) }
        }
        let bestCity = best(.city)
        city = bestCity?.label
        province = best(.province)?.label
        // A city's document names its districts often too; a district is home only when it is
        // named at least as often as the leading city (a county's own news item).
        if let bestDistrict = best(.district), bestDistrict.count >= (bestCity?.count ?? 0) {
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
