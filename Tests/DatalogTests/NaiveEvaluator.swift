import Foundation
import RDF

@testable import Datalog

/// A deliberately simple evaluator for differential tests: sets of term tuples, every rule
/// re-run over whole relations until nothing changes, literals taken in written order
/// (deferring those whose variables are not yet bound). No plans, no indexes, no deltas.
struct NaiveEvaluator {
    let program: CheckedProgram
    let graph: Graph
    var relations: [Set<[Term]>]

    init(program: CheckedProgram, graph: Graph) {
        self.program = program
        self.graph = graph
        relations = Array(repeating: [], count: program.relations.count)
        for (id, info) in program.relations.enumerated() {
            switch info.source {
            case .derived: break
            case .property(let iri):
                for t in graph.triples where t.predicate == .iri(iri) {
                    relations[id].insert([t.subject, t.object])
                }
            case .rdfClass(let iri):
                for t in graph.triples
                where t.predicate == .iri(Vocab.rdf.type) && t.object == .iri(iri) {
                    relations[id].insert([t.subject])
                }
            case .triples:
                for t in graph.triples { relations[id].insert([t.subject, t.predicate, t.object]) }
            }
        }
    }

    mutating func run() {
        for stratum in program.strata {
            let rules = program.rules.filter { stratum.contains($0.head) }
            var changed = true
            while changed {
                changed = false
                for rule in rules {
                    for tuple in solutions(rule) where relations[rule.head].insert(tuple).inserted {
                        changed = true
                    }
                }
            }
        }
    }

    func solutions(_ rule: ResolvedRule) -> [[Term]] {
        var out: [[Term]] = []
        solve(rule, pending: Array(rule.body.indices), binding: [:]) { binding in
            let tuple = rule.headArguments.compactMap { value($0, binding) }
            if tuple.count == rule.headArguments.count { out.append(tuple) }
        }
        return out
    }

    func value(_ e: ResolvedExpression, _ b: [Int: Term]) -> Term? {
        switch e {
        case .variable(let v): return b[v]
        case .constant(let t): return t
        default: return nil
        }
    }

    func ready(_ literal: ResolvedLiteral, _ b: [Int: Term]) -> Bool {
        switch literal {
        case .positive: return true
        case .negative(let a): return a.variables.allSatisfy { b[$0] != nil }
        case .comparison(_, let l, let r, _):
            return l.variables.union(r.variables).allSatisfy { b[$0] != nil }
        case .test(let e, _, _): return e.variables.allSatisfy { b[$0] != nil }
        case .aggregate(let a):
            return a.groupVariables.allSatisfy { b[$0] != nil || !boundElsewhere($0, a) }
        }
    }

    /// Group variables that only the aggregate binds need not be bound first.
    func boundElsewhere(_ v: Int, _ a: ResolvedAggregate) -> Bool {
        guard
            let rule = program.rules.first(where: { r in
                r.body.contains {
                    if case .aggregate(let x) = $0 { x.relation == a.relation } else { false }
                }
            })
        else { return false }
        return rule.body.contains {
            if case .positive(let atom) = $0 { atom.variables.contains(v) } else { false }
        }
    }

    func unify(_ atom: ResolvedAtom, _ tuple: [Term], _ b: [Int: Term]) -> [Int: Term]? {
        var b = b
        for (i, argument) in atom.arguments.enumerated() {
            switch argument {
            case .wildcard: continue
            case .constant(let t): if t != tuple[i] { return nil }
            case .variable(let v):
                if let existing = b[v] {
                    if existing != tuple[i] { return nil }
                } else {
                    b[v] = tuple[i]
                }
            }
        }
        return b
    }

    static func number(_ t: Term) -> Double? {
        guard case .literal(let l) = t, let dt = l.datatype,
            dt.string.hasPrefix("http://www.w3.org/2001/XMLSchema#")
        else { return nil }
        return Double(l.lexical)
    }

    func solve(
        _ rule: ResolvedRule, pending: [Int], binding: [Int: Term], _ emit: ([Int: Term]) -> Void
    ) {
        guard let position = pending.firstIndex(where: { ready(rule.body[$0], binding) }) else {
            if pending.isEmpty { emit(binding) }
            return
        }
        var rest = pending
        let index = rest.remove(at: position)
        switch rule.body[index] {
        case .positive(let atom):
            for tuple in relations[atom.relation] {
                if let b = unify(atom, tuple, binding) {
                    solve(rule, pending: rest, binding: b, emit)
                }
            }
        case .negative(let atom):
            if !relations[atom.relation].contains(where: { unify(atom, $0, binding) != nil }) {
                solve(rule, pending: rest, binding: binding, emit)
            }
        case .comparison(let op, let l, let r, _):
            if case .variable(let v) = l, binding[v] == nil { return }
            guard let a = value(l, binding), let c = value(r, binding) else { return }
            let result: Bool
            if let x = NaiveEvaluator.number(a), let y = NaiveEvaluator.number(c) {
                switch op {
                case .equal: result = x == y
                case .notEqual: result = x != y
                case .less: result = x < y
                case .lessOrEqual: result = x <= y
                case .greater: result = x > y
                case .greaterOrEqual: result = x >= y
                }
            } else {
                switch op {
                case .equal: result = a == c
                case .notEqual: result = a != c
                case .less: result = a < c
                case .lessOrEqual: result = a <= c
                case .greater: result = c < a
                case .greaterOrEqual: result = c <= a
                }
            }
            if result { solve(rule, pending: rest, binding: binding, emit) }
        case .test:
            return
        case .aggregate(let a):
            // Groups: every distinct projection of the body relation on the group variables.
            var groups: [[Term]: [[Term]]] = [:]
            for tuple in relations[a.relation] {
                let key = a.groupVariables.map { tuple[a.bodyVariables.firstIndex(of: $0) ?? 0] }
                groups[key, default: []].append(tuple)
            }
            let allBound = a.groupVariables.allSatisfy { binding[$0] != nil }
            if allBound {
                let key = a.groupVariables.compactMap { binding[$0] }
                if groups[key] == nil { groups[key] = [] }
            }
            for (key, members) in groups {
                var b = binding
                var ok = true
                for (i, v) in a.groupVariables.enumerated() {
                    if let existing = b[v] {
                        if existing != key[i] { ok = false }
                    } else {
                        b[v] = key[i]
                    }
                }
                guard ok else { continue }
                let column = a.target.flatMap { a.bodyVariables.firstIndex(of: $0) }
                let result: Term?
                switch a.kind {
                case .count: result = .integer(members.count)
                case .countDistinct:
                    result = .integer(Set(members.map { m in column.map { m[$0] } }).count)
                case .sum:
                    result = .integer(
                        members.reduce(0) { $0 + Int(NaiveEvaluator.number($1[column ?? 0]) ?? 0) })
                case .mean:
                    let values = members.compactMap { NaiveEvaluator.number($0[column ?? 0]) }
                    let mean = values.reduce(0, +) / Double(max(values.count, 1))
                    // As exact division: an integer when it divides evenly.
                    result =
                        values.isEmpty
                        ? nil
                        : mean == mean.rounded()
                            ? .integer(Int(mean))
                            : .literal(
                                Literal(TermStore.format(mean), datatype: Vocab.xsd.decimal))
                case .min:
                    result =
                        members.isEmpty
                        ? nil
                        : .integer(
                            Int(
                                members.compactMap { NaiveEvaluator.number($0[column ?? 0]) }.min()
                                    ?? 0))
                case .max:
                    result =
                        members.isEmpty
                        ? nil
                        : .integer(
                            Int(
                                members.compactMap { NaiveEvaluator.number($0[column ?? 0]) }.max()
                                    ?? 0))
                }
                guard let result else { continue }
                if let existing = b[a.result] {
                    if existing != result { continue }
                } else {
                    b[a.result] = result
                }
                solve(rule, pending: rest, binding: b, emit)
            }
        }
    }
}
