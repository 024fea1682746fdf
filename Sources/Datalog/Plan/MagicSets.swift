import RDF

/// Demand-driven evaluation of queries with constants: the magic-set rewriting.
///
/// For `?- sg(c, Y).` the rules of `sg` are copied as `sg[bf]` ("first argument bound"), each
/// guarded by a magic relation `magic sg[bf]` that holds the values the first argument can take
/// where it is needed: `c`, and whatever the copied rules pass on to their own calls of `sg`. Only
/// those tuples are derived. Body literals are taken most-bound first (sideways information
/// passing): an atom's bound arguments are those bound by the head's bound positions and the
/// literals before it.
///
/// The rewriting is sound with negation and aggregates because it never adorns them: a negated
/// atom or an aggregate reads its relation in full, through the original rules, which stay in an
/// earlier stratum. Relations that no query, `.output` or requested relation needs are then
/// dropped, so they are not evaluated.
public enum MagicSets {
    /// The rewritten program and, for `--plan`, one line per adorned relation.
    public struct Result: Sendable {
        /// The program with adorned copies, magic relations and only the rules it needs.
        public var program: CheckedProgram
        /// One line per adorned relation, for `--plan`.
        public var summary: [String]
    }

    /// Rewrites `program`, keeping `keep` (and `.output` relations) computed in full.
    /// - Returns: nil when no query has a bound argument on a rule-defined relation.
    public static func rewrite(_ program: CheckedProgram, keep: [RelationID] = []) -> Result? {
        var rewriter = Rewriter(program: program)
        rewriter.run()
        guard !rewriter.adorned.isEmpty else { return nil }
        var out = rewriter.program
        prune(&out, keep: keep + program.outputs)
        out.strata = strata(of: out)
        return Result(program: out, summary: rewriter.summary)
    }

    /// Drops the rules of relations that no query or kept relation depends on.
    static func prune(_ program: inout CheckedProgram, keep: [RelationID]) {
        var byHead: [RelationID: [Int]] = [:]
        for (i, rule) in program.rules.enumerated() { byHead[rule.head, default: []].append(i) }
        var needed = Set(keep + program.queries.map(\.relation))
        var work = Array(needed)
        while let r = work.popLast() {
            for i in byHead[r] ?? [] {
                for literal in program.rules[i].body {
                    let used: RelationID?
                    switch literal {
                    case .positive(let a), .negative(let a): used = a.relation
                    case .aggregate(let a): used = a.relation
                    default: used = nil
                    }
                    if let used, needed.insert(used).inserted { work.append(used) }
                }
            }
        }
        program.rules = program.rules.filter { needed.contains($0.head) }
        for i in program.rules.indices { program.rules[i].id = i }
    }

    /// A bound atom argument as a head expression.
    static func expression(_ argument: ArgumentTerm) -> ResolvedExpression {
        switch argument {
        case .variable(let v): .variable(v)
        case .constant(let t): .constant(t)
        case .wildcard: preconditionFailure("a bound argument is never a wildcard")
        }
    }

    /// Strongly connected components of the rewritten rules, in dependency order.
    static func strata(of program: CheckedProgram) -> [[RelationID]] {
        var edges = [[RelationID]](repeating: [], count: program.relations.count)
        for rule in program.rules {
            for literal in rule.body {
                switch literal {
                case .positive(let a), .negative(let a): edges[rule.head].append(a.relation)
                case .aggregate(let a): edges[rule.head].append(a.relation)
                default: break
                }
            }
        }
        return StronglyConnected.components(count: program.relations.count) { edges[$0] }
    }

    /// One pass of the rewriting over a program.
    struct Rewriter {
        var program: CheckedProgram
        /// (relation, adornment) → (adorned relation, magic relation).
        var adorned: [String: (RelationID, RelationID)] = [:]
        var summary: [String] = []
        private var work: [(RelationID, [Bool], RelationID, RelationID)] = []
        private let rulesOf: [RelationID: [ResolvedRule]]
        private let eligible: Set<RelationID>

        init(program: CheckedProgram) {
            self.program = program
            var rulesOf: [RelationID: [ResolvedRule]] = [:]
            for rule in program.rules { rulesOf[rule.head, default: []].append(rule) }
            self.rulesOf = rulesOf
            // Rule-defined relations whose heads are variables and constants only (relations of
            // facts alone gain nothing from a copy).
            var eligible = Set<RelationID>()
            for (id, rules) in rulesOf
            where !program.relations[id].isHidden && rules.contains(where: { !$0.body.isEmpty }) {
                let simple = rules.allSatisfy { rule in
                    rule.headArguments.allSatisfy {
                        switch $0 {
                        case .variable, .constant: true
                        default: false
                        }
                    } && Rewriter.groupsStayEnumerated(rule)
                }
                if simple && program.relations[id].source == .derived { eligible.insert(id) }
            }
            self.eligible = eligible
        }

        /// Whether every aggregate's group is bound by the rule's atoms and assignments. An
        /// aggregate that enumerates its groups (`perEnt(E, N) :- N = count : { partner(_, E) }`)
        /// gives no row for an empty group; the magic guard would bind `E` first and give 0.
        static func groupsStayEnumerated(_ rule: ResolvedRule) -> Bool {
            let bindable = Analyzer.boundVariables(
                of: rule.body.filter {
                    if case .aggregate = $0 { false } else { true }
                })
            return rule.body.allSatisfy {
                if case .aggregate(let a) = $0 {
                    Set(a.groupVariables).isSubset(of: bindable)
                } else {
                    true
                }
            }
        }

        mutating func run() {
            let queries = program.queries.map(\.relation)
            let originalRules = program.rules
            var replaced: [Int: ResolvedRule] = [:]
            for (index, rule) in originalRules.enumerated() where queries.contains(rule.head) {
                var rewritten = rule
                rewritten.body = adorn(rule.body, bound: [], magic: nil, rule: rule)
                replaced[index] = rewritten
            }
            guard !adorned.isEmpty else { return }
            for (index, rule) in replaced { program.rules[index] = rule }
            while let (relation, pattern, adornedID, magicID) = work.popLast() {
                for rule in rulesOf[relation] ?? [] {
                    var bound = Set<Int>()
                    var magicArguments: [ArgumentTerm] = []
                    for (position, argument) in rule.headArguments.enumerated()
                    where pattern[position] {
                        switch argument {
                        case .variable(let v):
                            magicArguments.append(.variable(v))
                            bound.insert(v)
                        case .constant(let t): magicArguments.append(.constant(t))
                        default: break
                        }
                    }
                    let guardAtom = ResolvedAtom(
                        relation: magicID, arguments: magicArguments, location: rule.location)
                    var copy = rule
                    copy.id = program.rules.count
                    copy.head = adornedID
                    copy.body =
                        [.positive(guardAtom)]
                        + adorn(rule.body, bound: bound, magic: guardAtom, rule: rule)
                    copy.text = "\(rule.text)  [\(program.relations[adornedID].name)]"
                    program.rules.append(copy)
                }
            }
        }

        /// The body with its atoms on eligible relations replaced by adorned copies, adding a
        /// magic rule for each of them.
        mutating func adorn(
            _ body: [ResolvedLiteral], bound start: Set<Int>, magic: ResolvedAtom?,
            rule: ResolvedRule
        ) -> [ResolvedLiteral] {
            var bound = start
            var remaining = Array(body.indices)
            var placed: [ResolvedLiteral] = magic.map { [.positive($0)] } ?? []
            var out: [ResolvedLiteral] = []
            while !remaining.isEmpty {
                // Ready filters and assignments first, then the most bound atom.
                var pick: Int?
                for (k, i) in remaining.enumerated() where isReady(body[i], bound) {
                    pick = k
                    break
                }
                if pick == nil {
                    var best = -1
                    for (k, i) in remaining.enumerated() {
                        guard case .positive(let atom) = body[i] else { continue }
                        let n = atom.arguments.filter { isBound($0, bound) }.count
                        if n > best {
                            best = n
                            pick = k
                        }
                    }
                }
                let k = pick ?? 0
                let literal = body[remaining.remove(at: k)]
                var result = literal
                if case .positive(let atom) = literal, eligible.contains(atom.relation) {
                    let pattern = atom.arguments.map { isBound($0, bound) }
                    if pattern.contains(true) {
                        let (adornedID, magicID) = relations(for: atom.relation, pattern)
                        let seedArguments = zip(atom.arguments, pattern).filter(\.1).map(\.0)
                        program.rules.append(
                            ResolvedRule(
                                id: program.rules.count, head: magicID,
                                headArguments: seedArguments.map(MagicSets.expression),
                                body: placed, variableNames: rule.variableNames,
                                location: atom.location,
                                text: "\(program.relations[magicID].name) from \(rule.text)"))
                        var renamed = atom
                        renamed.relation = adornedID
                        result = .positive(renamed)
                    }
                }
                bound.formUnion(binds(literal, bound))
                placed.append(result)
                out.append(result)
            }
            return out
        }

        func isBound(_ argument: ArgumentTerm, _ bound: Set<Int>) -> Bool {
            switch argument {
            case .constant: true
            case .variable(let v): bound.contains(v)
            case .wildcard: false
            }
        }

        /// Non-atom literals whose inputs are bound (assignments bind their variable).
        func isReady(_ literal: ResolvedLiteral, _ bound: Set<Int>) -> Bool {
            switch literal {
            case .positive: return false
            case .negative(let a): return a.variables.isSubset(of: bound)
            case .test(let e, _, _): return e.variables.isSubset(of: bound)
            case .comparison(let op, let l, let r, _):
                let free = l.variables.union(r.variables).subtracting(bound)
                if free.isEmpty { return true }
                guard op == .equal, free.count == 1 else { return false }
                if case .variable = l, r.variables.isSubset(of: bound) { return true }
                if case .variable = r, l.variables.isSubset(of: bound) { return true }
                return false
            case .aggregate(let a):
                return Set(a.groupVariables).isSubset(of: bound)
            }
        }

        func binds(_ literal: ResolvedLiteral, _ bound: Set<Int>) -> Set<Int> {
            switch literal {
            case .positive(let a): return a.variables
            case .comparison(.equal, let l, let r, _):
                return l.variables.union(r.variables)
            case .aggregate(let a): return Set(a.groupVariables + [a.result])
            default: return []
            }
        }

        /// The adorned copy and magic relation of `relation` for a pattern, made on first use.
        mutating func relations(for relation: RelationID, _ pattern: [Bool]) -> (
            RelationID, RelationID
        ) {
            let letters = String(pattern.map { $0 ? "b" : "f" })
            let key = "\(relation)/\(letters)"
            if let known = adorned[key] { return known }
            let info = program.relations[relation]
            let adornedID = program.relations.count
            program.relations.append(
                RelationInfo(
                    name: "\(info.name)[\(letters)]", arity: info.arity, source: .derived,
                    isHidden: true, location: info.location))
            let magicID = program.relations.count
            program.relations.append(
                RelationInfo(
                    name: "magic \(info.name)[\(letters)]", arity: pattern.filter { $0 }.count,
                    source: .derived, isHidden: true, location: info.location))
            adorned[key] = (adornedID, magicID)
            work.append((relation, pattern, adornedID, magicID))
            let positions = pattern.indices.filter { pattern[$0] }.map { String($0 + 1) }
            summary.append(
                "demand: \(info.name)[\(letters)] is \(info.name) for the values of argument\(positions.count == 1 ? "" : "s") \(positions.joined(separator: ", ")) that the queries need (magic \(info.name)[\(letters)])"
            )
            return (adornedID, magicID)
        }
    }
}
