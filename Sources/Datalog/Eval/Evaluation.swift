import Foundation
import RDF

/// Limits and switches for one evaluation.
public struct EvaluationOptions: Sendable {
    /// Stop after this many seconds.
    public var timeout: Double?
    /// Stop once more than this many tuples have been derived.
    public var maxFacts: Int?
    /// Stop once the terms created while evaluating (strings, numbers) and the derived tuples
    /// take more than this many bytes.
    public var maxMemory: Int?
    /// Record, for each derived tuple, its rule and round (needed by explanations).
    public var trackProvenance = false
    /// Asked between rounds: true stops the evaluation (the REPL's Ctrl-C during a query).
    public var isCancelled: (@Sendable () -> Bool)?

    /// The memory limit `query` and `repl` use unless told otherwise: 2 GB.
    public static let defaultMaxMemory = 2_000_000_000

    public init(
        timeout: Double? = nil, maxFacts: Int? = nil, maxMemory: Int? = nil,
        trackProvenance: Bool = false
    ) {
        self.timeout = timeout
        self.maxFacts = maxFacts
        self.maxMemory = maxMemory
        self.trackProvenance = trackProvenance
    }
}

/// Evaluates a checked program bottom-up, stratum by stratum, semi-naively within each stratum.
///
/// Evaluation works only on plans (`RulePlan`) and integer tuples; it never sees the syntax tree.
public final class Evaluation {
    public let program: CheckedProgram
    public let terms: TermStore
    public private(set) var relations: [Relation] = []
    let options: EvaluationOptions
    /// The current round; tuples derived in it carry this number (base facts: 0).
    var round: UInt32 = 0
    var derivedCount = 0
    var checkCountdown = 1 << 16
    let deadline: Date?
    var aggregateTables: [String: AggregateTable] = [:]
    let regexCache = RegexCache()
    /// Hidden aggregate relations that are plain copies of another relation.
    lazy var aliases: [RelationID: (RelationID, [Int])] = Planner.findAliases(program)
    /// Indices in `program.rules` of each relation's rules.
    private lazy var rulesByHead: [[Int]] = {
        var out = [[Int]](repeating: [], count: program.relations.count)
        for (i, rule) in program.rules.enumerated() { out[rule.head].append(i) }
        return out
    }()
    /// The relations of the stratum being evaluated: only they have pending tuples.
    private var currentStratum: [RelationID] = []
    /// Every plan that ran, for `--plan`.
    public private(set) var executedPlans: [RulePlan] = []
    /// Seconds spent evaluating.
    public private(set) var seconds: Double = 0

    public init(
        program: CheckedProgram, facts: any FactSource, options: EvaluationOptions = .init()
    ) {
        self.program = program
        self.terms = TermStore(source: facts)
        self.options = options
        self.deadline = options.timeout.map { Date().addingTimeInterval($0) }
        relations = program.relations.map {
            Relation(name: $0.name, arity: $0.arity, tracksProvenance: options.trackProvenance)
        }
    }

    /// Runs every stratum.
    /// - Throws: `Diagnostic` for runtime errors (division by zero, limits exceeded).
    public func run() throws(Diagnostic) {
        let start = Date()
        defer { seconds = Date().timeIntervalSince(start) }
        loadBaseFacts()
        for component in program.strata {
            try evaluate(stratum: component)
        }
    }

    // MARK: Base facts

    private func loadBaseFacts() {
        let source = terms.source
        let typeID = source.termID(of: .iri(Vocab.rdf.type))
        for (id, info) in program.relations.enumerated() {
            let relation = relations[id]
            switch info.source {
            case .derived:
                continue
            case .property(let iri):
                guard let p = source.termID(of: .iri(iri)) else { break }
                source.forEachTriple(subject: nil, predicate: p, object: nil) { s, _, o in
                    relation.insertPair(s, o, rule: -1, round: 0)
                }
            case .rdfClass(let iri):
                guard let t = typeID, let c = source.termID(of: .iri(iri)) else { break }
                source.forEachTriple(subject: nil, predicate: t, object: c) { s, _, _ in
                    var v = s
                    _ = withUnsafePointer(to: &v) {
                        relation.insert(
                            UnsafeBufferPointer(start: $0, count: 1), rule: -1, round: 0)
                    }
                }
            case .triples:
                source.forEachTriple(subject: nil, predicate: nil, object: nil) { s, p, o in
                    let t = [s, p, o]
                    _ = t.withUnsafeBufferPointer { relation.insert($0, rule: -1, round: 0) }
                }
            }
            relation.commit()
        }
    }

    // MARK: Strata

    private func planner() -> Planner {
        Planner(program: program, terms: terms, aliases: aliases) { [relations] in
            relations[$0].count
        }
    }

    private func evaluate(stratum: [RelationID]) throws(Diagnostic) {
        let members = Set(stratum)
        // Aggregates over a single atom read that atom's relation: their copies are never built.
        let rules = stratum.filter { aliases[$0] == nil }.flatMap { rulesByHead[$0] }.sorted()
            .map { program.rules[$0] }
        guard !rules.isEmpty else { return }
        currentStratum = stratum
        defer { currentStratum = [] }
        var planner = planner()
        planner.growing = members
        var once: [RulePlan] = []
        var variants: [RulePlan] = []
        for rule in rules {
            var recursive = false
            for (i, literal) in rule.body.enumerated() {
                if case .positive(let atom) = literal, members.contains(atom.relation) {
                    recursive = true
                    variants.append(try planner.plan(rule, delta: i))
                }
            }
            if !recursive { once.append(try planner.plan(rule)) }
        }
        executedPlans.append(contentsOf: once + variants)
        round += 1
        for plan in once { try execute(plan) }
        for plan in variants { try execute(plan) }
        var added = 0
        for r in stratum { added += relations[r].commit() }
        derivedCount += added
        try checkLimits()
        while !variants.isEmpty && added > 0 {
            round += 1
            for plan in variants { try execute(plan) }
            added = 0
            for r in stratum { added += relations[r].commit() }
            derivedCount += added
            try checkLimits()
        }
        for r in stratum { relations[r].settle() }
    }

    /// Throws when a limit is exceeded: derived tuples (`maxFacts`), memory of created terms
    /// and derived tuples (`maxMemory`), or time (`timeout`).
    /// - Complexity: O(relations of the current stratum).
    func checkLimits() throws(Diagnostic) {
        var pending = 0
        for r in currentStratum { pending += relations[r].pendingCount }
        if let maxFacts = options.maxFacts, pending + derivedCount > maxFacts {
            throw Diagnostic.error(
                "stopped: more than \(maxFacts) facts derived (--max-facts); the program may not terminate or needs a higher limit",
                at: nil)
        }
        try checkMemory(tuples: pending + derivedCount)
        if options.isCancelled?() == true {
            throw Diagnostic.error("stopped: interrupted (Ctrl-C)", at: nil)
        }
        if let deadline, Date() > deadline {
            throw Diagnostic.error(
                "stopped: evaluation exceeded the time limit of \(options.timeout ?? 0) s (--timeout)",
                at: nil)
        }
    }

    /// Throws when the terms created while evaluating, plus `tuples` derived tuples (counted at
    /// 16 bytes each), pass `maxMemory`.
    func checkMemory(tuples: Int = 0, at location: SourceLocation? = nil) throws(Diagnostic) {
        guard let limit = options.maxMemory else { return }
        let used = terms.extraBytes + tuples * 16
        if used > limit {
            throw Diagnostic.error(
                "stopped: the evaluation needs more than \(limit / 1_000_000) MB for created terms and derived facts (--max-memory); raise the limit if that is expected",
                at: location)
        }
    }

    // MARK: Results

    /// The tuples of a relation as terms, sorted by term order.
    public func tuples(of relation: RelationID) -> [[Term]] {
        let rel = relations[relation]
        return rel.tuples.map { $0.map(terms.term) }.sorted { $0.lexicographicallyPrecedes($1) }
    }

    /// Number of tuples of a relation.
    public func count(of relation: RelationID) -> Int { relations[relation].count }
}
