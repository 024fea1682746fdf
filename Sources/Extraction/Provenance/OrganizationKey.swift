import RDF

/// Who an organisation is: its normalised name, and the type a document gives it.
///
/// The name alone is the identity: ``InstanceIRI/organisation(_:)`` mints the node from it, so
/// the extractor's entities, the scopes of figures and the responsible units of task lists that
/// name one organisation meet on one node, in one document and across documents. The type is
/// the document's claim; where documents disagree (深圳技师学院 as a school in one report and
/// as a college in another), ``OrganizationClasses`` picks one class for the merged node.
///
/// The normalised name is the lexicon's preferred label when the name is a known one
/// (华为 → 华为技术有限公司), else the name with its regions written in full (深圳艺术学校 →
/// 深圳市艺术学校) and 人民政府 written 政府 (深圳市人民政府 → 深圳市政府); a name that starts with
/// a bare level (市教育局) stays as written.
public struct OrganizationKey: Hashable, Sendable {
    public var type: OrganizationType
    /// The normalised name the IRI derives from.
    public var name: String

    /// A key from a type and an already normalised name (``ResolvedEntity/key``).
    public init(type: OrganizationType, name: String) {
        self.type = type
        self.name = name
    }

    /// The key of a name found outside the entity resolver (a scope, a responsible unit): the
    /// name normalised as the resolver normalises its entities, typed by its suffix, else
    /// `fallback`.
    public init(naming name: String, fallback: OrganizationType, lexicon: Lexicon = .standard) {
        let shape = NameShape(name, lexicon: lexicon)
        self.init(
            type: OrganizationKey.suffixType(of: name) ?? fallback,
            name: OrganizationKey.normalised(shape: shape, name: name, lexicon: lexicon))
    }

    /// The organisation's node.
    public var iri: IRI { InstanceIRI.organisation(self) }

    /// The resolver's key of a name of `shape`: the lexicon's label, else regions in full + core.
    static func normalised(shape: NameShape, name: String, lexicon: Lexicon) -> String {
        if let entry = shape.lexiconEntry { return lexicon.organizations[entry].prefLabel }
        var out = ""
        for region in shape.regions {
            if region == "*" { return name }
            out += region
        }
        return out + String(String.UnicodeScalarView(shape.core))
    }

    /// The type the longest organisation suffix of `name` marks (技师学院 → School, 学院 → HigherEd,
    /// 有限公司 → Enterprise, 局 → GovBody), or nil when no suffix ends the name.
    public static func suffixType(of name: String) -> OrganizationType? {
        let scalars = Array(name.unicodeScalars)
        var best: (length: Int, type: OrganizationType)?
        for rule in SuffixRule.all where rule.scalars.count <= scalars.count {
            guard scalars.suffix(rule.scalars.count).elementsEqual(rule.scalars) else { continue }
            if rule.scalars.count > best?.length ?? 0 { best = (rule.scalars.count, rule.type) }
        }
        return best?.type
    }

    /// True when `name` starts with a bare level word (市教育局, 省教育厅, 区政府): a form that names
    /// an organisation only inside a document of that region, so it is no label of the node.
    /// A department's name alone (教育局 of 自治区教育厅、教育局 or 总工会及教育局) is relative too.
    public static func isRelative(_ name: String, lexicon: Lexicon = .standard) -> Bool {
        NameShape(name, lexicon: lexicon).regions.first == "*"
            || GovernmentDepartments.standard.canonical(of: name) != nil
    }
}

extension ResolvedEntity {
    /// The entity's key: its type and the resolver's normalised name.
    public var organizationKey: OrganizationKey { OrganizationKey(type: type, name: key) }
}

extension OrganizationType {
    /// The class of the type in `Ontology/vocgraph.ttl`.
    public var classIRI: IRI {
        switch self {
        case .school: return Vocab.vg.School
        case .higherEd: return Vocab.vg.HigherEd
        case .enterprise: return Vocab.vg.Enterprise
        case .alliance: return Vocab.vg.Alliance
        case .govBody: return Vocab.vg.GovBody
        case .other: return Vocab.vg.OtherOrganization
        }
    }

    /// The type whose class is `iri`, if any.
    public init?(classIRI iri: IRI) {
        guard let type = OrganizationType.allCases.first(where: { $0.classIRI == iri }) else {
            return nil
        }
        self = type
    }
}

extension RelationType {
    /// The property of the relation in `Ontology/vocgraph.ttl`.
    public var predicate: IRI {
        switch self {
        case .partnersWith: return Vocab.vg.partnersWith
        case .memberOf: return Vocab.vg.memberOf
        case .leads: return Vocab.vg.leads
        case .pathway: return Vocab.vg.pathway
        case .assists: return Vocab.vg.assists
        case .partnersWithSchool: return Vocab.vg.partnersWithSchool
        }
    }
}
