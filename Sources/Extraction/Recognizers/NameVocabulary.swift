/// Word lists the organisation recogniser uses to find where a name starts and whether what
/// precedes a suffix is a real name or a generic phrase (各中职学校, 合作企业).
enum NameVocabulary {
    /// `Ontology/name-words.tsv`: every word with its roles (see the file's header).
    static let table = RoleWords.standard("name-words.tsv")

    /// The words of `role`, in the file's order.
    static func words(_ role: String) -> [String] { table.words(role) }

    /// The scalars of the one-scalar words of `role`.
    static func scalars(_ role: String) -> ScalarSet {
        ScalarSet(
            words(role).compactMap { $0.unicodeScalars.count == 1 ? $0.unicodeScalars.first : nil })
    }

    /// Verbs and connectives a name never contains: the name starts after the last one.
    static let cutWords = words("cut")

    /// Function characters a name does not contain (和 and 与 are allowed in some types).
    static let cutScalars = scalars("cutScalar")

    /// Function characters allowed inside alliance names (全国…汽车及智慧出行…共同体).
    static let allianceScalars = scalars("allianceScalar")
    /// Cut words allowed inside alliance names (国际合作联盟, 协同创新联盟).
    static let allianceWords = Set(words("alliance"))

    /// Cut words that are also business words in company names (保安服务有限公司, 建设工程有限公司).
    static let businessWords = Set(words("business"))

    /// Leading words stripped from a candidate (determiners, quantities).
    static let leadingJunk = words("junk")

    /// Words that make a stem generic when it consists of nothing else.
    static let genericWords = words("generic")

    /// Field words: a stem of these names a real organisation only with a region in front
    /// (深圳艺术学校, but not 艺术学校).
    static let domainWords = words("field").filter { !genericWords.contains($0) }

    /// Words that contain a function scalar but belong inside names (时代, 现代 …).
    static let protectedWords = words("protected")

    static let protectedTrie = ScalarTrie(protectedWords)

    /// Words inside department names that are otherwise verbs (组织部, 宣传部).
    static let departmentTrie = ScalarTrie(words("department"))

    /// Designations that make a qualifier-only alliance stem a category, not a name.
    static let designations: [[Unicode.Scalar]] = words("designation").map {
        Array($0.unicodeScalars)
    }

    /// Words that make a would-be name a plural (两大职教集团).
    static let plurals: [[Unicode.Scalar]] = words("plural").map { Array($0.unicodeScalars) }

    /// Scalars that start a quantity such as 两所 or 多家 (left as a cut).
    static let numerals = scalars("numeral")

    static let cutTrie = ScalarTrie(cutWords)

    static let junkTrie = ScalarTrie(leadingJunk)

    static let genericTrie = ScalarTrie(genericWords.map { ($0, 0) } + domainWords.map { ($0, 1) })

    /// How specific the words between a name's regions and its suffix are.
    enum Specificity: Comparable {
        /// Nothing at all (汕尾市|职业技术学校).
        case empty
        /// Only qualifiers (中等, 民办, 各类).
        case qualifiers
        /// Qualifiers and field words (艺术, 信息).
        case field
        /// Something else: a proper name (华强, 讯方).
        case proper
    }

    /// Classifies `stem` by greedy longest match over the generic and field word lists.
    static func specificity(_ stem: ArraySlice<Unicode.Scalar>) -> Specificity {
        let scalars = Array(stem)
        if scalars.isEmpty { return .empty }
        var i = 0
        var sawField = false
        var longest = 0
        while i < scalars.count {
            guard let hit = genericTrie.longestMatch(in: scalars, at: i) else { return .proper }
            if hit.value == 1 { sawField = true }
            longest = max(longest, hit.length)
            i += hit.length
        }
        // 大新, 新会: single-scalar qualifiers only, two or more of them, read as a proper name.
        if longest == 1 && scalars.count >= 2 { return .proper }
        return sawField ? .field : .qualifiers
    }
}
