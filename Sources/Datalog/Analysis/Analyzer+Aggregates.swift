/// An aggregate of the clause being resolved, before its columns and group are known.
struct PendingAggregate {
    var aggregate: ResolvedAggregate
    /// The hidden relation of the enclosing aggregate (nil: the clause body encloses it).
    var parent: RelationID?
    var body: [ResolvedLiteral]
    var text: String
}

extension Analyzer {
    /// Gives each aggregate of a clause its columns and group, and returns the clause body with
    /// the completed aggregates and the rules defining their hidden relations.
    ///
    /// A variable of an aggregate body belongs to the group when it also occurs outside the
    /// aggregate, in an enclosing body or the head; a variable that occurs only inside aggregates
    /// is local to each of them, whatever the order written. A nested aggregate's group joins the
    /// columns of its parent. When the body alone cannot bind a group variable (`X < K` with `K`
    /// bound outside), the enclosing body's atoms and assignments are copied in front of it as a
    /// context, so the hidden relation holds one row per context binding.
    mutating func finishAggregates(
        head: RelationID, body: [ResolvedLiteral], headVariables: Set<Int>, scope: VariableScope
    ) -> (body: [ResolvedLiteral], rules: [ResolvedRule]) {
        var pending = pendingAggregates
        pendingAggregates = []
        guard !pending.isEmpty else { return (body, []) }
        var position: [RelationID: Int] = [:]
        for (i, p) in pending.enumerated() { position[p.aggregate.relation] = i }
        // `pending` is innermost first, so a parent comes after all its descendants.
        let top = Analyzer.directVariables(body).union(headVariables)
        var visible = [Set<Int>](repeating: [], count: pending.count)
        for i in pending.indices.reversed() {
            if let parent = pending[i].parent, let j = position[parent] {
                visible[i] = Analyzer.directVariables(pending[j].body).union(visible[j])
            } else {
                visible[i] = top
            }
        }
        var columns = [[Int]](repeating: [], count: pending.count)
        for i in pending.indices {
            var own = Analyzer.directVariables(pending[i].body)
            for literal in pending[i].body {
                if case .aggregate(let nested) = literal, let j = position[nested.relation] {
                    own.formUnion(pending[j].aggregate.groupVariables)
                }
            }
            columns[i] = own.sorted()
            pending[i].aggregate.bodyVariables = columns[i]
            pending[i].aggregate.groupVariables = own.intersection(visible[i]).sorted()
            if let target = pending[i].aggregate.target, !own.contains(target) {
                diagnostics.append(
                    .error(
                        "aggregated variable \(scope.names[target]) does not occur in the aggregate body",
                        at: pending[i].aggregate.location))
            }
            program.relations[pending[i].aggregate.relation].arity = columns[i].count
        }
        func complete(_ literals: [ResolvedLiteral]) -> [ResolvedLiteral] {
            literals.map { literal in
                if case .aggregate(let a) = literal, let j = position[a.relation] {
                    return .aggregate(pending[j].aggregate)
                }
                return literal
            }
        }
        let finalBody = complete(body)
        for i in pending.indices { pending[i].body = complete(pending[i].body) }
        // Correlated group variables: outermost first, so a parent's context is in place.
        for i in pending.indices.reversed() {
            // Only atoms and assignments count: a nested aggregate would enumerate its groups,
            // which misses the empty ones.
            let own = Analyzer.boundVariables(
                of: pending[i].body.filter {
                    if case .aggregate = $0 { false } else { true }
                })
            let correlated = Set(pending[i].aggregate.groupVariables).subtracting(own)
            guard !correlated.isEmpty else { continue }
            let enclosing =
                pending[i].parent.flatMap { position[$0] }.map { pending[$0].body } ?? finalBody
            pending[i].body =
                context(of: enclosing, binding: correlated, avoiding: head) + pending[i].body
        }
        let rules = pending.indices.map { i in
            ResolvedRule(
                id: -1, head: pending[i].aggregate.relation,
                headArguments: columns[i].map { .variable($0) }, body: pending[i].body,
                variableNames: scope.names, location: pending[i].aggregate.location,
                text: pending[i].text)
        }
        return (finalBody, rules)
    }

    /// Variables a body uses at its own level: every literal's, but only the result of an
    /// aggregate (its body is a level of its own).
    static func directVariables(_ literals: [ResolvedLiteral]) -> Set<Int> {
        var out = Set<Int>()
        for literal in literals {
            if case .aggregate(let a) = literal {
                out.insert(a.result)
            } else {
                out.formUnion(ResolvedLiteral.variables(of: [literal]))
            }
        }
        return out
    }

    /// Variables that positive atoms, aggregates (result and group) and assignments `V = e`
    /// bind, to a fixpoint.
    static func boundVariables(of body: [ResolvedLiteral]) -> Set<Int> {
        var bound = Set<Int>()
        var changed = true
        while changed {
            changed = false
            for literal in body {
                let before = bound.count
                switch literal {
                case .positive(let atom):
                    bound.formUnion(atom.variables)
                case .aggregate(let a):
                    bound.insert(a.result)
                    bound.formUnion(a.groupVariables)
                case .comparison(.equal, let l, let r, _):
                    for (target, other) in [(l, r), (r, l)] {
                        if case .variable(let v) = target, other.variables.isSubset(of: bound) {
                            bound.insert(v)
                        }
                    }
                default:
                    break
                }
                changed = changed || bound.count != before
            }
        }
        return bound
    }

    /// Literals of an enclosing body that bind `needed` without any aggregate: atoms chosen
    /// greedily (graph relations first, the clause's own head relation last, so that a recursive
    /// rule's aggregate need not depend on the rule), the assignments that lead to `needed`, and
    /// the filters over what those bind. The hidden relation then holds a superset of the groups
    /// the rule looks up, which the lookup narrows.
    func context(
        of enclosing: [ResolvedLiteral], binding needed: Set<Int>, avoiding head: RelationID
    )
        -> [ResolvedLiteral]
    {
        func rank(_ atom: ResolvedAtom) -> Int {
            if program.relations[atom.relation].source != .derived { return 0 }
            return atom.relation == head ? 2 : 1
        }
        var atoms: [(Int, ResolvedAtom)] = []
        for (i, literal) in enclosing.enumerated() {
            if case .positive(let atom) = literal { atoms.append((i, atom)) }
        }
        atoms.sort { (rank($0.1), $0.0) < (rank($1.1), $1.0) }
        var wanted = needed
        var bound = Set<Int>()
        var used = Set<Int>()
        var changed = true
        while changed && !wanted.isSubset(of: bound) {
            changed = false
            for v in wanted.subtracting(bound).sorted() where !bound.contains(v) {
                if let (i, atom) = atoms.first(where: { $0.1.variables.contains(v) }),
                    !used.contains(i)
                {
                    used.insert(i)
                    bound.formUnion(atom.variables)
                    changed = true
                    continue
                }
                // Bound by an assignment `v = e`: then e's variables are wanted too.
                for (i, literal) in enclosing.enumerated() where !used.contains(i) {
                    guard case .comparison(.equal, let l, let r, _) = literal else { continue }
                    for (target, other) in [(l, r), (r, l)] {
                        if case .variable(v) = target {
                            used.insert(i)
                            wanted.formUnion(other.variables)
                            bound.insert(v)
                            changed = true
                        }
                    }
                    if bound.contains(v) { break }
                }
            }
        }
        var out = enclosing.indices.filter { used.contains($0) }.map { enclosing[$0] }
        for (i, literal) in enclosing.enumerated() where !used.contains(i) {
            switch literal {
            case .negative, .comparison, .test:
                if ResolvedLiteral.variables(of: [literal]).isSubset(of: bound) {
                    out.append(literal)
                }
            case .positive, .aggregate:
                break
            }
        }
        return out
    }
}
