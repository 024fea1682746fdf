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
    /// The 1-based page of `line`, for a paged source (PDF); absent otherwise.
    public var page: Int?
    /// The rule that found it (cooperation-cue, council-role, table-row …).
    public var rule: String?
    /// `high`, `medium` or `low` (see `RelationConfidence`).
    public var confidence: String?
    /// The word that shows the relation (共建, 理事长单位, 贯通), as written.
    public var cue: String?
    /// Where the party the evidence only refers to (该校, 学院, 双方) was named.
    public var referent: SpanRecord?

    public init(
        type: String, subject: String, object: String, line: Int, evidence: String, start: Int,
        end: Int, programme: String? = nil, via: String? = nil, page: Int? = nil,
        rule: String? = nil, confidence: String? = nil, cue: String? = nil,
        referent: SpanRecord? = nil
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
        self.page = page
        self.rule = rule
        self.confidence = confidence
        self.cue = cue
        self.referent = referent
    }
}

/// A span of the document: its line, scalar offsets (end exclusive) and verbatim text.
public struct SpanRecord: Codable, Sendable, Equatable {
    public var line: Int
    public var start: Int
    public var end: Int
    public var text: String

    public init(line: Int, start: Int, end: Int, text: String) {
        self.line = line
        self.start = start
        self.end = end
        self.text = text
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
    /// Scalar offsets of `evidence` in the decoded text, end exclusive.
    public var start: Int?
    public var end: Int?
    /// The metric concept's IRI in `Ontology/metrics.ttl`, when the wording maps to one.
    public var concept: String?

    public init(
        metric: String, value: Double, unit: String?, year: Int?, scope: String?, line: Int,
        evidence: String? = nil, start: Int? = nil, end: Int? = nil, concept: String? = nil
    ) {
        self.metric = metric
        self.value = value
        self.unit = unit
        self.year = year
        self.scope = scope
        self.line = line
        self.evidence = evidence
        self.start = start
        self.end = end
        self.concept = concept
    }
}

/// A goal a document sets, or one row of a numbered task list.
///
/// In JSON a range (comparator `range`) writes `value` as `[low, high]`, as the gold files do, and
/// also `value_max`; either form is read back.
public struct TargetRecord: Codable, Sendable, Equatable {
    public var taskNo: Int?
    public var list: String?
    public var section: String?
    public var metric: String?
    /// `>=`, `<=`, `=` or `range`; an approximate figure (左右) is `=` with `approximate` set.
    public var comparator: String?
    public var value: Double?
    public var valueMax: Double?
    public var unit: String?
    public var deadline: Int?
    /// Responsible units, resolved to full names where the document gives the region.
    public var responsible: [String]
    public var lead: [String]
    public var line: Int
    public var evidence: String?
    /// Scalar offsets of `evidence` in the decoded text, end exclusive.
    public var start: Int?
    public var end: Int?
    public var concept: String?
    /// True when the goal is approximate (`50个左右`).
    public var approximate: Bool?
    /// The region or population the goal is about (`深圳市`), when known.
    public var scope: String?
    /// The responsible units exactly as the list writes them.
    public var responsibleText: [String]?
    /// The full text of the task-list row the target belongs to.
    public var taskText: String?
    /// The 属性 of a plan's indicator (`预期性`, `约束性`), as the table writes it.
    public var attribute: String?
    /// The base and the change of a goal written relative to an earlier year (`比2023年提高5个百分点`),
    /// from which the trace computes its value; `value` and `unit` keep the change as written.
    public var relative: RelativeTarget?

    public init(
        taskNo: Int? = nil, list: String? = nil, section: String? = nil, metric: String? = nil,
        comparator: String? = nil, value: Double? = nil, valueMax: Double? = nil,
        unit: String? = nil, deadline: Int? = nil, responsible: [String] = [], lead: [String] = [],
        line: Int, evidence: String? = nil, start: Int? = nil, end: Int? = nil,
        concept: String? = nil, approximate: Bool? = nil, scope: String? = nil,
        responsibleText: [String]? = nil
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
        self.start = start
        self.end = end
        self.concept = concept
        self.approximate = approximate
        self.scope = scope
        self.responsibleText = responsibleText
    }

    enum CodingKeys: String, CodingKey {
        case list, section, metric, comparator, value, unit, deadline, responsible, lead, line
        case evidence, start, end, concept, approximate, scope
        case taskNo = "task_no"
        case valueMax = "value_max"
        case responsibleText = "responsible_text"
        case taskText = "task_text"
        case attribute, relative
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        taskNo = try c.decodeIfPresent(Int.self, forKey: .taskNo)
        list = try c.decodeIfPresent(String.self, forKey: .list)
        section = try c.decodeIfPresent(String.self, forKey: .section)
        metric = try c.decodeIfPresent(String.self, forKey: .metric)
        comparator = try c.decodeIfPresent(String.self, forKey: .comparator)
        if let pair = try? c.decodeIfPresent([Double].self, forKey: .value) {
            value = pair.first
            valueMax = pair.count > 1 ? pair[1] : nil
        } else {
            value = try c.decodeIfPresent(Double.self, forKey: .value)
        }
        if let max = try c.decodeIfPresent(Double.self, forKey: .valueMax) { valueMax = max }
        unit = try c.decodeIfPresent(String.self, forKey: .unit)
        deadline = try c.decodeIfPresent(Int.self, forKey: .deadline)
        responsible = try c.decodeIfPresent([String].self, forKey: .responsible) ?? []
        lead = try c.decodeIfPresent([String].self, forKey: .lead) ?? []
        line = try c.decode(Int.self, forKey: .line)
        evidence = try c.decodeIfPresent(String.self, forKey: .evidence)
        start = try c.decodeIfPresent(Int.self, forKey: .start)
        end = try c.decodeIfPresent(Int.self, forKey: .end)
        concept = try c.decodeIfPresent(String.self, forKey: .concept)
        approximate = try c.decodeIfPresent(Bool.self, forKey: .approximate)
        scope = try c.decodeIfPresent(String.self, forKey: .scope)
        responsibleText = try c.decodeIfPresent([String].self, forKey: .responsibleText)
        taskText = try c.decodeIfPresent(String.self, forKey: .taskText)
        attribute = try c.decodeIfPresent(String.self, forKey: .attribute)
        relative = try c.decodeIfPresent(RelativeTarget.self, forKey: .relative)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(taskNo, forKey: .taskNo)
        try c.encodeIfPresent(list, forKey: .list)
        try c.encodeIfPresent(section, forKey: .section)
        try c.encodeIfPresent(metric, forKey: .metric)
        try c.encodeIfPresent(comparator, forKey: .comparator)
        if let value, let valueMax, comparator == "range" {
            try c.encode([value, valueMax], forKey: .value)
        } else {
            try c.encodeIfPresent(value, forKey: .value)
        }
        try c.encodeIfPresent(valueMax, forKey: .valueMax)
        try c.encodeIfPresent(unit, forKey: .unit)
        try c.encodeIfPresent(deadline, forKey: .deadline)
        try c.encode(responsible, forKey: .responsible)
        try c.encode(lead, forKey: .lead)
        try c.encode(line, forKey: .line)
        try c.encodeIfPresent(evidence, forKey: .evidence)
        try c.encodeIfPresent(start, forKey: .start)
        try c.encodeIfPresent(end, forKey: .end)
        try c.encodeIfPresent(concept, forKey: .concept)
        try c.encodeIfPresent(approximate, forKey: .approximate)
        try c.encodeIfPresent(scope, forKey: .scope)
        try c.encodeIfPresent(responsibleText, forKey: .responsibleText)
        try c.encodeIfPresent(taskText, forKey: .taskText)
        try c.encodeIfPresent(attribute, forKey: .attribute)
        try c.encodeIfPresent(relative, forKey: .relative)
    }
}
