import Foundation
import QueryResults
import RDF

/// Rebuilds minimal derivation trees on demand from each tuple's rule and round.
///
/// Evaluation records only (rule, round) per derived tuple. To explain a tuple derived in round k
/// by rule r, the explainer re-runs r with the head bound and takes the first body match whose
/// derived tuples all come from rounds before k (found by the executor's own loops,
/// `Evaluation.firstMatch`), then explains those recursively.
public struct Explainer {
    let evaluation: Evaluation
    let facts: Graph
    let formatter: ResultFormatter
    /// Names shown beside IRIs in the trees (`vgi:o-5100… (深圳市第二职业技术学校)`).
    let labels: LabelLookup?
    /// Rows of an answer explained at most.
    public var maxAnswers = 20
    /// Levels of a derivation tree shown at most.
    public var maxDepth = 200
    /// Counted facts listed under an aggregate at most.
    public var maxAggregateChildren = 10

    public init(
        evaluation: Evaluation, facts: Graph, formatter: ResultFormatter,
        labels: LabelLookup? = nil
    ) {
        self.evaluation = evaluation
        self.facts = facts
        self.formatter = formatter
        self.labels = labels
    }

    /// A term of a tree: compact, with the node's name in parentheses when it has one.
    func named(_ term: Term) -> String {
        let text = formatter.compact(term)
        guard let label = labels?.label(of: term) else { return text }
        return "\(text) (\(label.lexical))"
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
        let args = tuple.map { $0 == .max ? "_" : named(evaluation.terms.term($0)) }
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
        var registers = [UInt32](repeating: 0, count: max(1, plan.registerCount))
        for (v, value) in initial { registers[v] = value }
        // The executor's own loops find the match (so answers and proofs cannot disagree).
        guard
            let evidence = (try? evaluation.firstMatch(plan, registers: registers, before: round))
                ?? nil
        else {
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
