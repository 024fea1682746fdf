import RDF

/// Index of a relation in `CheckedProgram.relations`.
public typealias RelationID = Int

/// Where a relation's base facts come from.
public enum RelationSource: Sendable, Hashable {
    /// Only rules and program facts.
    case derived
    /// An RDF property: `p(S, O)` holds for every triple `S p O`.
    case property(IRI)
    /// An RDF class: `c(X)` holds for every triple `X rdf:type c`.
    case rdfClass(IRI)
    /// `triple(S, P, O)`: every triple.
    case triples
}

/// A relation of a checked program.
public struct RelationInfo: Sendable {
    public var name: String
    public var arity: Int
    public var source: RelationSource
    /// Hidden relations are the bodies of aggregates and the answers of `?-` queries.
    public var isHidden: Bool
    /// Where the relation is first written.
    public var location: SourceLocation?
}

/// An argument of a resolved atom.
public enum ArgumentTerm: Sendable, Hashable {
    case variable(Int)
    case constant(Term)
    case wildcard
}

/// A resolved expression: variables are rule-local indices, constants are RDF terms.
public indirect enum ResolvedExpression: Sendable {
    case variable(Int)
    case constant(Term)
    case call(Builtin, [ResolvedExpression], SourceLocation)
    case arithmetic(ArithmeticOperator, ResolvedExpression, ResolvedExpression, SourceLocation)
    case negate(ResolvedExpression, SourceLocation)

    /// Variable indices in the expression.
    public var variables: Set<Int> {
        switch self {
        case .variable(let v): [v]
        case .constant: []
        case .call(_, let args, _): args.reduce(into: Set<Int>()) { $0.formUnion($1.variables) }
        case .arithmetic(_, let a, let b, _): a.variables.union(b.variables)
        case .negate(let a, _): a.variables
        }
    }
}

/// A resolved relation atom.
public struct ResolvedAtom: Sendable {
    public var relation: RelationID
    public var arguments: [ArgumentTerm]
    public var location: SourceLocation

    public var variables: Set<Int> {
        Set(arguments.compactMap { if case .variable(let v) = $0 { v } else { nil } })
    }
}

/// An aggregate over a hidden relation holding its body's bindings.
public struct ResolvedAggregate: Sendable {
    public var kind: AggregateKind
    /// The hidden relation whose columns are `bodyVariables`.
    public var relation: RelationID
    /// Rule variables stored in each column of `relation`.
    public var bodyVariables: [Int]
    /// Variables of the body that also occur elsewhere in the rule (the group).
    public var groupVariables: [Int]
    /// The aggregated variable (`sum M`), if any.
    public var target: Int?
    /// The variable receiving the result.
    public var result: Int
    public var location: SourceLocation
}

/// A resolved body literal.
public enum ResolvedLiteral: Sendable {
    case positive(ResolvedAtom)
    case negative(ResolvedAtom)
    case comparison(ComparisonOperator, ResolvedExpression, ResolvedExpression, SourceLocation)
    /// A built-in test; `negated` for `!contains(…)`.
    case test(ResolvedExpression, negated: Bool, SourceLocation)
    case aggregate(ResolvedAggregate)
}

/// A resolved rule (facts are rules without a body).
public struct ResolvedRule: Sendable {
    public var id: Int
    public var head: RelationID
    public var headArguments: [ResolvedExpression]
    public var body: [ResolvedLiteral]
    public var variableNames: [String]
    public var location: SourceLocation
    /// The rule as written (one line), for plans and explanations.
    public var text: String
}

/// A `?-` query: its answers are the hidden relation `relation`.
public struct ResolvedQuery: Sendable {
    public var relation: RelationID
    public var columns: [String]
    public var text: String
    public var location: SourceLocation
}

/// A program that passed analysis: names resolved, rules safe, strata computed.
public struct CheckedProgram: Sendable {
    public var relations: [RelationInfo] = []
    public var rules: [ResolvedRule] = []
    /// Strata in evaluation order; each lists its relations (one SCC of the dependency graph).
    public var strata: [[RelationID]] = []
    public var queries: [ResolvedQuery] = []
    public var outputs: [RelationID] = []
    public var prefixes: PrefixMap = .standard
    /// Warnings found by the analysis.
    public var warnings: [Diagnostic] = []
    public var file: String = ""
    public var source: String = ""

    /// The relation called `name` (as written in the program).
    public func relation(named name: String) -> RelationID? {
        relations.firstIndex { $0.name == name && !$0.isHidden }
    }

    /// Rules whose head is `relation`.
    public func rules(for relation: RelationID) -> [ResolvedRule] {
        rules.filter { $0.head == relation }
    }
}
