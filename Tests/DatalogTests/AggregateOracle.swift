import Datalog

/// Evaluates integer-only programs straight from the syntax tree, with aggregates as correlated
/// subqueries: each aggregate body is solved under the enclosing binding, so it shares nothing
/// with the analyser's hidden relations and group variables.
///
/// A variable of an aggregate body is fixed by the enclosing binding when it occurs in an
/// enclosing body or the head (visible); one not yet bound there is grouped on; every other
/// variable is local. Literals run atoms first, then ready comparisons, then aggregates.
struct AggregateOracle {
    var relations: [String: Set<[Int]>] = [:]
    private var fresh = 0

    /// Facts and non-recursive rules, in written order.
    init(_ program: SyntaxProgram) {
        for clause in program.clauses {
            guard case .local(let name) = clause.head.predicate else { continue }
            let rule = clause.body
            let visible = AggregateOracle.direct(rule).union(
                clause.head.arguments.flatMap(\.variables).map(\.0))
            var rows = Set<[Int]>()
            for binding in solve(rule, [:], visible: visible) {
                let row = clause.head.arguments.compactMap { value($0, binding) }
                if row.count == clause.head.arguments.count { rows.insert(row) }
            }
            relations[name, default: []].formUnion(rows)
        }
    }

    /// Variables of a body at its own level (an aggregate contributes its result).
    static func direct(_ body: [BodyLiteral]) -> Set<String> {
        var out = Set<String>()
        for literal in body {
            switch literal {
            case .positive(let atom), .negative(let atom, _):
                out.formUnion(atom.arguments.flatMap(\.variables).map(\.0))
            case .comparison(_, let l, let r, _):
                if case .aggregate = r, case .variable(let v, _) = l {
                    out.insert(v)
                } else {
                    out.formUnion((l.variables + r.variables).map(\.0))
                }
            case .test(let e, _, _):
                out.formUnion(e.variables.map(\.0))
            }
        }
        out.remove("_")
        return out
    }

    /// Every variable of a body, nested aggregate bodies included.
    static func all(_ body: [BodyLiteral]) -> Set<String> {
        var out = direct(body)
        for literal in body {
            if case .comparison(_, _, .aggregate(_, _, let inner, _), _) = literal {
                out.formUnion(all(inner))
            }
        }
        return out
    }

    func value(_ e: Expression, _ b: [String: Int]) -> Int? {
        switch e {
        case .variable(let v, _): return b[v]
        case .constant(.integer(let digits), _): return Int(digits)
        default: return nil
        }
    }

    private func ready(_ literal: BodyLiteral, _ b: [String: Int]) -> Int {
        switch literal {
        case .positive: return 0
        case .comparison(_, _, .aggregate, _): return 2
        case .comparison(let op, let l, let r, _):
            let unbound = (l.variables + r.variables).map(\.0).filter { b[$0] == nil }
            if unbound.isEmpty { return 1 }
            if op == .equal, unbound.count == 1 { return 1 }
            return 3
        default: return 3
        }
    }

    mutating func solve(_ body: [BodyLiteral], _ binding: [String: Int], visible: Set<String>)
        -> [[String: Int]]
    {
        guard !body.isEmpty else { return [binding] }
        let ranks = body.map { ready($0, binding) }
        guard let best = ranks.min(), best < 3, let index = ranks.firstIndex(of: best) else {
            return []
        }
        var rest = body
        let literal = rest.remove(at: index)
        var out: [[String: Int]] = []
        for b in step(literal, binding, visible: visible) {
            out += solve(rest, b, visible: visible)
        }
        return out
    }

    private mutating func step(_ literal: BodyLiteral, _ b: [String: Int], visible: Set<String>)
        -> [[String: Int]]
    {
        switch literal {
        case .positive(let atom):
            guard case .local(let name) = atom.predicate else { return [] }
            var out: [[String: Int]] = []
            for row in relations[name] ?? [] {
                var c = b
                var ok = true
                for (argument, v) in zip(atom.arguments, row) {
                    switch argument {
                    case .variable("_", _): continue
                    case .variable(let name, _):
                        if let old = c[name], old != v { ok = false } else { c[name] = v }
                    default:
                        if value(argument, c) != v { ok = false }
                    }
                }
                if ok { out.append(c) }
            }
            return out
        case .comparison(
            .equal, .variable(let result, _), .aggregate(let kind, let target, let inner, _), _):
            return aggregate(kind, target, inner, result, b, visible: visible)
        case .comparison(let op, let l, let r, _):
            if op == .equal, case .variable(let v, _) = l, b[v] == nil, let y = value(r, b) {
                return [b.merging([v: y]) { $1 }]
            }
            if op == .equal, case .variable(let v, _) = r, b[v] == nil, let x = value(l, b) {
                return [b.merging([v: x]) { $1 }]
            }
            guard let x = value(l, b), let y = value(r, b) else { return [] }
            let holds: Bool
            switch op {
            case .equal: holds = x == y
            case .notEqual: holds = x != y
            case .less: holds = x < y
            case .lessOrEqual: holds = x <= y
            case .greater: holds = x > y
            case .greaterOrEqual: holds = x >= y
            }
            return holds ? [b] : []
        default:
            return []
        }
    }

    private mutating func aggregate(
        _ kind: AggregateKind, _ target: String?, _ inner: [BodyLiteral], _ result: String,
        _ b: [String: Int], visible: Set<String>
    ) -> [[String: Int]] {
        let inner = renamedWildcards(inner)
        let names = AggregateOracle.all(inner)
        // Fixed: visible and bound; grouped: visible, occurring inside, not yet bound.
        var start: [String: Int] = [:]
        for (name, v) in b where visible.contains(name) { start[name] = v }
        let grouped = names.filter { visible.contains($0) && b[$0] == nil }.sorted()
        let innerVisible = visible.union(AggregateOracle.direct(inner))
        let own = AggregateOracle.direct(inner).union(grouped)
        var groups: [[Int]: Set<[String: Int]>] = [:]
        for solution in solve(inner, start, visible: innerVisible) {
            // A solution is the binding of this level's variables (nested locals are gone).
            let kept = solution.filter { own.contains($0.key) || start[$0.key] != nil }
            groups[grouped.map { kept[$0] ?? 0 }, default: []].insert(kept)
        }
        if grouped.isEmpty && groups.isEmpty { groups[[]] = [] }
        var out: [[String: Int]] = []
        for (key, members) in groups {
            let values = members.map { member in target.flatMap { member[$0] } ?? 0 }
            let n: Int?
            switch kind {
            case .count: n = members.count
            case .countDistinct: n = Set(values).count
            case .sum: n = values.reduce(0, +)
            case .min: n = values.min()
            case .max: n = values.max()
            case .mean: n = values.isEmpty ? nil : values.reduce(0, +) / values.count
            }
            guard let n else { continue }
            var c = b
            for (name, v) in zip(grouped, key) { c[name] = v }
            if let old = c[result], old != n { continue }
            c[result] = n
            out.append(c)
        }
        return out
    }

    /// Gives each `_` of an aggregate body its own name, so that it counts as a local variable.
    private mutating func renamedWildcards(_ body: [BodyLiteral]) -> [BodyLiteral] {
        body.map { literal in
            guard case .positive(var atom) = literal else { return literal }
            atom.arguments = atom.arguments.map { argument in
                if case .variable("_", let l) = argument {
                    fresh += 1
                    return .variable("_w\(fresh)", l)
                }
                return argument
            }
            return .positive(atom)
        }
    }
}
