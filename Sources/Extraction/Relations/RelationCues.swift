/// The words that signal each relation type, and the tests the relation rules share.
enum RelationCues {
    static let cooperation: [String] = [
        "校企合作", "合作", "共建", "签约", "签订", "签署", "联合", "携手", "牵手", "实训基地", "订单班",
        "企业导师", "引入", "引进", "聘请", "共育", "共办", "冠名", "挂牌", "联办", "合办", "产业学院",
        "学徒", "共同开发", "共同开展", "共同举办", "结成", "入驻", "捐赠", "联手", "协同育人", "实习基地",
        "育人", "冠名班", "联合培养", "依托企业", "企业技师", "驻校",
    ]
    static let lead: [String] = ["牵头", "领航", "发起", "理事长单位", "主导", "领衔", "会长单位"]
    static let member: [String] = [
        "加入", "成员", "理事单位", "副理事长", "理事", "依托", "会员", "入选", "参与组建", "参与发起",
    ]
    static let founding: [String] = ["共建", "成立", "组建", "创建", "共同建设"]
    static let pathway: [String] = [
        "贯通", "一贯制", "三二分段", "3+2", "3+4", "2+3", "中高职", "中本", "长学制", "高本", "直通",
        "衔接", "五年制", "分段培养", "2.5+0.5", "三二", "专本",
    ]
    static let assist: [String] = [
        "帮扶", "结对", "对口支援", "支援", "托管", "援建", "对口协作", "东西部协作", "协作帮扶",
    ]
    static let schoolCooperation: [String] = [
        "合作", "开设", "共建", "签订", "签约", "交流", "结为", "建立", "开发", "共同", "联合", "引进",
    ]
    /// Words that refer back to the school a case is about.
    static let schoolCoreference: [String] = ["该校", "本校", "我校", "该学校", "两校", "学校", "该院"]
    /// Words that refer back to the alliance last named.
    static let allianceCoreference: [String] = [
        "该联合体", "联合体", "该联盟", "该共同体", "共同体", "该集团", "该学院",
    ]
    /// Clause openers that keep the case's school as implicit subject (一是…, 首先…).
    static let enumerators: [String] = [
        "一是", "二是", "三是", "四是", "五是", "六是", "首先", "其次", "再次", "最后", "此外", "同时", "另外",
    ]

    static let cooperationTrie = trie(cooperation)
    static let leadTrie = trie(lead)
    static let memberTrie = trie(member)
    static let foundingTrie = trie(founding)
    static let pathwayTrie = trie(pathway)
    static let assistTrie = trie(assist)
    static let schoolCooperationTrie = trie(schoolCooperation)
    static let schoolCoreferenceTrie = trie(schoolCoreference)
    static let allianceCoreferenceTrie = trie(allianceCoreference)
    static let enumeratorTrie = trie(enumerators)

    private static func trie(_ words: [String]) -> ScalarTrie { ScalarTrie(words) }

    /// Start offsets of every cue of `trie` in `s[start..<end]` that lies outside `masked`.
    static func occurrences(
        of trie: ScalarTrie, in s: [Unicode.Scalar], _ start: Int, _ end: Int,
        masked: [Range<Int>] = []
    ) -> [(start: Int, end: Int)] {
        var out: [(Int, Int)] = []
        var i = start
        while i < end {
            if let hit = trie.longestMatch(in: s, at: i), i + hit.length <= end,
                !masked.contains(where: { $0.contains(i) })
            {
                out.append((i, i + hit.length))
                i += hit.length
                continue
            }
            i += 1
        }
        return out
    }

    /// True for the scalars that separate clauses.
    static func endsClause(_ c: Unicode.Scalar) -> Bool {
        c == "，" || c == "," || c == "：" || c == ":" || ScalarClass.endsSentence(c)
    }
}
