/// Districts and counties the lexicon does not list, recognised by form after a known city
/// (清远市|清城区|北江职业技术学校): one to three Han scalars and 区 or 县.
enum RegionPattern {
    /// Words ending in 区 or 县 that are not districts (园区, 社区, 示范区 …).
    private static let notDistricts: Set<String> = [
        "园区", "社区", "校区", "城区", "片区", "景区", "湾区", "新区", "示范区", "开发区", "保税区", "功能区",
        "辖区", "山区", "灾区", "老区", "特区", "试验区", "先行区", "合作区", "实验区", "产业园区", "市区",
        "郊区", "库区", "矿区", "林区", "牧区", "边区", "地区", "学区", "展区", "街区", "厂区", "营区",
    ]

    /// The length of an unlisted city name (崇左市) at `index`, or nil: two or three Han and 市.
    static func unknownCity(_ s: [Unicode.Scalar], at index: Int) -> Int? {
        for length in 3...4 where index + length <= s.count && s[index + length - 1] == "市" {
            for k in index..<(index + length - 1)
            where !ScalarClass.isHan(s[k]) || NameVocabulary.cutScalars.contains(s[k]) {
                return nil
            }
            return length
        }
        return nil
    }

    /// The length of an unlisted district name at `index`, or nil.
    static func unknownDistrict(_ s: [Unicode.Scalar], at index: Int) -> Int? {
        for length in 2...4 where index + length <= s.count {
            let last = s[index + length - 1]
            guard last == "区" || last == "县" else { continue }
            var allHan = true
            for k in index..<(index + length) where !ScalarClass.isHan(s[k]) { allHan = false }
            guard allHan else { return nil }
            let text = String(String.UnicodeScalarView(s[index..<index + length]))
            if notDistricts.contains(text) || text.hasSuffix("地区") || text.hasSuffix("园区")
                || text.hasSuffix("社区")
                || notDistricts.contains(where: {
                    $0.unicodeScalars.count >= 3 && text.hasSuffix($0)
                })
            {
                return nil
            }
            if NameVocabulary.cutScalars.contains(s[index]) { return nil }
            return length
        }
        return nil
    }
}
