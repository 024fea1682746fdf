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

    /// Every rule of `Ontology/name-suffixes.tsv`, in the file's order (the recogniser groups
    /// them by last scalar, longest first).
    static let all: [SuffixRule] = OntologyTable.standard("name-suffixes.tsv") {
        table throws(OntologyTableError) in
        let suffix = try table.column("suffix")
        let type = try table.column("type")
        let maxPrefix = try table.column("maxPrefix")
        let needsAnchor = try table.column("needsAnchor")
        let selfDescribing = try table.column("selfDescribing")
        let distinctive = try table.column("distinctive")
        let extendsKnownBody = try table.column("extendsKnownBody")
        let forbiddenNext = try table.column("forbiddenNext")
        let forbiddenPrevious = try table.column("forbiddenPrevious")
        return table.rows.map { row in
            guard let kind = OrganizationType(rawValue: row[type]), let prefix = Int(row[maxPrefix])
            else {
                preconditionFailure("name-suffixes.tsv:\(row.line): bad type or maxPrefix")
            }
            return SuffixRule(
                row[suffix], kind, maxPrefix: prefix, needsAnchor: row[needsAnchor] == "yes",
                forbiddenNext: row[forbiddenNext], selfDescribing: row[selfDescribing] == "yes",
                distinctive: row[distinctive] == "yes", forbiddenPrevious: row[forbiddenPrevious],
                extendsKnownBody: row[extendsKnownBody] == "yes")
        }
    }
}
