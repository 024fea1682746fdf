import RDF

extension Analyzer {
    /// Reports variables that no positive atom, assignment or aggregate binds.
    mutating func checkSafety(
        _ rule: ResolvedRule, scope: VariableScope, aggregateBody: Bool = false
    ) {
        let bound = Analyzer.boundVariables(of: rule.body)
        var needed: [(Int, String)] = []
        for argument in rule.headArguments {
            for v in argument.variables.sorted() { needed.append((v, "in the head")) }
        }
        for literal in rule.body {
            switch literal {
            case .negative(let atom):
                for v in atom.variables.sorted() { needed.append((v, "in a negated atom")) }
            case .comparison(_, let l, let r, _):
                for v in l.variables.union(r.variables).sorted() {
                    needed.append((v, "in a comparison"))
                }
            case .test(let e, _, _):
                for v in e.variables.sorted() { needed.append((v, "in a built-in test")) }
            case .aggregate, .positive:
                break
            }
        }
        var places: [Int: [String]] = [:]
        var order: [Int] = []
        for (v, place) in needed where !bound.contains(v) {
            if places[v] == nil { order.append(v) }
            if !(places[v]?.contains(place) ?? false) { places[v, default: []].append(place) }
        }
        let seen = Set(order)
        var notes: [Diagnostic.Note] = []
        for v in order.sorted() {
            let location = v < scope.occurrences.count ? scope.occurrences[v].first : nil
            let where_ = (places[v] ?? []).joined(separator: " and ")
            notes.append(
                .init(
                    "variable \(scope.names[v]) occurs only \(where_); no positive atom binds it",
                    at: location))
        }
        guard !notes.isEmpty else { return }
        let names = seen.sorted().map { scope.names[$0] }.joined(separator: ", ")
        let what = aggregateBody ? "aggregate body" : "rule"
        diagnostics.append(
            .error(
                "unsafe \(what): \(names) \(seen.count == 1 ? "is" : "are") not bound",
                at: rule.location, notes: notes))
    }

    /// Warns about named variables that occur once.
    mutating func warnSingletons(_ scope: VariableScope) {
        for (v, name) in scope.names.enumerated()
        where !name.hasPrefix("_") && scope.occurrences[v].count == 1 {
            diagnostics.append(
                .warning(
                    "singleton variable \(name); write _ or _\(name) if that is intended",
                    at: scope.occurrences[v][0]))
        }
    }

    /// Warns about local relations that are used but have no rule or fact.
    mutating func warnUndefined() {
        var warned = Set<RelationID>()
        let definedNames = defined.compactMap { id -> String? in
            let info = program.relations[id]
            return info.isHidden || info.source != .derived ? nil : info.name
        }
        for (id, location) in uses where !defined.contains(id) && !warned.contains(id) {
            let info = program.relations[id]
            guard info.source == .derived, !info.isHidden else { continue }
            warned.insert(id)
            var notes: [Diagnostic.Note] = []
            if let close = EditDistance.closest(to: info.name, in: definedNames) {
                notes.append(.init("did you mean '\(close)'?"))
            }
            diagnostics.append(
                .warning(
                    "relation '\(info.name)' is used but never defined; it is empty",
                    at: location, notes: notes))
        }
    }

    func suggestion(for name: String) -> [Diagnostic.Note] {
        let names = program.relations.filter { !$0.isHidden }.map(\.name)
        return EditDistance.closest(to: name, in: names).map { [.init("did you mean '\($0)'?")] }
            ?? []
    }

    /// Orders the relations' strongly connected components and rejects negation or aggregation
    /// inside a recursive component.
    mutating func stratify() {
        let n = program.relations.count
        var edges = [[(RelationID, Bool, SourceLocation)]](repeating: [], count: n)
        for rule in program.rules {
            for literal in rule.body {
                switch literal {
                case .positive(let a): edges[rule.head].append((a.relation, false, a.location))
                case .negative(let a): edges[rule.head].append((a.relation, true, a.location))
                case .aggregate(let a): edges[rule.head].append((a.relation, true, a.location))
                default: break
                }
            }
        }
        let components = StronglyConnected.components(count: n) { edges[$0].map(\.0) }
        var componentOf = [Int](repeating: 0, count: n)
        for (index, component) in components.enumerated() {
            for r in component { componentOf[r] = index }
        }
        for head in 0..<n {
            for (body, negative, location) in edges[head]
            where negative && componentOf[body] == componentOf[head] {
                let cycle = path(from: body, to: head, edges: edges, component: componentOf)
                let names = ([head] + cycle).map {
                    program.relations[$0].isHidden ? "(aggregate)" : program.relations[$0].name
                }
                let target = program.relations[body]
                let what = target.isHidden ? "an aggregate" : "negation of '\(target.name)'"
                diagnostics.append(
                    .error(
                        "\(what) in a recursive cycle: \(names.joined(separator: " -> ")); negation and aggregates must be stratified",
                        at: location))
            }
        }
        program.strata = components
    }

    private func path(
        from start: RelationID, to goal: RelationID, edges: [[(RelationID, Bool, SourceLocation)]],
        component: [Int]
    ) -> [RelationID] {
        var previous: [RelationID: RelationID] = [start: start]
        var queue = [start]
        var head = 0
        while head < queue.count {
            let r = queue[head]
            head += 1
            if r == goal { break }
            for (next, _, _) in edges[r]
            where component[next] == component[start] && previous[next] == nil {
                previous[next] = r
                queue.append(next)
            }
        }
        var out = [goal]
        var r = goal
        while r != start, let p = previous[r] {
            out.append(p)
            r = p
        }
        return out.reversed()
    }
}

extension Analyzer {
    /// Reports an operand of arithmetic that is a built-in returning a string or a boolean.
    mutating func checkNumeric(_ e: ResolvedExpression, for op: String, written: Expression) {
        guard case .call(let builtin, _, _) = e,
            builtin.result == .string || builtin.result == .boolean
        else { return }
        diagnostics.append(
            .error(
                "'\(op)' needs numbers, but \(builtin.name)(…) gives a \(builtin.result.rawValue)",
                at: written.location,
                notes: builtin.result == .string
                    ? [.init("convert it with to_number(\(builtin.name)(…))")] : []))
    }

    /// Compiles a constant `regex` pattern (and flags) now, so a bad one is reported before
    /// evaluation, at the pattern.
    mutating func checkConstantPattern(_ written: [Expression], _ resolved: [ResolvedExpression]) {
        guard case .constant(.literal(let pattern)) = resolved[1] else { return }
        var flags = ""
        if resolved.count > 2 {
            guard case .constant(.literal(let f)) = resolved[2] else { return }
            flags = f.lexical
        }
        if let message = RegexPattern.problem(pattern.lexical, flags: flags) {
            let flagsAreWrong = resolved.count > 2 && RegexPattern.flagProblem(flags) != nil
            diagnostics.append(.error(message, at: written[flagsAreWrong ? 2 : 1].location))
        }
    }
}
