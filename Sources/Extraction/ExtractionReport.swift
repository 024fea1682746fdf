/// The extraction report of one document, in the JSON shape of `../shared/eval/README.md`
/// (what `vocgraph extract FILE --json` prints and the scorer reads).
public struct ExtractionReport: Codable, Sendable, Equatable {
    public var document: String
    /// The document's own number (粤府〔2020〕63号), when its header gives one.
    public var number: String? = nil
    public var entities: [EntityRecord] = []
    public var relations: [RelationRecord] = []
    public var policiesCited: [PolicyCitation] = []
    public var observations: [ObservationRecord] = []
    public var targets: [TargetRecord] = []

    public init(document: String) { self.document = document }

    enum CodingKeys: String, CodingKey {
        case document, number, entities, relations, observations, targets
        case policiesCited = "policies_cited"
    }
}

/// One resolved entity: its fullest name and every other form the document uses.
public struct EntityRecord: Codable, Sendable, Equatable {
    /// `School`, `HigherEd`, `Enterprise`, `Alliance`, `GovBody` or `Other`.
    public var type: String
    public var name: String
    public var aliases: [String]
    /// 1-based lines where the entity is mentioned.
    public var lines: [Int]

    public init(type: String, name: String, aliases: [String] = [], lines: [Int] = []) {
        self.type = type
        self.name = name
        self.aliases = aliases
        self.lines = lines
    }
}

/// One relation between two entities, cited at its clearest line.
public struct RelationRecord: Codable, Sendable, Equatable {
    /// `partnersWith`, `memberOf`, `leads`, `pathway`, `assists`, `partnersWithSchool`.
    public var type: String
    public var subject: String
    public var object: String
    public var line: Int
    /// The verbatim text supporting the relation (equal to the document text at `start..<end`).
    public var evidence: String
    /// Scalar offsets of `evidence` in the decoded text, end exclusive.
    public var start: Int
    public var end: Int
    /// The programme for `pathway` relations (五年一贯制, 三二分段 …), if named.
    public var programme: String?
    /// How the subject was found: `explicit` or `coreference`.
    public var via: String?

    public init(
        type: String, subject: String, object: String, line: Int, evidence: String, start: Int,
        end: Int, programme: String? = nil, via: String? = nil
    ) {
        self.type = type
        self.subject = subject
        self.object = object
        self.line = line
        self.evidence = evidence
        self.start = start
        self.end = end
        self.programme = programme
        self.via = via
    }
}

/// A policy the document cites: a title in 《》 and/or a document number such as 粤府〔2020〕63号.
public struct PolicyCitation: Codable, Sendable, Equatable {
    public var title: String?
    public var number: String?
    public var line: Int

    public init(title: String?, number: String?, line: Int) {
        self.title = title
        self.number = number
        self.line = line
    }
}

/// A reported figure (a table cell or a clear prose measurement).
public struct ObservationRecord: Codable, Sendable, Equatable {
    public var metric: String
    public var value: Double
    public var unit: String?
    public var year: Int?
    public var scope: String?
    public var line: Int
    public var evidence: String?
    /// The metric concept's IRI in `Ontology/metrics.ttl`, when the wording maps to one.
    public var concept: String?

    public init(
        metric: String, value: Double, unit: String?, year: Int?, scope: String?, line: Int,
        evidence: String? = nil, concept: String? = nil
    ) {
        self.metric = metric
        self.value = value
        self.unit = unit
        self.year = year
        self.scope = scope
        self.line = line
        self.evidence = evidence
        self.concept = concept
    }
}

/// A goal a document sets, or one row of a numbered task list.
public struct TargetRecord: Codable, Sendable, Equatable {
    public var taskNo: Int?
    public var list: String?
    public var section: String?
    public var metric: String?
    /// `>=`, `<=`, `=`, `~` (左右) or `range`.
    public var comparator: String?
    public var value: Double?
    public var valueMax: Double?
    public var unit: String?
    public var deadline: Int?
    public var responsible: [String]
    public var lead: [String]
    public var line: Int
    public var evidence: String?
    public var concept: String?

    public init(
        taskNo: Int? = nil, list: String? = nil, section: String? = nil, metric: String? = nil,
        comparator: String? = nil, value: Double? = nil, valueMax: Double? = nil,
        unit: String? = nil, deadline: Int? = nil, responsible: [String] = [], lead: [String] = [],
        line: Int, evidence: String? = nil, concept: String? = nil
    ) {
        self.taskNo = taskNo
        self.list = list
        self.section = section
        self.metric = metric
        self.comparator = comparator
        self.value = value
        self.valueMax = valueMax
        self.unit = unit
        self.deadline = deadline
        self.responsible = responsible
        self.lead = lead
        self.line = line
        self.evidence = evidence
        self.concept = concept
    }

    enum CodingKeys: String, CodingKey {
        case list, section, metric, comparator, value, unit, deadline, responsible, lead, line
        case evidence, concept
        case taskNo = "task_no"
        case valueMax = "value_max"
    }
}
