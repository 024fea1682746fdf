/// A region's schools of one sector taken as a whole (深圳市中职学校, 广州市中等职业学校): the scope
/// of a region-wide figure.
///
/// It is not an organisation: nobody signs for it, it carries no task and partners with no one,
/// so it is not a `vg:Organization` but a `vg:SchoolSystem` node (`vgi:sys-…`) with `vg:region`
/// and its name. Its identity is the region in full and the sector (中职, 高职, 职业, or empty for
/// a figure about the bare region), so 广州市中职学校 and 广州市中等职业学校 are one node.
public struct SchoolSystem: Hashable, Sendable {
    /// The region, regions in full (深圳市, 广东省深圳市).
    public var region: String
    /// 中职, 高职, 职业, or empty: every vocational school of the region.
    public var sector: String
    /// The name as written.
    public var name: String

    /// Words that name a sector's schools as a whole, and the sector they stand for.
    static let sectorWords: [String: String] = [
        "中职学校": "中职", "中等职业学校": "中职", "中职院校": "中职", "中职": "中职",
        "高职院校": "高职", "高职学校": "高职", "高职": "高职",
        "职业学校": "职业", "职业院校": "职业",
    ]

    /// The system a scope names: a province or city and nothing but a sector word
    /// (深圳市中职学校); nil for a named school (深圳市第一职业技术学校) or a county's school
    /// (XX县职业学校, often the county's one school).
    public init?(scope name: String, lexicon: Lexicon = .standard) {
        let shape = NameShape(name, lexicon: lexicon)
        guard let level = shape.levels.last, level <= .city, !shape.regions.contains("*"),
            let sector = Self.sectorWords[String(String.UnicodeScalarView(shape.core))]
        else { return nil }
        self.region = shape.regions.joined()
        self.sector = sector
        self.name = name
    }

    /// Every vocational school of `region` (a figure whose scope is the region itself).
    public init(region: String, lexicon: Lexicon = .standard) {
        let shape = NameShape(region + "学校", lexicon: lexicon)
        let full = shape.regions.contains("*") ? "" : shape.regions.joined()
        self.region = full.isEmpty ? region : full
        self.sector = ""
        self.name = region
    }
}
