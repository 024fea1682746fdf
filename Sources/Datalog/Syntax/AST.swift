import RDF

/// A parsed Datalog program, before any name resolution.
public struct SyntaxProgram: Sendable {
    public var file: String
    public var source: String
    public var prefixes: [PrefixDeclaration] = []
    public var clauses: [Clause] = []
    public var queries: [Query] = []
    public var outputs: [OutputDirective] = []
}

/// `@prefix vg: <https://w3id.org/vocgraph/ns#> .`
public struct PrefixDeclaration: Sendable {
    public var prefix: String
    public var namespace: String
    public var location: SourceLocation
}

/// `.output rel`
public struct OutputDirective: Sendable {
    public var relation: String
    public var location: SourceLocation
}

/// A fact (`grp(vg:x).`) or a rule (`head :- body.`).
public struct Clause: Sendable {
    public var head: Atom
    public var body: [BodyLiteral]
    public var location: SourceLocation
}

/// `?- body.`
public struct Query: Sendable {
    public var body: [BodyLiteral]
    public var location: SourceLocation
    /// The query's text, for headings.
    public var text: String
}

/// How a predicate is written.
public enum PredicateName: Sendable, Hashable {
    /// A local relation such as `partner`.
    case local(String)
    /// `vg:partnersWith`.
    case prefixed(prefix: String, local: String)
    /// `<https://…>`.
    case iri(String)

    public var display: String {
        switch self {
        case .local(let name): name
        case .prefixed(let p, let l): "\(p):\(l)"
        case .iri(let s): "<\(s)>"
        }
    }
}

/// `name(arg, …)`.
public struct Atom: Sendable {
    public var predicate: PredicateName
    public var arguments: [Expression]
    public var location: SourceLocation
}

/// A constant as written.
public enum ConstantSyntax: Sendable, Hashable {
    case iri(String)
    case prefixed(prefix: String, local: String)
    case string(String, language: String?, datatype: DatatypeSyntax?)
    case integer(String)
    case decimal(String)
}

/// The `^^` part of a typed literal.
public enum DatatypeSyntax: Sendable, Hashable {
    case iri(String)
    case prefixed(prefix: String, local: String)
}

/// Binary arithmetic operators.
public enum ArithmeticOperator: String, Sendable {
    case add = "+", subtract = "-", multiply = "*", divide = "/", remainder = "%"
}

/// Comparison operators.
public enum ComparisonOperator: String, Sendable {
    case equal = "=", notEqual = "!=", less = "<", lessOrEqual = "<=", greater = ">"
    case greaterOrEqual = ">="
}

/// Aggregate functions.
public enum AggregateKind: String, Sendable {
    case count, countDistinct = "count distinct", sum, min, max, mean
}

/// An expression or term.
public indirect enum Expression: Sendable {
    case variable(String, SourceLocation)
    case constant(ConstantSyntax, SourceLocation)
    /// A built-in call, by the name written (the analyser resolves it to a `Builtin`).
    case call(String, [Expression], SourceLocation)
    case arithmetic(ArithmeticOperator, Expression, Expression, SourceLocation)
    case negate(Expression, SourceLocation)
    /// `count : { … }`, `sum M : { … }`; `target` is the aggregated variable.
    case aggregate(AggregateKind, target: String?, body: [BodyLiteral], SourceLocation)

    public var location: SourceLocation {
        switch self {
        case .variable(_, let l), .constant(_, let l), .call(_, _, let l),
            .arithmetic(_, _, _, let l), .negate(_, let l), .aggregate(_, _, _, let l):
            return l
        }
    }

    /// Variables occurring in the expression, outside aggregate bodies.
    public var variables: [(String, SourceLocation)] {
        switch self {
        case .variable(let name, let l): return [(name, l)]
        case .constant: return []
        case .call(_, let args, _): return args.flatMap(\.variables)
        case .arithmetic(_, let a, let b, _): return a.variables + b.variables
        case .negate(let a, _): return a.variables
        case .aggregate: return []
        }
    }
}

/// One element of a rule body.
public enum BodyLiteral: Sendable {
    case positive(Atom)
    case negative(Atom, SourceLocation)
    case comparison(ComparisonOperator, Expression, Expression, SourceLocation)
    /// A boolean built-in such as `contains(L, "华为")`, or its negation `!contains(L, "华为")`.
    case test(Expression, negated: Bool, SourceLocation)

    public var location: SourceLocation {
        switch self {
        case .positive(let a): a.location
        case .negative(_, let l), .comparison(_, _, _, let l), .test(_, _, let l): l
        }
    }
}
