/// The relation types of the eval reports and `Ontology/vocgraph.ttl`.
public enum RelationType: String, Sendable, Codable, CaseIterable, Comparable {
    case partnersWith, memberOf, leads, pathway, assists, partnersWithSchool

    /// Unordered relations are stored with subject and object sorted.
    public var isSymmetric: Bool { self == .partnersWithSchool }

    public static func < (lhs: RelationType, rhs: RelationType) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}

/// One extracted relation between two resolved entities, with its evidence span.
public struct RelationFact: Sendable, Equatable {
    public var type: RelationType
    /// Indexes into the extraction's entities.
    public var subject: Int
    public var object: Int
    /// Scalar offsets of the evidence (end exclusive).
    public var start: Int
    public var end: Int
    /// The programme of a pathway (“3+4”七年一体化中本贯通培养改革试点, 五年一贯制 …).
    public var programme: String?
    /// True when the subject was found through coreference (学校, 该校 …).
    public var viaCoreference: Bool
    /// The rule that produced it (cooperation-cue, co-lead, member-cue …).
    public var rule: String
}
