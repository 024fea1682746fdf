/// The relation types of the eval reports and `Ontology/vocgraph.ttl`.
public enum RelationType: String, Sendable, Codable, CaseIterable, Comparable {
    case partnersWith, memberOf, leads, pathway, assists, partnersWithSchool

    /// Unordered relations are stored with subject and object sorted.
    public var isSymmetric: Bool { self == .partnersWithSchool }

    public static func < (lhs: RelationType, rhs: RelationType) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}

/// How sure a rule is of a fact, on a small ordered scale an analyst can filter on.
public enum RelationConfidence: Int, Sendable, Comparable, CaseIterable {
    /// The subject came from coreference across sentences (a headline's school, 双方).
    case low = 1
    /// Both names in the sentence, the cue elsewhere in it; or coreference within the sentence.
    case medium = 2
    /// Both names and the cue in one clause, a council list, or one table row.
    case high = 3

    /// The value written as `vg:confidence` (0.5, 0.7, 0.9).
    public var score: String {
        switch self {
        case .low: "0.5"
        case .medium: "0.7"
        case .high: "0.9"
        }
    }

    public var name: String {
        switch self {
        case .low: "low"
        case .medium: "medium"
        case .high: "high"
        }
    }

    public static func < (lhs: RelationConfidence, rhs: RelationConfidence) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}

/// One extracted relation between two resolved entities, with its evidence span.
public struct RelationFact: Sendable, Equatable {
    public var type: RelationType
    /// Indexes into the extraction's entities.
    public var subject: Int
    public var object: Int
    /// Scalar offsets of the evidence: the clause from the subject (or the word that refers
    /// to it) through the cue to the object (end exclusive).
    public var start: Int
    public var end: Int
    /// The programme of a pathway (“3+4”七年一体化中本贯通培养改革试点, 五年一贯制 …).
    public var programme: String?
    /// True when the subject was found through coreference (学校, 该校 …).
    public var viaCoreference: Bool
    /// The rule that produced it (cooperation-cue, co-lead, council-role …).
    public var rule: String
    /// The cue word's offsets inside the evidence (共建, 理事长单位, 贯通), when there is one.
    public var cue: Range<Int>?
    /// Where the subject was named when the evidence only refers to it (the headline's
    /// school for a body sentence that says 该校): a second evidence span.
    public var referentNamed: Range<Int>?
    public var confidence: RelationConfidence = .high

    public init(
        type: RelationType, subject: Int, object: Int, start: Int, end: Int,
        programme: String? = nil, viaCoreference: Bool, rule: String, cue: Range<Int>? = nil,
        referentNamed: Range<Int>? = nil, confidence: RelationConfidence = .high
    ) {
        self.type = type
        self.subject = subject
        self.object = object
        self.start = start
        self.end = end
        self.programme = programme
        self.viaCoreference = viaCoreference
        self.rule = rule
        self.cue = cue
        self.referentNamed = referentNamed
        self.confidence = confidence
    }
}
