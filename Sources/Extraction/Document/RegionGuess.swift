/// Where a document comes from, guessed from its issuer, then its title.
///
/// The standard locator reads the national gazetteer (`Ontology/regions.tsv`): the most
/// specific division a text names in full (和林格尔县 over 呼和浩特市 over 内蒙古自治区); the
/// simple one knows provinces, `…市`, `…区`/`…县` after a city, and national bodies.
public protocol RegionLocating: Sendable {
    /// The most specific region `text` names, with its level.
    func region(in text: String) -> (name: String, level: DocumentIdentity.Level)?
}

/// Guesses a document's region from its issuer, then its title.
public struct RegionGuess: Sendable {
    public var gazetteer: any RegionLocating

    public init(gazetteer: any RegionLocating = GazetteerRegionLocator()) {
        self.gazetteer = gazetteer
    }

    /// The guess with the built-in gazetteer.
    public static let standard = RegionGuess()

    /// The region of the issuer when it names one, else the title's.
    public func region(issuer: String?, title: String?) -> (
        name: String, level: DocumentIdentity.Level
    )? {
        for text in [issuer, title].compactMap({ $0 }) {
            if let found = gazetteer.region(in: text) { return found }
        }
        return nil
    }

    /// For a policy whose issuer and title name no region: the province its text names most
    /// often (at least twice), as 省教育厅牵头 lists leave the province implicit.
    public func province(inText text: String) -> (name: String, level: DocumentIdentity.Level)? {
        province(inScalars: Array(text.unicodeScalars), text: text)
    }

    /// `province(inText:)` of a text given as its scalars too (a document's, already split).
    func province(inScalars scalars: [Unicode.Scalar], text: String) -> (
        name: String, level: DocumentIdentity.Level
    )? {
        // One pass: at each 省 or 区, the province name that ends there. Names match whole
        // characters (省 with a combining mark after it is another character); when every scalar
        // is a character of its own, as in nearly every report, the scalars are matched and the
        // text is not split into characters (a third of the extraction of a 26 kB policy).
        let best: Int?
        if scalars.allSatisfy(Self.isOwnCharacter) {
            best = Self.mostNamed(scalars, SimpleRegionGazetteer.provinceScalars)
        } else {
            best = Self.mostNamed(Array(text), SimpleRegionGazetteer.provinces.map { Array($0) })
        }
        return best.map { (SimpleRegionGazetteer.provinces[$0], .province) }
    }

    /// The index of the name of `names` ending most often (at least twice) at a 省 or 区 of
    /// `text`; the first listed on a tie.
    private static func mostNamed<Element: Equatable>(
        _ text: [Element], _ names: [[Element]]
    ) -> Int? where Element: ExpressibleByUnicodeScalarLiteral {
        let sheng: Element = "省"
        let qu: Element = "区"
        var counts: [Int: Int] = [:]
        for i in text.indices where text[i] == sheng || text[i] == qu {
            for (index, name) in names.enumerated()
            where name.last == text[i] && i + 1 >= name.count
                && text[(i + 1 - name.count)...i].elementsEqual(name)
            {
                counts[index, default: 0] += 1
            }
        }
        let best = counts.filter { $0.value >= 2 }.max {
            ($0.value, -$0.key) < ($1.value, -$1.key)
        }
        return best?.key
    }

    /// True for scalars that never join a neighbour into one character (no combining marks,
    /// joiners, Hangul jamo or emoji): Latin-1 and Latin, Han, CJK and general punctuation,
    /// full-width forms, enclosed numbers (①, ㈠) and symbols (■, ㎡).
    @inline(__always)
    static func isOwnCharacter(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0...0x2FF, 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x3000...0x3029, 0x3030...0x303F,
            0x2010...0x2027, 0x2030...0x205E, 0x2100...0x23FF, 0x2460...0x25FF,
            0x3200...0x33FF, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF01...0xFF9D:
            return true
        default:
            return false
        }
    }
}

/// Province names, `…市`, `…区`/`…县` after a city, and national bodies.
public struct SimpleRegionGazetteer: RegionLocating {
    public init() {}

    static let provinces = [
        "黑龙江省", "内蒙古自治区", "新疆维吾尔自治区", "广西壮族自治区", "宁夏回族自治区", "西藏自治区", "河北省", "山西省",
        "辽宁省", "吉林省", "江苏省", "浙江省", "安徽省", "福建省", "江西省", "山东省", "河南省", "湖北省", "湖南省", "广东省",
        "海南省", "四川省", "贵州省", "云南省", "陕西省", "甘肃省", "青海省", "台湾省", "香港特别行政区", "澳门特别行政区",
    ]
    static let provinceScalars = provinces.map { Array($0.unicodeScalars) }
    static let municipalities = ["北京市", "上海市", "天津市", "重庆市"]
    static let nationalBodies = ["国务院", "中共中央", "教育部", "人力资源社会保障部", "国家发展改革委", "财政部", "全国人民代表大会"]
    /// Two characters before 市 that do not make a city.
    static let notCities: Set<String> = [
        "城市", "全市", "本市", "该市", "我市", "各市", "地级", "以上", "上市", "超市", "都市",
    ]

    public func region(in text: String) -> (name: String, level: DocumentIdentity.Level)? {
        var found: (name: String, level: DocumentIdentity.Level)?
        var rest = Substring(text)
        if let province = Self.provinces.first(where: { text.contains($0) }),
            let range = text.range(of: province)
        {
            found = (province, .province)
            rest = text[range.upperBound...]
        } else if let city = Self.municipalities.first(where: { text.contains($0) }),
            let range = text.range(of: city)
        {
            found = (city, .province)
            rest = text[range.upperBound...]
        }
        let chars = Array(rest)
        var cityEnd: Int?
        if let shi = chars.firstIndex(of: "市"), shi >= 2 {
            // After a province the name runs from its end; alone, it is the two characters before.
            let start = found != nil ? 0 : shi - 2
            let name = String(chars[start..<shi])
            if (2...4).contains(name.count), name.unicodeScalars.allSatisfy(ScalarClass.isHan),
                !Self.notCities.contains(name)
            {
                found = (
                    name + "市",
                    found?.level == .province && found?.name.hasSuffix("市") == true
                        ? .county : .city
                )
                cityEnd = shi + 1
            }
        }
        if let cityEnd {
            let tail = Array(chars[cityEnd...])
            if let end = tail.firstIndex(where: { $0 == "区" || $0 == "县" }), (2...3).contains(end),
                tail[..<end].allSatisfy({ $0.unicodeScalars.allSatisfy(ScalarClass.isHan) })
            {
                found = (String(tail[...end]), .county)
            }
        }
        if found == nil, Self.nationalBodies.contains(where: text.contains) {
            found = ("全国", .national)
        }
        return found
    }
}

/// Regions from the national gazetteer: the most specific division `text` names by its full
/// name (a short form such as 和田 is too often a word to place a document), else the simple
/// locator (national bodies, unlisted cities).
public struct GazetteerRegionLocator: RegionLocating {
    public var gazetteer: RegionGazetteer

    public init(gazetteer: RegionGazetteer = .standard) { self.gazetteer = gazetteer }

    public func region(in text: String) -> (name: String, level: DocumentIdentity.Level)? {
        let s = Array(text.unicodeScalars)
        var best: (name: String, level: DocumentIdentity.Level, rank: Int)?
        var i = 0
        while i < s.count {
            guard let match = gazetteer.longestMatch(in: s, at: i),
                let candidate = match.candidates.first(where: { $0.form == .full })
            else {
                i += 1
                continue
            }
            let division = candidate.division
            let level: DocumentIdentity.Level
            switch division.level {
            case .province: level = .province
            case .city: level = .city
            case .county: level = .county
            }
            // Municipalities (北京市) are provinces; their districts are counties.
            let rank = [.province: 1, .city: 2, .county: 3][level] ?? 0
            if rank > best?.rank ?? 0 { best = (division.name, level, rank) }
            i += match.length
        }
        if let best { return (best.name, best.level) }
        return SimpleRegionGazetteer().region(in: text)
    }
}
