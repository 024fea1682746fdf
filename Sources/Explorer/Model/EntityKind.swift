import RDF

/// What kind of node a search hit is; results are grouped in this order.
public enum EntityKind: String, Sendable, CaseIterable, Comparable {
    case organization, policy, document

    /// The heading of the group on the search page.
    var heading: String {
        switch self {
        case .organization: return "机构 Organisations"
        case .policy: return "政策 Policies"
        case .document: return "文件 Documents"
        }
    }

    public static func < (a: EntityKind, b: EntityKind) -> Bool {
        allCases.firstIndex(of: a) ?? 0 < allCases.firstIndex(of: b) ?? 0
    }

    /// The organisation classes of the ontology, most specific first, with the name a page shows.
    static let organizationTypes: [(IRI, String)] = [
        (Vocab.vg.School, "中职学校 School"), (Vocab.vg.HigherEd, "高等院校 Higher education"),
        (Vocab.vg.Enterprise, "企业 Enterprise"), (Vocab.vg.Alliance, "联盟 Alliance"),
        (Vocab.vg.GovBody, "政府部门 Government body"),
        (Vocab.vg.SchoolSystem, "地区学校 Schools of a region"),
        (Vocab.vg.OtherOrganization, "其他机构 Other organisation"),
        (Vocab.vg.Organization, "机构 Organisation"),
        (Vocab.org.FormalOrganization, "机构 Organisation"),
    ]
}
