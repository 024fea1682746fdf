import Foundation
import RDF

/// Orders a rule's body by bound columns and relation sizes (never by the order written) and
/// compiles it into steps over registers and term IDs.
public struct Planner {
    public let program: CheckedProgram
    public let terms: TermStore
    /// Current size of each relation (for estimates).
    public var size: (RelationID) -> Int
    /// Aggregate bodies that are a plain copy of another relation: hidden relation → (relation, column map).
    public var aliases: [RelationID: (RelationID, [Int])] = [:]
    /// Relations of the stratum being planned: they grow while the plan runs, so their current
    /// size says little; they are estimated as large.
    public var growing: Set<RelationID> = []

    /// - Parameter aliases: `findAliases(program)`, when the caller already has it (it is
    ///   linear in the program, so an evaluation computes it once, not once per stratum).
    public init(
        program: CheckedProgram, terms: TermStore,
        aliases: [RelationID: (RelationID, [Int])]? = nil,
        size: @escaping (RelationID) -> Int
    ) {
        self.program = program
        self.terms = terms
        self.size = size
        self.aliases = aliases ?? Planner.findAliases(program)
    }

    /// Hidden aggregate relations defined by one rule `agg(V…) :- r(V…)` whose atom has only
    /// distinct variables: the aggregate can read `r` directly.
    static func findAliases(_ program: CheckedProgram) -> [RelationID: (RelationID, [Int])] {
        var out: [RelationID: (RelationID, [Int])] = [:]
        var rulesOf: [RelationID: [ResolvedRule]] = [:]
        for rule in program.rules where program.relations[rule.head].isHidden {
            rulesOf[rule.head, default: []].append(rule)
        }
        for (id, info) in program.relations.enumerated()
        where info.isHidden && info.name.hasPrefix("?aggregate") {
            let rules = rulesOf[id] ?? []
            guard rules.count == 1, rules[0].body.count == 1,
                case .positive(let atom) = rules[0].body[0]
            else { continue }
            var columnOf: [Int: Int] = [:]
            var ok = true
            for (c, argument) in atom.arguments.enumerated() {
                guard case .variable(let v) = argument, columnOf[v] == nil else {
                    ok = false
                    break
                }
                columnOf[v] = c
            }
            guard ok else { continue }
            var map: [Int] = []
            for argument in rules[0].headArguments {
                guard case .variable(let v) = argument, let c = columnOf[v] else {
                    ok = false
                    break
                }
                map.append(c)
            }
            if ok && map.count == atom.arguments.count { out[id] = (atom.relation, map) }
        }
        return out
    }

    /// Plans `rule`; `delta` is the body index of the positive atom that reads only recent tuples.
    /// - Parameter prebound: variables bound before the body runs (explanations bind the head).
    public func plan(_ rule: ResolvedRule, delta: Int? = nil, prebound: Set<Int> = [])
        throws(Diagnostic) -> RulePlan
    {
        var bound = prebound
        var remaining = Set(rule.body.indices)
        var steps: [Step] = []
        var aggregates: [AggregatePlan] = []
        var indexes: [(RelationID, [Int])] = []
        // What atoms and assignments bind: an aggregate's group variables among these are bound
        // before it, so that a group with no tuples still gets count 0.
        let bindable = Analyzer.boundVariables(
            of: rule.body.filter {
                if case .aggregate = $0 { false } else { true }
            }
        ).union(prebound)

        func emitAtom(_ atom: ResolvedAtom, version: Version) {
            var keyColumns: [Int] = []
            var keys: [Operand] = []
            var actions: [ColumnAction] = []
            var local = Set<Int>()
            for (c, argument) in atom.arguments.enumerated() {
                switch argument {
                case .wildcard:
                    actions.append(.ignore)
                case .constant(let term):
                    let id = terms.intern(term)
                    keyColumns.append(c)
                    keys.append(.constant(id))
                    actions.append(.constant(id))
                case .variable(let v):
                    if bound.contains(v) {
                        keyColumns.append(c)
                        keys.append(.register(v))
                        actions.append(.check(v))
                    } else if local.contains(v) {
                        actions.append(.check(v))
                    } else {
                        local.insert(v)
                        actions.append(.bind(v))
                    }
                }
            }
            bound.formUnion(local)
            if version == .recent || keyColumns.isEmpty {
                steps.append(.scan(relation: atom.relation, version: version, columns: actions))
            } else if keyColumns.count == atom.arguments.count {
                steps.append(.member(relation: atom.relation, values: keys))
            } else {
                let rest = actions.enumerated().map {
                    keyColumns.contains($0.offset) ? ColumnAction.ignore : $0.element
                }
                steps.append(
                    .probe(
                        relation: atom.relation, keyColumns: keyColumns, keys: keys, columns: rest))
                indexes.append((atom.relation, keyColumns))
            }
        }

        if let delta, case .positive(let atom) = rule.body[delta] {
            emitAtom(atom, version: .recent)
            remaining.remove(delta)
        }
        while !remaining.isEmpty {
            // Place every literal that is ready, in a canonical order.
            var placed = true
            while placed {
                placed = false
                let ready = remaining.sorted { canonical(rule, $0) < canonical(rule, $1) }
                for i in ready {
                    if let step = try readyStep(
                        rule.body[i], rule: rule, bound: &bound, bindable: bindable,
                        aggregates: &aggregates, indexes: &indexes)
                    {
                        steps.append(step)
                        remaining.remove(i)
                        placed = true
                    }
                }
            }
            // Then the cheapest positive atom.
            var best: (cost: Double, key: String, index: Int, atom: ResolvedAtom)?
            for i in remaining {
                guard case .positive(let atom) = rule.body[i] else { continue }
                let cost = estimate(atom, bound: bound)
                let key = canonical(rule, i)
                if let current = best,
                    cost > current.cost || (cost == current.cost && key >= current.key)
                {
                    continue
                }
                best = (cost, key, i, atom)
            }
            guard let chosen = best else {
                if remaining.isEmpty { break }
                throw Diagnostic.error(
                    "cannot order the body of this rule (unbound variables)", at: rule.location)
            }
            emitAtom(chosen.atom, version: .full)
            remaining.remove(chosen.index)
        }
        let head = rule.headArguments.map(compile)
        return RulePlan(
            rule: rule.id, head: rule.head, headValues: head, steps: steps, aggregates: aggregates,
            registerCount: rule.variableNames.count, indexes: indexes,
            deltaRelation: delta.flatMap {
                if case .positive(let a) = rule.body[$0] { a.relation } else { nil }
            },
            text: rule.text, registerNames: rule.variableNames)
    }

    /// Estimated tuples an atom yields given the bound variables.
    func estimate(_ atom: ResolvedAtom, bound: Set<Int>) -> Double {
        let current = size(atom.relation)
        let n = Double(max(growing.contains(atom.relation) ? max(current, 1_000_000) : current, 1))
        let arity = atom.arguments.count
        guard arity > 0 else { return 0 }
        var keyed = 0
        for argument in atom.arguments {
            switch argument {
            case .constant: keyed += 1
            case .variable(let v) where bound.contains(v): keyed += 1
            default: break
            }
        }
        if keyed == arity { return 0 }
        return pow(n, Double(arity - keyed) / Double(arity))
    }

    /// A description of a literal that does not depend on where it was written.
    func canonical(_ rule: ResolvedRule, _ index: Int) -> String {
        func arg(_ a: ArgumentTerm) -> String {
            switch a {
            case .variable(let v): rule.variableNames[v]
            case .constant(let t): t.description
            case .wildcard: "_"
            }
        }
        switch rule.body[index] {
        case .positive(let a):
            return "p:" + program.relations[a.relation].name
                + a.arguments.map(arg).joined(separator: ",")
        case .negative(let a):
            return "n:" + program.relations[a.relation].name
                + a.arguments.map(arg).joined(separator: ",")
        case .comparison(let op, _, _, let l): return "c:\(op.rawValue):\(l)"
        case .test(_, _, let l): return "t:\(l)"
        case .aggregate(let a): return "a:\(a.location)"
        }
    }

    private func readyStep(
        _ literal: ResolvedLiteral, rule: ResolvedRule, bound: inout Set<Int>, bindable: Set<Int>,
        aggregates: inout [AggregatePlan], indexes: inout [(RelationID, [Int])]
    ) throws(Diagnostic) -> Step? {
        switch literal {
        case .positive:
            return nil
        case .negative(let atom):
            guard atom.variables.isSubset(of: bound) else { return nil }
            var keyColumns: [Int] = []
            var keys: [Operand] = []
            for (c, argument) in atom.arguments.enumerated() {
                switch argument {
                case .wildcard: break
                case .constant(let t):
                    keyColumns.append(c)
                    keys.append(.constant(terms.intern(t)))
                case .variable(let v):
                    keyColumns.append(c)
                    keys.append(.register(v))
                }
            }
            let full = keyColumns.count == atom.arguments.count
            if !full && !keyColumns.isEmpty { indexes.append((atom.relation, keyColumns)) }
            return .absent(
                relation: atom.relation, keyColumns: keyColumns, keys: keys, fullyBound: full)
        case .comparison(let op, let l, let r, let location):
            let lv = l.variables
            let rv = r.variables
            if lv.isSubset(of: bound) && rv.isSubset(of: bound) {
                return .filter(op, compile(l), compile(r), location)
            }
            if op == .equal {
                if case .variable(let v) = l, !bound.contains(v), rv.isSubset(of: bound) {
                    bound.insert(v)
                    return .assign(v, compile(r))
                }
                if case .variable(let v) = r, !bound.contains(v), lv.isSubset(of: bound) {
                    bound.insert(v)
                    return .assign(v, compile(l))
                }
            }
            return nil
        case .test(let e, let negated, let location):
            guard e.variables.isSubset(of: bound) else { return nil }
            return .test(compile(e), negated: negated, location)
        case .aggregate(let a):
            let outer = Set(a.groupVariables).intersection(bindable)
            guard outer.isSubset(of: bound) else { return nil }
            let (relation, map) =
                aliases[a.relation] ?? (a.relation, Array(0..<a.bodyVariables.count))
            func column(_ v: Int) -> Int { map[a.bodyVariables.firstIndex(of: v) ?? 0] }
            let plan = AggregatePlan(
                kind: a.kind, relation: relation, groupColumns: a.groupVariables.map(column),
                groupRegisters: a.groupVariables,
                groupBound: a.groupVariables.map { bound.contains($0) },
                targetColumn: a.target.map(column), resultRegister: a.result,
                resultBound: bound.contains(a.result), location: a.location)
            bound.formUnion(a.groupVariables)
            bound.insert(a.result)
            aggregates.append(plan)
            return .aggregate(aggregates.count - 1)
        }
    }

    func compile(_ e: ResolvedExpression) -> CompiledExpression {
        switch e {
        case .variable(let v): .register(v)
        case .constant(let t): .constant(terms.intern(t))
        case .call(let builtin, let args, let l): .call(builtin, args.map(compile), l)
        case .arithmetic(let op, let a, let b, let l): .arithmetic(op, compile(a), compile(b), l)
        case .negate(let a, let l): .negate(compile(a), l)
        }
    }
}
