import QueryResults
import RDF

extension RulePlan {
    /// The plan as indented text, one step per line (`vocgraph query --plan`).
    public func describe(program: CheckedProgram, terms: TermStore) -> String {
        let prefixes = program.prefixes
        func name(_ r: Int) -> String { r < registerNames.count ? registerNames[r] : "r\(r)" }
        func operand(_ o: Operand) -> String {
            switch o {
            case .register(let r): return name(r)
            case .constant(let c): return ResultFormatter(prefixes: prefixes).compact(terms.term(c))
            }
        }
        func actions(_ list: [ColumnAction]) -> String {
            list.map { a -> String in
                switch a {
                case .bind(let r): return name(r)
                case .check(let r): return "=\(name(r))"
                case .constant(let c):
                    return ResultFormatter(prefixes: prefixes).compact(terms.term(c))
                case .ignore: return "_"
                }
            }.joined(separator: ", ")
        }
        func relation(_ r: RelationID) -> String { program.relations[r].name }
        var lines: [String] = []
        let delta = deltaRelation.map { "  [semi-naive: Δ\(relation($0))]" } ?? ""
        lines.append("rule \(rule + 1): \(text)\(delta)")
        for (depth, step) in steps.enumerated() {
            let indent = String(repeating: "  ", count: depth + 1)
            switch step {
            case .scan(let r, let version, let columns):
                lines.append(
                    "\(indent)for \(version == .recent ? "Δ" : "")\(relation(r))(\(actions(columns)))"
                )
            case .probe(let r, let keyColumns, let keys, let columns):
                lines.append(
                    "\(indent)for \(relation(r))(\(actions(columns))) via index on columns \(keyColumns.map { String($0 + 1) }.joined(separator: ",")) = (\(keys.map(operand).joined(separator: ", ")))"
                )
            case .member(let r, let values):
                lines.append(
                    "\(indent)if \(relation(r))(\(values.map(operand).joined(separator: ", ")))")
            case .absent(let r, _, let keys, _):
                lines.append(
                    "\(indent)if not \(relation(r))(\(keys.map(operand).joined(separator: ", ")))")
            case .filter(let op, _, _, _):
                lines.append("\(indent)if comparison \(op.rawValue)")
            case .test(let e, let negated, _):
                let name = if case .call(let b, _, _) = e { b.name } else { "built-in" }
                lines.append("\(indent)if \(negated ? "not " : "")\(name)(…)")
            case .assign(let r, _):
                lines.append("\(indent)let \(name(r)) = expression")
            case .aggregate(let a):
                let plan = aggregates[a]
                lines.append(
                    "\(indent)\(name(plan.resultRegister)) = \(plan.kind.rawValue) over \(relation(plan.relation)) grouped by (\(plan.groupRegisters.map(name).joined(separator: ", ")))"
                )
            }
        }
        lines.append("\(String(repeating: "  ", count: steps.count + 1))add \(relation(head))")
        return lines.joined(separator: "\n")
    }
}
