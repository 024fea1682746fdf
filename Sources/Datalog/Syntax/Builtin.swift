/// A built-in function or test: its name, arity and the kind of value it returns.
///
/// The analyser resolves each call to a case once; evaluation switches over the cases
/// exhaustively, so a built-in without an implementation does not compile.
public enum Builtin: String, CaseIterable, Sendable {
    // Tests (boolean results), usable as body literals and negated with `!`.
    case contains, strstarts, strends, regex
    case isIRI = "isiri"
    case isLiteral = "isliteral"
    case langMatches = "langmatches"
    // Functions.
    case str, lang, datatype, strlen, ucase, lcase, concat, substr, abs, min, max
    case toNumber = "to_number"
    case toString = "to_string"

    /// What a built-in returns, checked where the analyser can see it (`str(X) + 1`).
    public enum ResultKind: String, Sendable {
        case boolean, number, string, term
    }

    /// The name as written in programs.
    public var name: String { rawValue }

    /// How many arguments the built-in takes.
    public var arity: ClosedRange<Int> {
        switch self {
        case .contains, .strstarts, .strends, .langMatches, .min, .max: 2...2
        case .regex, .substr: 2...3
        case .isIRI, .isLiteral, .str, .lang, .datatype, .strlen, .ucase, .lcase, .abs,
            .toNumber, .toString:
            1...1
        case .concat: 1...16
        }
    }

    /// The kind of value the built-in returns.
    public var result: ResultKind {
        switch self {
        case .contains, .strstarts, .strends, .regex, .isIRI, .isLiteral, .langMatches: .boolean
        case .strlen, .abs, .toNumber: .number
        case .str, .lang, .ucase, .lcase, .concat, .substr, .toString: .string
        case .datatype, .min, .max: .term
        }
    }

    /// Whether the built-in is a test (a body literal of its own).
    public var isTest: Bool { result == .boolean }

    /// The built-in called `name`, if any.
    public init?(name: String) { self.init(rawValue: name) }

    /// Whether `name` is a built-in (and so cannot name a relation).
    public static func isBuiltin(_ name: String) -> Bool { Builtin(rawValue: name) != nil }

    /// Whether `name` is a built-in test.
    public static func isTest(_ name: String) -> Bool { Builtin(rawValue: name)?.isTest ?? false }
}
