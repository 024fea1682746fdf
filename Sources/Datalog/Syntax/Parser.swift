import Foundation
import RDF

/// Parses Datalog source into a `SyntaxProgram`, recovering at each statement's final `.` so that
/// every syntax error of a file is reported.
public struct Parser {
    private var tokens: [Token] = []
    private var index = 0
    private var diagnostics: [Diagnostic] = []
    /// How deep the expression being parsed nests (parentheses, unary minus, operator chains,
    /// aggregate bodies): an upper bound on the depth of its tree.
    private var depth = 0
    private let file: String
    private let source: String

    private struct Failure: Error {}

    /// The deepest expression accepted; deeper ones are refused with a diagnostic, so that no
    /// later pass recurses without bound.
    public static let maxExpressionDepth = 256

    public init(source: String, file: String) {
        self.source = source
        self.file = file
    }

    /// Parses the whole source.
    /// - Throws: `DiagnosticList` with every syntax error, sorted by location.
    public mutating func parse() throws(DiagnosticList) -> SyntaxProgram {
        var lexer = Lexer(source: source, file: file)
        tokens = lexer.tokenize()
        diagnostics = lexer.diagnostics
        var program = SyntaxProgram(file: file, source: source)
        while current.kind != .end {
            let start = index
            do {
                try statement(into: &program)
            } catch {
                recover()
            }
            if index == start { index += 1 }
        }
        if diagnostics.contains(where: { $0.severity == .error }) {
            throw DiagnosticList(diagnostics)
        }
        return program
    }

    // MARK: Token access

    private var current: Token { tokens[min(index, tokens.count - 1)] }
    private func peekKind(_ offset: Int) -> Token.Kind {
        tokens[min(index + offset, tokens.count - 1)].kind
    }

    private func isSymbol(_ s: String) -> Bool { current.symbol == s }

    @discardableResult
    private mutating func expect(_ s: String, _ what: String) throws(Failure) -> Token {
        guard isSymbol(s) else { throw fail("expected \(what), found \(current.display)") }
        defer { index += 1 }
        return current
    }

    private mutating func fail(_ message: String) -> Failure {
        diagnostics.append(.error(message, at: current.location))
        return Failure()
    }

    /// Skips to just past the next statement-ending '.' outside braces and parentheses.
    private mutating func recover() {
        var depth = 0
        while current.kind != .end {
            if let s = current.symbol {
                if s == "(" || s == "{" { depth += 1 }
                if s == ")" || s == "}" { depth = max(0, depth - 1) }
                if s == "." && depth == 0 {
                    index += 1
                    return
                }
            }
            index += 1
        }
    }

    // MARK: Statements

    private mutating func statement(into program: inout SyntaxProgram) throws(Failure) {
        let token = current
        switch token.kind {
        case .directive("@prefix"):
            index += 1
            guard case .prefixedName(let prefix, let local) = current.kind, local.isEmpty else {
                throw fail(
                    "expected a prefix such as 'vg:' after @prefix, found \(current.display)")
            }
            index += 1
            guard case .iri(let namespace) = current.kind else {
                throw fail("expected a namespace IRI in <…>, found \(current.display)")
            }
            index += 1
            try expect(".", "'.' after the @prefix declaration")
            program.prefixes.append(
                PrefixDeclaration(prefix: prefix, namespace: namespace, location: token.location))
        case .directive(".output"):
            index += 1
            guard let name = predicateName() else {
                throw fail("expected a relation name after .output, found \(current.display)")
            }
            if isSymbol(".") { index += 1 }
            program.outputs.append(
                OutputDirective(relation: name.display, location: token.location))
        case .directive(let other):
            throw fail("unknown directive '\(other)' (expected @prefix or .output)")
        case .symbol("?-"):
            index += 1
            let startOffset = current.location
            let body = try body(until: ".")
            let endToken = current
            try expect(".", "'.' at the end of the query")
            program.queries.append(
                Query(
                    body: body, location: token.location,
                    text: "?- " + text(from: startOffset, to: endToken.location) + "."))
        default:
            let head = try atom()
            if isSymbol(".") {
                index += 1
                program.clauses.append(Clause(head: head, body: [], location: head.location))
                return
            }
            guard isSymbol(":-") else {
                throw fail("expected ':-' or '.' after the rule head, found \(current.display)")
            }
            index += 1
            let body = try body(until: ".")
            try expect(".", "',' or '.' after a body literal")
            program.clauses.append(Clause(head: head, body: body, location: head.location))
        }
    }

    /// Source text between two locations on the same or later lines (for query headings).
    private func text(from start: SourceLocation, to end: SourceLocation) -> String {
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        guard start.line - 1 < lines.count, end.line - 1 < lines.count else { return "" }
        var parts: [String] = []
        for lineNumber in start.line...end.line {
            let scalars = Array(lines[lineNumber - 1].unicodeScalars)
            let from = lineNumber == start.line ? start.column - 1 : 0
            let to = lineNumber == end.line ? min(scalars.count, end.column - 1) : scalars.count
            if from < to {
                var piece = ""
                piece.unicodeScalars.append(contentsOf: scalars[from..<to])
                parts.append(piece.trimmingCharacters(in: .whitespaces))
            }
        }
        return parts.joined(separator: " ")
    }

    private mutating func predicateName() -> PredicateName? {
        switch current.kind {
        case .identifier(let name):
            index += 1
            return .local(name)
        case .prefixedName(let p, let l):
            index += 1
            return .prefixed(prefix: p, local: l)
        case .iri(let s):
            index += 1
            return .iri(s)
        default:
            return nil
        }
    }

    private mutating func atom() throws(Failure) -> Atom {
        let location = current.location
        if case .identifier(let name) = current.kind,
            ["not", "count", "sum", "min", "max", "mean"].contains(name)
                && peekKind(1) != .symbol("(")
        {
            throw fail("'\(name)' cannot start an atom here")
        }
        guard let name = predicateName() else {
            throw fail("expected a relation name, found \(current.display)")
        }
        var arguments: [Expression] = []
        if isSymbol("(") {
            index += 1
            if !isSymbol(")") {
                arguments.append(try expression())
                while isSymbol(",") {
                    index += 1
                    arguments.append(try expression())
                }
            }
            try expect(")", "',' or ')' in the argument list")
        }
        return Atom(predicate: name, arguments: arguments, location: location)
    }

    private mutating func body(until terminator: String) throws(Failure) -> [BodyLiteral] {
        var literals = [try literal()]
        while isSymbol(",") {
            index += 1
            literals.append(try literal())
        }
        if !isSymbol(terminator) {
            throw fail(
                "expected ',' or '\(terminator)' after a body literal, found \(current.display)")
        }
        return literals
    }

    private mutating func literal() throws(Failure) -> BodyLiteral {
        let location = current.location
        if case .identifier("not") = current.kind {
            index += 1
            return try negated(at: location)
        }
        if isSymbol("!") {
            index += 1
            return try negated(at: location)
        }
        // A relation atom: a name followed by '(' that is not a built-in, or a bare name.
        switch current.kind {
        case .identifier(let name) where !Builtin.isBuiltin(name):
            return .positive(try atom())
        case .prefixedName, .iri:
            if peekKind(1) == .symbol("(") { return .positive(try atom()) }
        default:
            break
        }
        let left = try expression()
        if let op = current.symbol.flatMap(ComparisonOperator.init(rawValue:)) {
            index += 1
            let right = try expression()
            return .comparison(op, left, right, location)
        }
        if case .call(let name, _, _) = left, Builtin.isTest(name) {
            return .test(left, negated: false, location)
        }
        throw fail("expected a comparison operator after the expression, found \(current.display)")
    }

    /// After `not` or `!`: a negated atom, or a negated built-in test such as `!contains(L, "x")`.
    private mutating func negated(at location: SourceLocation) throws(Failure) -> BodyLiteral {
        if case .identifier(let name) = current.kind, Builtin.isBuiltin(name) {
            guard Builtin.isTest(name) else {
                throw fail("'\(name)' is not a test; only tests such as contains(…) can be negated")
            }
            return .test(try primary(), negated: true, location)
        }
        return .negative(try atom(), location)
    }

    /// Counts one level of nesting; fails past `maxExpressionDepth`.
    private mutating func enter() throws(Failure) {
        depth += 1
        if depth > Parser.maxExpressionDepth {
            throw fail(
                "expression nested too deeply (more than \(Parser.maxExpressionDepth) levels); split it with intermediate variables"
            )
        }
    }

    // MARK: Expressions

    private mutating func expression() throws(Failure) -> Expression {
        let entry = depth
        defer { depth = entry }
        try enter()
        var left = try term()
        while let s = current.symbol, s == "+" || s == "-", let op = ArithmeticOperator(rawValue: s)
        {
            let location = current.location
            try enter()
            index += 1
            left = .arithmetic(op, left, try term(), location)
        }
        return left
    }

    private mutating func term() throws(Failure) -> Expression {
        let entry = depth
        defer { depth = entry }
        var left = try unary()
        while let s = current.symbol, s == "*" || s == "/" || s == "%",
            let op = ArithmeticOperator(rawValue: s)
        {
            let location = current.location
            try enter()
            index += 1
            left = .arithmetic(op, left, try unary(), location)
        }
        return left
    }

    private mutating func unary() throws(Failure) -> Expression {
        if isSymbol("-") {
            let location = current.location
            index += 1
            switch current.kind {
            case .integer(let digits):
                index += 1
                return .constant(.integer("-" + digits), location)
            case .decimal(let digits):
                index += 1
                return .constant(.decimal("-" + digits), location)
            default:
                let entry = depth
                defer { depth = entry }
                try enter()
                return .negate(try unary(), location)
            }
        }
        return try primary()
    }

    private mutating func primary() throws(Failure) -> Expression {
        let token = current
        let location = token.location
        switch token.kind {
        case .variable(let name):
            index += 1
            return .variable(name, location)
        case .integer(let digits):
            index += 1
            return .constant(.integer(digits), location)
        case .decimal(let digits):
            index += 1
            return .constant(.decimal(digits), location)
        case .iri(let s):
            index += 1
            return .constant(.iri(s), location)
        case .prefixedName(let p, let l):
            index += 1
            return .constant(.prefixed(prefix: p, local: l), location)
        case .string(let text):
            index += 1
            if case .languageTag(let tag) = current.kind {
                index += 1
                return .constant(.string(text, language: tag, datatype: nil), location)
            }
            if isSymbol("^^") {
                index += 1
                switch current.kind {
                case .iri(let s):
                    index += 1
                    return .constant(.string(text, language: nil, datatype: .iri(s)), location)
                case .prefixedName(let p, let l):
                    index += 1
                    return .constant(
                        .string(text, language: nil, datatype: .prefixed(prefix: p, local: l)),
                        location)
                default:
                    throw fail("expected a datatype IRI after '^^', found \(current.display)")
                }
            }
            return .constant(.string(text, language: nil, datatype: nil), location)
        case .symbol("("):
            index += 1
            let inner = try expression()
            try expect(")", "')'")
            return inner
        case .identifier(let name)
        where ["count", "sum", "min", "max", "mean"].contains(name) && !nextIsOpenParen:
            // `min(A, B)` and `max(A, B)` are functions; `min V : { … }` is an aggregate.
            let entry = depth
            defer { depth = entry }
            try enter()
            return try aggregate(name, location)
        case .identifier(let name) where (name == "true" || name == "false") && !nextIsOpenParen:
            // Turtle's boolean shorthand.
            index += 1
            return .constant(
                .string(
                    name, language: nil, datatype: .iri(Vocab.xsd.boolean.string)),
                location)
        case .identifier(let name):
            index += 1
            guard isSymbol("(") else {
                throw fail(
                    "expected '(' after '\(Token.shortened(name))' (constants are IRIs, prefixed names or literals)"
                )
            }
            index += 1
            var arguments: [Expression] = []
            if !isSymbol(")") {
                arguments.append(try expression())
                while isSymbol(",") {
                    index += 1
                    arguments.append(try expression())
                }
            }
            try expect(")", "',' or ')' in the argument list")
            return .call(name, arguments, location)
        default:
            throw fail("expected a term or expression, found \(token.display)")
        }
    }

    /// Whether the token after the current one is `(`.
    private var nextIsOpenParen: Bool {
        index + 1 < tokens.count && tokens[index + 1].kind == .symbol("(")
    }

    private mutating func aggregate(_ name: String, _ location: SourceLocation) throws(Failure)
        -> Expression
    {
        index += 1
        var kind: AggregateKind
        switch name {
        case "count": kind = .count
        case "sum": kind = .sum
        case "min": kind = .min
        case "mean": kind = .mean
        default: kind = .max
        }
        var target: String?
        if kind == .count, case .identifier("distinct") = current.kind {
            index += 1
            kind = .countDistinct
        }
        if case .variable(let v) = current.kind {
            index += 1
            target = v
        } else if kind != .count && kind != .countDistinct {
            throw fail("expected the aggregated variable after '\(name)', found \(current.display)")
        }
        try expect(":", "':' before the aggregate body")
        try expect("{", "'{' to open the aggregate body")
        let body = try body(until: "}")
        try expect("}", "'}'")
        return .aggregate(kind, target: target, body: body, location)
    }
}
