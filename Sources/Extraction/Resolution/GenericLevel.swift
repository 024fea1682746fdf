/// A bare administrative level at the start of a name (市教委, 县人社局, 自治区教育厅), which stands
/// for the document's own region of that level.
enum GenericLevel {
    /// Level words, longest first, with the level each stands for.
    static let words: [(scalars: [Unicode.Scalar], level: RegionLevel)] = [
        ("自治区", RegionLevel.province), ("自治州", .city), ("省", .province), ("市", .city),
        ("州", .city), ("盟", .city), ("县", .district), ("区", .district), ("旗", .district),
    ].map { (Array($0.0.unicodeScalars), $0.1) }

    /// The length of the level word at `index` of `s`, or nil.
    static func length(_ s: [Unicode.Scalar], at index: Int) -> Int? {
        match(s, at: index)?.length
    }

    /// The level word at `index` of `s` and its level, or nil.
    static func match(_ s: [Unicode.Scalar], at index: Int) -> (length: Int, level: RegionLevel)? {
        for word in words where index + word.scalars.count <= s.count {
            var same = true
            for k in 0..<word.scalars.count where s[index + k] != word.scalars[k] { same = false }
            if same { return (word.scalars.count, word.level) }
        }
        return nil
    }
}
