import RDF

/// The variables of one clause: names, indices and where each occurs.
struct VariableScope {
    var names: [String] = []
    var index: [String: Int] = [:]
    /// Every occurrence of each variable, in source order.
    var occurrences: [[SourceLocation]] = []

    /// The index of the named variable, recording this occurrence.
    mutating func variable(_ name: String, at location: SourceLocation) -> Int {
        if let v = index[name] {
            occurrences[v].append(location)
            return v
        }
        let v = names.count
        names.append(name)
        index[name] = v
        occurrences.append([location])
        return v
    }

    /// A fresh variable for an anonymous `_` inside an aggregate body.
    mutating func fresh(at location: SourceLocation) -> Int {
        let v = names.count
        names.append("_")
        occurrences.append([location])
        return v
    }
}

extension ResolvedLiteral {
    /// Variables of literals (aggregates contribute their result and group variables).
    static func variables(of literals: [ResolvedLiteral]) -> Set<Int> {
        var out = Set<Int>()
        for literal in literals {
            switch literal {
            case .positive(let a), .negative(let a): out.formUnion(a.variables)
            case .comparison(_, let l, let r, _): out.formUnion(l.variables.union(r.variables))
            case .test(let e, _, _): out.formUnion(e.variables)
            case .aggregate(let a):
                out.insert(a.result)
                out.formUnion(a.groupVariables)
            }
        }
        return out
    }
}
