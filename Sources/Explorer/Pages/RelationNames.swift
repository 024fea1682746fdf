import RDF

/// How a page names an edge, read from the node at either end.
///
/// `深圳市第一职业技术学校 vg:partnersWith 华为` reads "合作 partners with 华为" on the school's page and
/// "被…合作 partner of 深圳市第一职业技术学校" on Huawei's.
enum RelationNames {
    static func name(_ predicate: String, outgoing: Bool) -> String {
        let iri = IRI(unchecked: predicate)
        let pair: (String, String)
        switch iri {
        case Vocab.vg.partnersWith: pair = ("合作 partners with", "合作方 partner of")
        case Vocab.vg.partnersWithSchool:
            pair = ("校企合作 cooperates with school", "合作企业 enterprise of")
        case Vocab.vg.memberOf: pair = ("成员 member of", "成员单位 has member")
        case Vocab.vg.leads: pair = ("牵头 leads", "由…牵头 led by")
        case Vocab.vg.assists: pair = ("帮扶 assists", "受帮扶 assisted by")
        case Vocab.vg.pathway: pair = ("贯通培养 pathway to", "贯通来源 pathway from")
        case Vocab.vg.cites: pair = ("引用 cites", "被引用 cited by")
        default:
            let short = NodeLabels.compact(iri)
            pair = (short, "← " + short)
        }
        return outgoing ? pair.0 : pair.1
    }
}
