import Foundation
import RDF

/// Rebuilds minimal derivation trees on demand from each tuple's rule and round.
///
/// Evaluation records only (rule, round) per derived tuple. To explain a tuple derived in round k
/// by rule r, the explainer re-runs r with the head bound and takes the first body match whose
/// derived tuples all come from rounds before k, then explains those recursively.
public struct Explainer {
    let evaluation: Evaluation
    let facts: Graph
    let formatter: ResultFormatter
    /// Rows of an answer explained at most.
    public var maxAnswers = 20
    /// Levels of a derivation tree shown at most.
    public var maxDepth = 200
    /// Counted facts listed under an aggregate at most.
    public var maxAggregateChildren = 10

    public init(evaluation: Evaluation, facts: Graph, formatter: ResultFormatter) {
        self.evaluation = evaluation
        self.facts = facts
        self.formatter = formatter
    }

    var program: CheckedProgram { evaluation.program }

    /// Explanations of every answer of every query.
    public func explainQueries(format: ExplanationFormat) -> String {
        var text = ""
        var json: [[String: Any]] = []
        for query in program.queries {
            let relation = evaluation.relations[query.relation]
            var proofs: [Proof] = []
            let rows = (0..<relation.count).map { relation.tuple($0) }
                .sorted {
                    $0.map { formatter.compact(evaluation.terms.term($0)) }.joined(separator: "\t")
                        < $1.map { formatter.compact(evaluation.terms.term($0)) }.joined(
                            separator: "\t")
                }
            for tuple in rows.prefix(maxAnswers) {
                if let proof = explain(query.relation, tuple) { proofs.append(proof) }
            }
            text += "\(query.text)\n"
            for proof in proofs {
                // The query relation itself is hidden: show its body's proofs.
                text += proof.fact + "\n"
                for (i, child) in proof.children.enumerated() {
                    text += child.render(
                        prefix: "", isLast: i == proof.children.count - 1, isRoot: false)
                }
            }
            if rows.count > maxAnswers {
                text += "(\(rows.count - maxAnswers) more answers not explained)\n"
            }
            if rows.isEmpty { text += "(no answers)\n" }
            text += "\n"
            json.append(["query": query.text, "answers": proofs.map(\.jsonObject)])
        }
        if format == .json {
            guard
                let data = try? JSONSerialization.data(
                    withJSONObject: ["explanations": json],
                    options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]),
                let s = String(data: data, encoding: .utf8)
            else { return "{}\n" }
            return s + "\n"
        }
        return text
    }

    func render(_ relation: RelationID, _ tuple: [UInt32]) -> String {
        let info = program.relations[relation]
        let args = tuple.map { $0 == .max ? "_" : formatter.compact(evaluation.terms.term($0)) }
        if info.name.hasPrefix("?query") {
            let q = program.queries.first { $0.relation == relation }
            let pairs = zip(q?.columns ?? [], args).map { "\($0) = \($1)" }
            return pairs.isEmpty ? "yes" : pairs.joined(separator: ", ")
        }
        return "\(info.name)(\(args.joined(separator: ", ")))"
    }

    /// The derivation tree of `tuple` in `relation`, or nil when the relation does not hold it.
    public func explain(_ relation: RelationID, _ tuple: [UInt32], depth: Int = 0) -> Proof? {
        let rel = evaluation.relations[relation]
        guard let row = rel.row(of: tuple) else { return nil }
        let ruleID = Int(rel.rule(ofRow: row))
        let fact = render(relation, tuple)
        guard ruleID >= 0 else {
            return Proof(fact: fact, kind: .triple(sources: sources(relation, tuple)), children: [])
        }
        guard depth < maxDepth else { return Proof(fact: fact, kind: .truncated, children: []) }
        let rule = program.rules[ruleID]
        if rule.body.isEmpty {
            return Proof(fact: fact, kind: .programFact(text: rule.text), children: [])
        }
        let round = rel.round(ofRow: row)
        var prebound = Set<Int>()
        var initial: [Int: UInt32] = [:]
        for (i, argument) in rule.headArguments.enumerated() {
            if case .variable(let v) = argument {
                prebound.insert(v)
                initial[v] = tuple[i]
            }
        }
        let planner = Planner(program: program, terms: evaluation.terms) { [evaluation] in
            evaluation.relations[$0].count
        }
        guard let plan = try? planner.plan(rule, prebound: prebound) else { return nil }
        for (r, columns) in plan.indexes { evaluation.relations[r].ensureIndex(columns) }
        var registers = [UInt32](repeating: 0, count: max(1, plan.registerCount))
        for (v, value) in initial { registers[v] = value }
        var evidence: [Evidence] = []
        guard match(plan, 0, &registers, round: round, evidence: &evidence) else {
            return Proof(fact: fact, kind: .rule(id: ruleID, text: rule.text), children: [])
        }
        var children: [Proof] = []
        for item in evidence {
            switch item {
            case .fact(let r, let t):
                if let p = explain(r, t, depth: depth + 1) { children.append(p) }
            case .absent(let r, let keys):
                children.append(Proof(fact: "not " + render(r, keys), kind: .absent, children: []))
            case .aggregate(let a, let registersAtStep):
                children.append(aggregateProof(a, registersAtStep, depth: depth))
            }
        }
        return Proof(fact: fact, kind: .rule(id: ruleID, text: rule.text), children: children)
    }

    private func aggregateProof(_ a: AggregatePlan, _ registers: [UInt32], depth: Int) -> Proof {
        let rel = evaluation.relations[a.relation]
        var members: [[UInt32]] = []
        for row in 0..<rel.count {
            let t = rel.tuple(row)
            var ok = true
            for (i, c) in a.groupColumns.enumerated() where t[c] != registers[a.groupRegisters[i]] {
                ok = false
            }
            if ok { members.append(t) }
        }
        let result = formatter.compact(evaluation.terms.term(registers[a.resultRegister]))
        var children: [Proof] = []
        for t in members.prefix(maxAggregateChildren) {
            if let p = explain(a.relation, t, depth: depth + 1) {
                // Hidden aggregate-body tuples: show what they rest on.
                if program.relations[a.relation].isHidden {
                    children.append(contentsOf: p.children)
                } else {
                    children.append(p)
                }
            }
        }
        let name =
            program.relations[a.relation].isHidden ? "" : " " + program.relations[a.relation].name
        return Proof(
            fact: "\(a.kind.rawValue)\(name) = \(result)",
            kind: .aggregate(text: a.kind.rawValue, total: members.count),
            children: children)
    }

    enum Evidence {
        case fact(RelationID, [UInt32])
        case absent(RelationID, [UInt32])
        case aggregate(AggregatePlan, [UInt32])
    }

    private func derivedBefore(_ relation: Relation, row: Int, round: UInt32) -> Bool {
        relation.rule(ofRow: row) < 0 || relation.round(ofRow: row) < round
    }

    /// Backtracking search for the first body match built from tuples of earlier rounds.
    private func match(
        _ plan: RulePlan, _ index: Int, _ registers: inout [UInt32], round: UInt32,
        evidence: inout [Evidence]
    ) -> Bool {
        if index == plan.steps.count {
            // The head must be reproduced exactly (head expressions included).
            return true
        }
        func value(_ o: Operand) -> UInt32 {
            switch o {
            case .register(let r): registers[r]
            case .constant(let c): c
            }
        }
        switch plan.steps[index] {
        case .scan(let r, _, let columns), .probe(let r, _, _, let columns):
            let relation = evaluation.relations[r]
            var keyColumns: [Int] = []
            var keys: [Operand] = []
            if case .probe(_, let kc, let k, _) = plan.steps[index] {
                keyColumns = kc
                keys = k
            }
            // Candidate rows: the index chain for the key when there is one, else every row.
            var candidates: [Int] = []
            if !keyColumns.isEmpty, let index = relation.index(keyColumns), keys.count <= 2 {
                let key =
                    keys.count == 1
                    ? UInt64(value(keys[0])) : packPair(value(keys[0]), value(keys[1]))
                var row = index.first(key, rows: relation.rows, full: nil)
                while row != .max {
                    candidates.append(Int(row))
                    row = index.after(row)
                }
                candidates.reverse()
            } else {
                candidates = Array(0..<relation.count)
            }
            for row in candidates where derivedBefore(relation, row: row, round: round) {
                let t = relation.tuple(row)
                var ok = true
                for (i, c) in keyColumns.enumerated() where t[c] != value(keys[i]) { ok = false }
                if !ok { continue }
                let saved = registers
                for (c, action) in columns.enumerated() {
                    switch action {
                    case .bind(let reg): registers[reg] = t[c]
                    case .check(let reg): if registers[reg] != t[c] { ok = false }
                    case .constant(let k): if k != t[c] { ok = false }
                    case .ignore: break
                    }
                }
                if ok {
                    evidence.append(.fact(r, t))
                    if match(plan, index + 1, &registers, round: round, evidence: &evidence) {
                        return true
                    }
                    evidence.removeLast()
                }
                registers = saved
            }
            return false
        case .member(let r, let values):
            let t = values.map(value)
            let relation = evaluation.relations[r]
            guard let row = relation.row(of: t), derivedBefore(relation, row: row, round: round)
            else { return false }
            evidence.append(.fact(r, t))
            if match(plan, index + 1, &registers, round: round, evidence: &evidence) { return true }
            evidence.removeLast()
            return false
        case .absent(let r, let keyColumns, let keys, _):
            let arity = program.relations[r].arity
            var shown = [UInt32](repeating: UInt32.max, count: arity)
            for (i, c) in keyColumns.enumerated() { shown[c] = value(keys[i]) }
            evidence.append(.absent(r, shown))
            if match(plan, index + 1, &registers, round: round, evidence: &evidence) { return true }
            evidence.removeLast()
            return false
        case .filter(let op, let l, let r, let location):
            let ok = registers.withUnsafeMutableBufferPointer { buffer -> Bool in
                guard let base = buffer.baseAddress,
                    let a = try? evaluation.evaluate(l, base),
                    let b = try? evaluation.evaluate(r, base)
                else { return false }
                return (try? evaluation.compare(op, a, b, at: location)) ?? false
            }
            return ok && match(plan, index + 1, &registers, round: round, evidence: &evidence)
        case .test(let e, let negated, let location):
            let ok = registers.withUnsafeMutableBufferPointer { buffer -> Bool in
                guard let base = buffer.baseAddress,
                    let truth = try? evaluation.truth(e, base, at: location)
                else { return false }
                return truth != negated
            }
            return ok && match(plan, index + 1, &registers, round: round, evidence: &evidence)
        case .assign(let reg, let e):
            let v = registers.withUnsafeMutableBufferPointer { buffer -> UInt32? in
                guard let base = buffer.baseAddress else { return nil }
                return try? evaluation.evaluate(e, base)
            }
            guard let v else { return false }
            if plan.registerNames.indices.contains(reg) { registers[reg] = v }
            return match(plan, index + 1, &registers, round: round, evidence: &evidence)
        case .aggregate(let a):
            let aggregate = plan.aggregates[a]
            guard let table = try? evaluation.table(for: aggregate) else { return false }
            let saved = registers
            for (key, result) in table.values.sorted(by: {
                $0.key.lexicographicallyPrecedes($1.key)
            }) {
                var ok = true
                for (i, r) in aggregate.groupRegisters.enumerated() {
                    if aggregate.groupBound[i] {
                        if registers[r] != key[i] { ok = false }
                    } else {
                        registers[r] = key[i]
                    }
                }
                if aggregate.resultBound {
                    if registers[aggregate.resultRegister] != result { ok = false }
                } else {
                    registers[aggregate.resultRegister] = result
                }
                if ok {
                    evidence.append(.aggregate(aggregate, registers))
                    if match(plan, index + 1, &registers, round: round, evidence: &evidence) {
                        return true
                    }
                    evidence.removeLast()
                }
                registers = saved
            }
            if aggregate.groupBound.allSatisfy({ $0 }),
                table.values[aggregate.groupRegisters.map { registers[$0] }] == nil,
                let empty = table.emptyValue
            {
                if !aggregate.resultBound { registers[aggregate.resultRegister] = empty }
                if registers[aggregate.resultRegister] == empty {
                    evidence.append(.aggregate(aggregate, registers))
                    if match(plan, index + 1, &registers, round: round, evidence: &evidence) {
                        return true
                    }
                    evidence.removeLast()
                }
            }
            return false
        }
    }

    /// Extraction sources of a base triple (vg:Fact reification with prov/oa provenance).
    func sources(_ relation: RelationID, _ tuple: [UInt32]) -> [SourceQuote] {
        let info = program.relations[relation]
        let terms = evaluation.terms
        let triple: (Term, Term, Term)
        switch info.source {
        case .property(let iri): triple = (terms.term(tuple[0]), .iri(iri), terms.term(tuple[1]))
        case .rdfClass(let iri): triple = (terms.term(tuple[0]), .iri(Vocab.rdf.type), .iri(iri))
        case .triples: triple = (terms.term(tuple[0]), terms.term(tuple[1]), terms.term(tuple[2]))
        case .derived: return []
        }
        return ProvenanceLookup(graph: facts).sources(of: triple)
    }
}
