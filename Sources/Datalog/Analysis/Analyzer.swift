import Foundation
import RDF

/// Resolves names, checks arities, safety and stratification, and produces a `CheckedProgram`.
///
/// Every error of the pass is collected; `check` throws them all at once, sorted by location.
public struct Analyzer {
    var program = CheckedProgram()
    private var relationKeys: [String: RelationID] = [:]
    var diagnostics: [Diagnostic] = []
    private var prefixes = PrefixMap.standard
    private var lines: [Substring] = []
    var defined: Set<RelationID> = []
    var uses: [(RelationID, SourceLocation)] = []
    private var hiddenCount = 0
    /// Aggregates of the clause being resolved, innermost first; their rules are added with it.
    var pendingAggregates: [PendingAggregate] = []
    /// Hidden relations of the aggregates enclosing the one being resolved.
    private var aggregateStack: [RelationID] = []
    /// Diagnostics before the clause being resolved.
    private var clauseStart = 0

    public init() {}

    /// Checks a parsed program.
    /// - Parameter base: relations and prefixes already known (the REPL's earlier input).
    /// - Throws: `DiagnosticList` with every error (warnings are in `CheckedProgram.warnings`).
    public static func check(_ syntax: SyntaxProgram, prefixes: PrefixMap = .standard)
        throws(DiagnosticList)
        -> CheckedProgram
    {
        var analyzer = Analyzer()
        analyzer.prefixes = prefixes
        return try analyzer.run(syntax)
    }

    private mutating func run(_ syntax: SyntaxProgram) throws(DiagnosticList) -> CheckedProgram {
        program.file = syntax.file
        program.source = syntax.source
        lines = syntax.source.split(separator: "\n", omittingEmptySubsequences: false)
        for declaration in syntax.prefixes {
            prefixes.bind(declaration.prefix, declaration.namespace)
        }
        program.prefixes = prefixes
        for clause in syntax.clauses {
            resolveClause(clause)
        }
        for (index, query) in syntax.queries.enumerated() {
            resolveQuery(query, index: index)
        }
        for output in syntax.outputs {
            if let id = program.relation(named: output.relation) {
                program.outputs.append(id)
            } else {
                diagnostics.append(
                    .error(
                        "'.output \(output.relation)': no relation of that name",
                        at: output.location,
                        notes: suggestion(for: output.relation)))
            }
        }
        warnUndefined()
        stratify()
        let errors = diagnostics.filter { $0.severity == .error }
        if !errors.isEmpty { throw DiagnosticList(diagnostics) }
        program.warnings = Diagnostic.sorted(diagnostics)
        return program
    }

    // MARK: Relations

    private mutating func relation(
        for name: PredicateName, arity: Int, at location: SourceLocation, defining: Bool
    ) -> RelationID? {
        let key: String
        let source: RelationSource
        let display: String
        switch name {
        case .local(let n):
            if n == "triple" {
                guard arity == 3 else {
                    diagnostics.append(
                        .error("'triple' takes 3 arguments (S, P, O), not \(arity)", at: location))
                    return nil
                }
                if defining {
                    diagnostics.append(
                        .error(
                            "'triple' is the graph's triples and cannot be defined by rules",
                            at: location))
                    return nil
                }
                key = "T"
                source = .triples
                display = "triple"
            } else {
                if Builtin.isBuiltin(n) {
                    diagnostics.append(
                        .error(
                            "'\(n)' is a built-in and cannot be used as a relation", at: location))
                    return nil
                }
                key = "L:" + n
                source = .derived
                display = n
            }
        case .prefixed, .iri:
            guard let iri = resolveIRI(name, at: location) else { return nil }
            switch arity {
            case 1:
                key = "C:" + iri.string
                source = .rdfClass(iri)
            case 2:
                key = "P:" + iri.string
                source = .property(iri)
            default:
                diagnostics.append(
                    .error(
                        "RDF predicate \(name.display) takes 1 argument (a class) or 2 (a property), not \(arity)",
                        at: location))
                return nil
            }
            display = name.display
        }
        if let id = relationKeys[key] {
            let info = program.relations[id]
            if info.arity != arity {
                diagnostics.append(
                    .error(
                        "relation '\(display)' used with \(arity) arguments but it has \(info.arity)",
                        at: location,
                        notes: info.location.map {
                            [
                                .init(
                                    "'\(display)' first used with \(info.arity) arguments here",
                                    at: $0)
                            ]
                        } ?? []))
                return nil
            }
            return id
        }
        let id = program.relations.count
        program.relations.append(
            RelationInfo(
                name: display, arity: arity, source: source, isHidden: false, location: location))
        relationKeys[key] = id
        return id
    }

    private mutating func hiddenRelation(_ name: String, arity: Int, at location: SourceLocation)
        -> RelationID
    {
        let id = program.relations.count
        program.relations.append(
            RelationInfo(
                name: name, arity: arity, source: .derived, isHidden: true, location: location))
        return id
    }

    private mutating func resolveIRI(_ name: PredicateName, at location: SourceLocation) -> IRI? {
        switch name {
        case .iri(let s): return IRI(unchecked: s)
        case .prefixed(let p, let l): return expand(prefix: p, local: l, at: location)
        case .local: return nil
        }
    }

    private mutating func expand(prefix: String, local: String, at location: SourceLocation) -> IRI?
    {
        guard let namespace = prefixes.namespace(for: prefix) else {
            let known = prefixes.bindings.map(\.prefix)
            var notes: [Diagnostic.Note] = []
            if let close = EditDistance.closest(to: prefix, in: known) {
                notes.append(.init("did you mean '\(close):'?"))
            }
            notes.append(.init("declare it with '@prefix \(prefix): <…> .'"))
            diagnostics.append(.error("unknown prefix '\(prefix):'", at: location, notes: notes))
            return nil
        }
        return IRI(unchecked: namespace + local)
    }

    private mutating func constant(_ c: ConstantSyntax, at location: SourceLocation) -> Term? {
        switch c {
        case .iri(let s): return .iri(IRI(unchecked: s))
        case .prefixed(let p, let l): return expand(prefix: p, local: l, at: location).map(Term.iri)
        case .integer(let digits): return .literal(Literal(digits, datatype: Vocab.xsd.integer))
        case .decimal(let digits): return .literal(Literal(digits, datatype: Vocab.xsd.decimal))
        case .string(let text, let language, let datatype):
            if let language { return .literal(Literal(text, language: language)) }
            switch datatype {
            case nil: return .literal(Literal(text))
            case .iri(let s): return .literal(Literal(text, datatype: IRI(unchecked: s)))
            case .prefixed(let p, let l):
                guard let iri = expand(prefix: p, local: l, at: location) else { return nil }
                return .literal(Literal(text, datatype: iri))
            }
        }
    }

    // MARK: Clauses

    private func ruleText(at location: SourceLocation) -> String {
        guard location.line - 1 < lines.count else { return "" }
        var text = String(lines[location.line - 1])
        if let range = text.range(of: " %") ?? text.range(of: "\t%") {
            text = String(text[..<range.lowerBound])
        }
        return text.trimmingCharacters(in: .whitespaces)
    }

    private mutating func resolveClause(_ clause: Clause) {
        clauseStart = diagnostics.count
        pendingAggregates = []
        var scope = VariableScope()
        guard
            let head = relation(
                for: clause.head.predicate, arity: clause.head.arguments.count,
                at: clause.head.location, defining: true)
        else {
            _ = resolveBody(clause.body, scope: &scope)
            return
        }
        defined.insert(head)
        let headArguments = clause.head.arguments.compactMap {
            resolveExpression($0, scope: &scope, inHead: true)
        }
        let body = resolveBody(clause.body, scope: &scope)
        guard headArguments.count == clause.head.arguments.count else { return }
        addRule(
            head: head, headArguments: headArguments, body: body, scope: scope,
            location: clause.location, text: ruleText(at: clause.location))
    }

    private mutating func resolveQuery(_ query: Query, index: Int) {
        clauseStart = diagnostics.count
        pendingAggregates = []
        var scope = VariableScope()
        let body = resolveBody(query.body, scope: &scope)
        var outside = Set<Int>()
        for literal in body {
            if case .aggregate(let a) = literal {
                outside.insert(a.result)
            } else {
                outside.formUnion(ResolvedLiteral.variables(of: [literal]))
            }
        }
        let columns = scope.names.indices.filter {
            outside.contains($0) && !scope.names[$0].hasPrefix("_")
        }
        let id = hiddenRelation("?query\(index + 1)", arity: columns.count, at: query.location)
        defined.insert(id)
        program.queries.append(
            ResolvedQuery(
                relation: id, columns: columns.map { scope.names[$0] }, text: query.text,
                location: query.location))
        addRule(
            head: id, headArguments: columns.map { .variable($0) }, body: body, scope: scope,
            location: query.location, text: query.text, isQuery: true)
    }

    private mutating func addRule(
        head: RelationID, headArguments: [ResolvedExpression], body: [ResolvedLiteral],
        scope: VariableScope, location: SourceLocation, text: String, isQuery: Bool = false
    ) {
        let before = diagnostics.count
        let (body, aggregateRules) = finishAggregates(
            head: head, body: body,
            headVariables: headArguments.reduce(into: Set<Int>()) {
                $0.formUnion($1.variables)
            }, scope: scope)
        let rule = ResolvedRule(
            id: program.rules.count, head: head, headArguments: headArguments, body: body,
            variableNames: scope.names, location: location, text: text)
        // Resolution errors in this clause would only cause follow-on safety errors.
        if diagnostics[clauseStart...].contains(where: { $0.severity == .error }) { return }
        checkSafety(rule, scope: scope)
        for aggregateRule in aggregateRules {
            checkSafety(aggregateRule, scope: scope, aggregateBody: true)
        }
        if !isQuery { warnSingletons(scope) }
        guard !diagnostics[before...].contains(where: { $0.severity == .error }) else { return }
        for var aggregateRule in aggregateRules {
            aggregateRule.id = program.rules.count
            program.rules.append(aggregateRule)
        }
        var final = rule
        final.id = program.rules.count
        program.rules.append(final)
    }

    private mutating func resolveBody(
        _ body: [BodyLiteral], scope: inout VariableScope, inAggregate: Bool = false
    )
        -> [ResolvedLiteral]
    {
        var out: [ResolvedLiteral] = []
        for literal in body {
            switch literal {
            case .positive(let atom):
                if let a = resolveAtom(atom, scope: &scope, freshWildcards: inAggregate) {
                    out.append(.positive(a))
                }
            case .negative(let atom, _):
                if let a = resolveAtom(atom, scope: &scope, freshWildcards: false) {
                    out.append(.negative(a))
                }
            case .test(let expression, let negated, let location):
                if let e = resolveExpression(expression, scope: &scope) {
                    out.append(.test(e, negated: negated, location))
                }
            case .comparison(let op, let left, let right, let location):
                if let aggregate = aggregateSide(op, left, right) {
                    if let a = resolveAggregate(
                        aggregate.aggregate, result: aggregate.variable, scope: &scope)
                    {
                        out.append(.aggregate(a))
                    }
                    continue
                }
                let l = resolveExpression(left, scope: &scope)
                let r = resolveExpression(right, scope: &scope)
                if let l, let r { out.append(.comparison(op, l, r, location)) }
            }
        }
        return out
    }

    private func aggregateSide(_ op: ComparisonOperator, _ left: Expression, _ right: Expression)
        -> (aggregate: Expression, variable: Expression)?
    {
        if case .aggregate = right, op == .equal { return (right, left) }
        if case .aggregate = left, op == .equal { return (left, right) }
        return nil
    }

    private mutating func resolveAggregate(
        _ expression: Expression, result: Expression, scope: inout VariableScope
    )
        -> ResolvedAggregate?
    {
        guard case .aggregate(let kind, let target, let body, let location) = expression else {
            return nil
        }
        guard case .variable(let resultName, let resultLocation) = result, resultName != "_" else {
            diagnostics.append(
                .error(
                    "an aggregate must be assigned to a variable: 'N = \(kind.rawValue) … : { … }'",
                    at: result.location))
            return nil
        }
        let resultVariable = scope.variable(resultName, at: resultLocation)
        // The columns are known once the whole clause is resolved (`finishAggregates`).
        let relationID = hiddenRelation("?aggregate\(hiddenCount)", arity: 0, at: location)
        hiddenCount += 1
        defined.insert(relationID)
        let parent = aggregateStack.last
        aggregateStack.append(relationID)
        let resolvedBody = resolveBody(body, scope: &scope, inAggregate: true)
        aggregateStack.removeLast()
        var targetVariable: Int?
        if let target {
            guard let v = scope.index[target] else {
                diagnostics.append(
                    .error(
                        "aggregated variable \(target) does not occur in the aggregate body",
                        at: location))
                return nil
            }
            targetVariable = v
            _ = scope.variable(target, at: location)
        }
        let aggregate = ResolvedAggregate(
            kind: kind, relation: relationID, bodyVariables: [], groupVariables: [],
            target: targetVariable, result: resultVariable, location: location)
        pendingAggregates.append(
            PendingAggregate(
                aggregate: aggregate, parent: parent, body: resolvedBody,
                text: "\(kind.rawValue)\(target.map { " " + $0 } ?? "") : { … }"))
        return aggregate
    }

    private mutating func resolveAtom(
        _ atom: Atom, scope: inout VariableScope, freshWildcards: Bool
    )
        -> ResolvedAtom?
    {
        var arguments: [ArgumentTerm] = []
        var ok = true
        for argument in atom.arguments {
            switch argument {
            case .variable("_", let location):
                arguments.append(freshWildcards ? .variable(scope.fresh(at: location)) : .wildcard)
            case .variable(let name, let location):
                arguments.append(.variable(scope.variable(name, at: location)))
            case .constant(let c, let location):
                if let term = constant(c, at: location) {
                    arguments.append(.constant(term))
                } else {
                    ok = false
                }
            default:
                diagnostics.append(
                    .error(
                        "an atom's arguments must be variables or constants; bind the expression first, e.g. 'X = …'",
                        at: argument.location))
                ok = false
            }
        }
        guard
            let id = relation(
                for: atom.predicate, arity: atom.arguments.count, at: atom.location, defining: false
            ),
            ok
        else { return nil }
        uses.append((id, atom.location))
        return ResolvedAtom(relation: id, arguments: arguments, location: atom.location)
    }

    private mutating func resolveExpression(
        _ expression: Expression, scope: inout VariableScope, inHead: Bool = false
    )
        -> ResolvedExpression?
    {
        switch expression {
        case .variable("_", let location):
            diagnostics.append(
                .error(
                    inHead
                        ? "'_' cannot appear in a rule head"
                        : "'_' cannot be used in an expression",
                    at: location))
            return nil
        case .variable(let name, let location):
            return .variable(scope.variable(name, at: location))
        case .constant(let c, let location):
            return constant(c, at: location).map(ResolvedExpression.constant)
        case .call(let name, let args, let location):
            guard let builtin = Builtin(name: name) else {
                diagnostics.append(
                    .error(
                        "unknown function '\(name)'", at: location,
                        notes: EditDistance.closest(to: name, in: Builtin.allCases.map(\.name)).map
                        {
                            [.init("did you mean '\($0)'?")]
                        } ?? []))
                return nil
            }
            let range = builtin.arity
            guard range.contains(args.count) else {
                diagnostics.append(
                    .error(
                        "'\(name)' takes \(range.lowerBound == range.upperBound ? "\(range.lowerBound)" : "\(range.lowerBound)–\(range.upperBound)") arguments, not \(args.count)",
                        at: location))
                return nil
            }
            let resolved = args.compactMap { resolveExpression($0, scope: &scope) }
            guard resolved.count == args.count else { return nil }
            if builtin == .regex { checkConstantPattern(args, resolved) }
            return .call(builtin, resolved, location)
        case .arithmetic(let op, let a, let b, let location):
            guard let l = resolveExpression(a, scope: &scope),
                let r = resolveExpression(b, scope: &scope)
            else {
                return nil
            }
            checkNumeric(l, for: op.rawValue, written: a)
            checkNumeric(r, for: op.rawValue, written: b)
            return .arithmetic(op, l, r, location)
        case .negate(let a, let location):
            guard let resolved = resolveExpression(a, scope: &scope) else { return nil }
            checkNumeric(resolved, for: "-", written: a)
            return .negate(resolved, location)
        case .aggregate(_, _, _, let location):
            diagnostics.append(
                .error(
                    "an aggregate may only appear as 'Var = aggregate' in a rule body", at: location
                ))
            return nil
        }
    }
}
