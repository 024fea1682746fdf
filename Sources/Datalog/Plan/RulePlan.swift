import RDF

/// A value read by a plan step: a register (bound variable) or a constant term ID.
public enum Operand: Sendable, Hashable {
    case register(Int)
    case constant(UInt32)
}

/// What a step does with one column of a tuple.
public enum ColumnAction: Sendable, Hashable {
    /// Store the value in a register (first occurrence of a variable).
    case bind(Int)
    /// Require the value to equal a register.
    case check(Int)
    /// Require the value to equal a constant.
    case constant(UInt32)
    case ignore
}

/// An expression compiled to registers and term IDs.
public indirect enum CompiledExpression: Sendable {
    case register(Int)
    case constant(UInt32)
    case call(Builtin, [CompiledExpression], SourceLocation)
    case arithmetic(ArithmeticOperator, CompiledExpression, CompiledExpression, SourceLocation)
    case negate(CompiledExpression, SourceLocation)
}

/// Which tuples of a relation a step reads.
public enum Version: Sendable, Hashable {
    /// Every committed tuple.
    case full
    /// Only the tuples new in the last round (semi-naive delta).
    case recent
}

/// How an aggregate reads its body's tuples and groups them.
public struct AggregatePlan: Sendable {
    public var kind: AggregateKind
    /// The relation holding the body's bindings (or a relation it aliases).
    public var relation: RelationID
    /// Column of `relation` for each group variable.
    public var groupColumns: [Int]
    /// For each group variable: its register, and whether it is bound before the step.
    public var groupRegisters: [Int]
    public var groupBound: [Bool]
    /// Column of the aggregated variable (`sum M`), if any.
    public var targetColumn: Int?
    public var resultRegister: Int
    /// When the result variable is already bound, the aggregate checks it instead.
    public var resultBound: Bool
    public var location: SourceLocation
}

/// One step of a rule's nested-loop join.
public enum Step: Sendable {
    /// Loop over the tuples of a relation (version), applying column actions.
    case scan(relation: RelationID, version: Version, columns: [ColumnAction])
    /// Look up tuples whose `keyColumns` equal `keys` through a hash index.
    case probe(relation: RelationID, keyColumns: [Int], keys: [Operand], columns: [ColumnAction])
    /// Require a fully bound tuple to be present.
    case member(relation: RelationID, values: [Operand])
    /// Require no tuple to match (negation); `keyColumns` empty means "relation is empty".
    case absent(relation: RelationID, keyColumns: [Int], keys: [Operand], fullyBound: Bool)
    case filter(ComparisonOperator, CompiledExpression, CompiledExpression, SourceLocation)
    /// A built-in test; `negated` keeps the bindings for which it is false.
    case test(CompiledExpression, negated: Bool, SourceLocation)
    case assign(Int, CompiledExpression)
    case aggregate(Int)
}

/// A rule (or one semi-naive variant of it) ready to run.
public struct RulePlan: Sendable {
    public var rule: Int
    public var head: RelationID
    public var headValues: [CompiledExpression]
    public var steps: [Step]
    public var aggregates: [AggregatePlan]
    public var registerCount: Int
    /// Indexes the steps need: (relation, columns).
    public var indexes: [(RelationID, [Int])]
    /// Which atom reads `recent` (nil: the whole rule runs once).
    public var deltaRelation: RelationID?
    public var text: String
    /// Variable names by register, for printing.
    public var registerNames: [String]
}
