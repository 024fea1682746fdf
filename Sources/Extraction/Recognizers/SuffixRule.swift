/// A name suffix that marks an organisation's type (职业技术学校 → School, 有限公司 → Enterprise).
struct SuffixRule: Sendable {
    let scalars: [Unicode.Scalar]
    let type: OrganizationType
    /// The longest prefix (before the suffix) the rule accepts.
    let maxPrefix: Int
    /// Names with this suffix need a region or administrative anchor (市/省/区) in front (局, 委).
    let needsAnchor: Bool
    /// Scalars that must not follow the suffix (大学生, 中学生, 集团化).
    let forbiddenNext: [Unicode.Scalar]
    /// The suffix alone is a complete generic name (职业技术学校): a region in front is enough.
    let selfDescribing: Bool
    /// The suffix makes a proper stem a name even without a region (博伦职业技术学校, 讯方技术
    /// 股份有限公司); names with other suffixes (…学校, …联盟) need a region, quotes, a list
    /// context, or a fuller mention elsewhere in the document.
    let distinctive: Bool
    /// Scalars that must not precede the suffix (布局, 全部, 举办).
    let forbiddenPrevious: [Unicode.Scalar]
    /// Only as the tail of an international body named just before (联合国教科文组织…中心).
    let extendsKnownBody: Bool

    init(
        _ text: String, _ type: OrganizationType, maxPrefix: Int = 14, needsAnchor: Bool = false,
        forbiddenNext: String = "", selfDescribing: Bool = false, distinctive: Bool = false,
        forbiddenPrevious: String = "", extendsKnownBody: Bool = false
    ) {
        self.extendsKnownBody = extendsKnownBody
        self.forbiddenPrevious = Array(forbiddenPrevious.unicodeScalars)
        self.scalars = Array(text.unicodeScalars)
        self.type = type
        self.maxPrefix = maxPrefix
        self.needsAnchor = needsAnchor
        self.forbiddenNext = Array(forbiddenNext.unicodeScalars)
        self.selfDescribing = selfDescribing
        self.distinctive = distinctive || needsAnchor
    }

    /// Suffixes so common as words (学校, 学院, 公司 …) that a name ending in one needs a region
    /// in front, or a quote or list boundary, to count without a fuller mention elsewhere.
    var isCommonWord: Bool {
        !distinctive && (type == .school || type == .higherEd || type == .enterprise)
    }

    /// Every suffix text, for finding where a name's suffix starts.
    static let trie = ScalarTrie(all.map { String(String.UnicodeScalarView($0.scalars)) })

    /// Every rule, any order (the table groups them by last scalar, longest first).
    static let all: [SuffixRule] = [
        // secondary vocational schools
        SuffixRule("职业技术学校", .school, selfDescribing: true, distinctive: true),
        // 宁波市职业技术教育中心学校, 和龙市职业技术教育中心: a city's or county's lead school.
        SuffixRule("职业技术教育中心学校", .school, selfDescribing: true, distinctive: true),
        SuffixRule(
            "职业技术教育中心", .school, forbiddenNext: "学", selfDescribing: true, distinctive: true),
        SuffixRule("职业教育中心学校", .school, selfDescribing: true, distinctive: true),
        SuffixRule("职业中学校", .school, selfDescribing: true, distinctive: true),
        SuffixRule("卫生学校", .school, selfDescribing: true),
        SuffixRule("卫校", .school, forbiddenNext: "生", distinctive: true),
        SuffixRule("职业学校", .school),
        SuffixRule("职业中学", .school, forbiddenNext: "生校", selfDescribing: true),
        SuffixRule("职业高级中学", .school, forbiddenNext: "生", selfDescribing: true, distinctive: true),
        SuffixRule("职业高中", .school, selfDescribing: true),
        SuffixRule("技工学校", .school, selfDescribing: true, distinctive: true),
        SuffixRule("高级技工学校", .school, selfDescribing: true, distinctive: true),
        SuffixRule("技师学院", .school, selfDescribing: true, distinctive: true),
        SuffixRule("中等专业学校", .school, selfDescribing: true),
        SuffixRule("中等职业学校", .school),
        SuffixRule("职业中专", .school, forbiddenNext: "学", selfDescribing: true),
        SuffixRule("职业中专学校", .school, selfDescribing: true, distinctive: true),
        SuffixRule("中专", .school, forbiddenNext: "生业学"),
        SuffixRule("职校", .school, forbiddenNext: "生", distinctive: true),
        SuffixRule("职教中心", .school, forbiddenNext: "学", selfDescribing: true, distinctive: true),
        SuffixRule(
            "职业教育中心", .school, forbiddenNext: "学", selfDescribing: true, distinctive: true),
        SuffixRule("中学", .school, forbiddenNext: "生阶部校习"),
        SuffixRule("学校", .school, maxPrefix: 12, forbiddenNext: "生"),
        // higher education
        SuffixRule("职业技术大学", .higherEd, selfDescribing: true, distinctive: true),
        SuffixRule("职业技术学院", .higherEd, selfDescribing: true, distinctive: true),
        SuffixRule("职业学院", .higherEd, selfDescribing: true, distinctive: true),
        SuffixRule("职业大学", .higherEd, selfDescribing: true, distinctive: true),
        SuffixRule("技术大学", .higherEd, selfDescribing: true, distinctive: true),
        SuffixRule("高等专科学校", .higherEd, selfDescribing: true, distinctive: true),
        // 苏州建设交通高等职业技术学校: a five-year 高职 school.
        SuffixRule("高等职业技术学校", .higherEd, selfDescribing: true, distinctive: true),
        SuffixRule("高等职业学校", .higherEd, selfDescribing: true, distinctive: true),
        SuffixRule("科技大学", .higherEd, selfDescribing: true, distinctive: true),
        SuffixRule("专科学校", .higherEd),
        SuffixRule("开放大学", .higherEd, selfDescribing: true, distinctive: true),
        SuffixRule("电视大学", .higherEd, selfDescribing: true, distinctive: true),
        SuffixRule("专门大学", .higherEd),
        SuffixRule("大学", .higherEd, maxPrefix: 12, forbiddenNext: "生", selfDescribing: true),
        SuffixRule("学院", .higherEd, maxPrefix: 12, forbiddenNext: "生派"),
        // enterprises
        SuffixRule("股份有限公司", .enterprise, maxPrefix: 18, distinctive: true),
        SuffixRule("有限责任公司", .enterprise, maxPrefix: 18, distinctive: true),
        SuffixRule("有限公司", .enterprise, maxPrefix: 18, distinctive: true),
        SuffixRule("公司", .enterprise, maxPrefix: 12),
        SuffixRule("集团", .enterprise, maxPrefix: 10, forbiddenNext: "化军"),
        // alliances
        SuffixRule("产教联合体", .alliance, maxPrefix: 16),
        SuffixRule("联合体", .alliance, maxPrefix: 16),
        SuffixRule("共同体", .alliance, maxPrefix: 24),
        SuffixRule("职教集团", .alliance, maxPrefix: 16, forbiddenNext: "化"),
        SuffixRule(
            "职业教育集团", .alliance, maxPrefix: 16, forbiddenNext: "化", selfDescribing: true),
        SuffixRule("教育集团", .alliance, maxPrefix: 16, forbiddenNext: "化"),
        SuffixRule("联盟", .alliance, maxPrefix: 24),
        SuffixRule("产业学院", .alliance, maxPrefix: 14),
        // government
        SuffixRule("人民政府", .govBody, needsAnchor: true, selfDescribing: true),
        SuffixRule("政府", .govBody, needsAnchor: true, selfDescribing: true),
        SuffixRule("教育局", .govBody, needsAnchor: true, selfDescribing: true),
        SuffixRule("教育厅", .govBody, needsAnchor: true, selfDescribing: true),
        SuffixRule("办公厅", .govBody, needsAnchor: true),
        // 市人民政府办公室, 市招生考试委员会办公室.
        SuffixRule("办公室", .govBody, maxPrefix: 16, needsAnchor: true),
        // 经济技术开发区管委会, 盛乐经济园区管委会: the body that runs a zone.
        SuffixRule("管委会", .govBody, maxPrefix: 14, distinctive: true),
        SuffixRule("管理委员会", .govBody, maxPrefix: 18, distinctive: true),
        // 山东援藏指挥部: a province's assistance headquarters.
        SuffixRule("指挥部", .govBody, maxPrefix: 8, needsAnchor: true),
        SuffixRule("局", .govBody, maxPrefix: 12, needsAnchor: true, forbiddenPrevious: "布格结大当全开赛"),
        SuffixRule("厅", .govBody, maxPrefix: 12, needsAnchor: true, forbiddenPrevious: "大餐客展门"),
        SuffixRule(
            "委", .govBody, maxPrefix: 10, needsAnchor: true, forbiddenNext: "员托屈婉",
            forbiddenPrevious: "编评常主"),
        SuffixRule(
            "办", .govBody, maxPrefix: 10, needsAnchor: true, forbiddenNext: "学事法理公好",
            forbiddenPrevious: "举创主协承开兴合督包申停试公民"),
        SuffixRule(
            "部", .govBody, maxPrefix: 8, needsAnchor: true, forbiddenNext: "分门署",
            forbiddenPrevious: "全内外东西南北中局底头干本总俱乐"),
        SuffixRule("委员会", .govBody, maxPrefix: 14, needsAnchor: true),
        SuffixRule("人大", .govBody, needsAnchor: true, selfDescribing: true),
        SuffixRule("总工会", .govBody, needsAnchor: true, selfDescribing: true),
        // 市教育招生考试院, 教育部…教育署.
        SuffixRule("考试院", .govBody, maxPrefix: 10, needsAnchor: true),
        SuffixRule(
            "署", .govBody, maxPrefix: 10, needsAnchor: true, forbiddenNext: "名",
            forbiddenPrevious: "签部公连"),
        SuffixRule("调解中心", .govBody, maxPrefix: 10),
        // other bodies
        SuffixRule("研究院", .other, maxPrefix: 16),
        SuffixRule("研究所", .other, maxPrefix: 14),
        SuffixRule("实验室", .other, maxPrefix: 12),
        SuffixRule("医院", .other, maxPrefix: 12),
        SuffixRule("博物馆", .other, maxPrefix: 10),
        SuffixRule("协会", .other, maxPrefix: 14),
        SuffixRule("商会", .other, maxPrefix: 12),
        SuffixRule("工商联", .other, maxPrefix: 8),
        SuffixRule("基金会", .other, maxPrefix: 12),
        SuffixRule("专委会", .other, maxPrefix: 30),
        SuffixRule("指导委员会", .other, maxPrefix: 24),
        SuffixRule("工商大会", .other, maxPrefix: 8),
        SuffixRule("训练局", .other, maxPrefix: 8),
        SuffixRule("中心", .other, maxPrefix: 16, extendsKnownBody: true),
    ]
}
