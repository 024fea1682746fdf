import RDF

/// Splits Datalog source text into tokens, collecting every lexical error.
///
/// `%` and `//` start comments that run to the end of the line, except that `%` between two
/// operands on one line (`X % 2`, `(A + 1) % N`) is the remainder operator.
struct Lexer {
    private let scalars: [Unicode.Scalar]
    private let file: String
    private var position = 0
    private var line = 1
    private var column = 1
    private(set) var diagnostics: [Diagnostic] = []
    /// The token before the current position, to tell the operator `%` from a comment.
    private var previous: Token.Kind?

    init(source: String, file: String) {
        self.scalars = Array(source.unicodeScalars)
        self.file = file
    }

    /// Every token of the source, ending with `.end`.
    mutating func tokenize() -> [Token] {
        var tokens: [Token] = []
        while true {
            skipTrivia()
            let start = location
            let startPosition = position
            guard let c = peek() else {
                tokens.append(Token(kind: .end, location: start, length: 1))
                return tokens
            }
            if let kind = lexOne(c, start: start) {
                previous = kind
                tokens.append(
                    Token(kind: kind, location: start, length: max(1, position - startPosition)))
            }
        }
    }

    private var location: SourceLocation { SourceLocation(file: file, line: line, column: column) }

    private func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        position + offset < scalars.count ? scalars[position + offset] : nil
    }

    private mutating func advance() {
        if scalars[position] == "\n" {
            line += 1
            column = 1
        } else {
            column += 1
        }
        position += 1
    }

    private mutating func skipTrivia() {
        while let c = peek() {
            if c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\u{FEFF}" {
                advance()
            } else if c == "%" && isRemainderOperator {
                return
            } else if c == "%" || (c == "/" && peek(1) == "/") {
                while let d = peek(), d != "\n" { advance() }
            } else {
                return
            }
        }
    }

    /// `%` right after an operand (a variable, a number or `)`), followed on the same line by
    /// the start of one (a variable, a digit, `(` or `-`).
    private var isRemainderOperator: Bool {
        switch previous {
        case .variable, .integer, .decimal, .symbol(")"): break
        default: return false
        }
        var offset = 1
        while let d = peek(offset), d == " " || d == "\t" { offset += 1 }
        guard let next = peek(offset) else { return false }
        return next == "_" || next == "(" || next == "-" || ("A"..."Z").contains(next)
            || ("0"..."9").contains(next)
    }

    static func isNameStart(_ c: Unicode.Scalar) -> Bool {
        c.properties.isAlphabetic || c == "_"
    }

    static func isNameChar(_ c: Unicode.Scalar) -> Bool {
        c.properties.isAlphabetic || c == "_" || ("0"..."9").contains(c)
    }

    static func isLocalChar(_ c: Unicode.Scalar) -> Bool {
        isNameChar(c) || c == "-"
    }

    private mutating func name() -> String {
        var text = ""
        while let c = peek(), Lexer.isNameChar(c) {
            text.unicodeScalars.append(c)
            advance()
        }
        return text
    }

    private mutating func lexOne(_ c: Unicode.Scalar, start: SourceLocation) -> Token.Kind? {
        if c == "<" {
            // An IRI if a '>' follows before whitespace; else the comparison operator.
            var offset = 1
            while let d = peek(offset), d != ">", d != " ", d != "\n", d != "\t", d != "<" {
                offset += 1
            }
            if peek(offset) == ">" && offset > 1 {
                advance()
                var text = ""
                while let d = peek(), d != ">" {
                    text.unicodeScalars.append(d)
                    advance()
                }
                advance()
                return .iri(text)
            }
        }
        if c == "\"" { return string(start: start) }
        if ("0"..."9").contains(c) { return number() }
        if c == "@" {
            advance()
            let word = nameWithDashes()
            if word == "prefix" { return .directive("@prefix") }
            if word.isEmpty {
                diagnostics.append(
                    .error("expected a language tag or '@prefix' after '@'", at: start))
                return nil
            }
            return .languageTag(word)
        }
        if c == "." && peek(1).map(Lexer.isNameStart) == true {
            advance()
            return .directive("." + name())
        }
        if Lexer.isNameStart(c) {
            var word = name()
            // Prefixes may contain '-' as in Turtle (`sdmx-measure:obsValue`): take the dashes only
            // when the dashed word ends in ':' that starts a prefixed name.
            var offset = 0
            while let d = peek(offset), Lexer.isNameChar(d) || d == "-" { offset += 1 }
            if offset > 0, peek(offset) == ":", peek(offset + 1) != "-", peek() == "-" {
                for _ in 0..<offset {
                    if let d = peek() { word.unicodeScalars.append(d) }
                    advance()
                }
            }
            // `prefix:local`, but not `count :` or `p:-`.
            if peek() == ":" && peek(1) != "-" {
                advance()
                var local = ""
                while let d = peek(), Lexer.isLocalChar(d) {
                    local.unicodeScalars.append(d)
                    advance()
                }
                return .prefixedName(prefix: word, local: local)
            }
            if let first = word.unicodeScalars.first, first == "_" || ("A"..."Z").contains(first) {
                return .variable(word)
            }
            return .identifier(word)
        }
        for op in [":-", "?-", "!=", "<=", ">=", "^^", "\\="] where matches(op) {
            for _ in op.unicodeScalars { advance() }
            return .symbol(op == "\\=" ? "!=" : op)
        }
        if "(),.:{}=<>+-*/%!".unicodeScalars.contains(c) {
            advance()
            return .symbol(String(c))
        }
        advance()
        if c == "[" {
            // Soufflé's records `[a, b]`: say what is missing rather than "unexpected '['".
            diagnostics.append(
                .error(
                    "records ('[a, b]' as one value) are not supported", at: start,
                    notes: [.init("see docs/datalog.md, 'Records: not yet'")]))
            return nil
        }
        if c == "]" { return nil }
        diagnostics.append(.error("unexpected character '\(String(c))'", at: start))
        return nil
    }

    private func matches(_ op: String) -> Bool {
        for (offset, scalar) in op.unicodeScalars.enumerated() where peek(offset) != scalar {
            return false
        }
        return true
    }

    private mutating func nameWithDashes() -> String {
        var text = ""
        while let c = peek(), Lexer.isLocalChar(c) {
            text.unicodeScalars.append(c)
            advance()
        }
        return text
    }

    private mutating func number() -> Token.Kind {
        var text = ""
        while let c = peek(), ("0"..."9").contains(c) {
            text.unicodeScalars.append(c)
            advance()
        }
        if peek() == ".", let d = peek(1), ("0"..."9").contains(d) {
            text += "."
            advance()
            while let c = peek(), ("0"..."9").contains(c) {
                text.unicodeScalars.append(c)
                advance()
            }
            return .decimal(text)
        }
        return .integer(text)
    }

    private mutating func string(start: SourceLocation) -> Token.Kind? {
        advance()
        var text = ""
        while let c = peek() {
            if c == "\"" {
                advance()
                return .string(text)
            }
            if c == "\n" { break }
            if c == "\\" {
                advance()
                guard let e = peek() else { break }
                switch e {
                case "n": text += "\n"
                case "t": text += "\t"
                case "r": text += "\r"
                case "\"": text += "\""
                case "\\": text += "\\"
                case "u":
                    var hex = ""
                    for _ in 0..<4 {
                        advance()
                        if let h = peek() { hex.unicodeScalars.append(h) }
                    }
                    if let v = UInt32(hex, radix: 16), let s = Unicode.Scalar(v) {
                        text.unicodeScalars.append(s)
                    } else {
                        diagnostics.append(.error("invalid escape \\u\(hex)", at: location))
                    }
                default:
                    diagnostics.append(
                        .error("unknown escape '\\\(String(e))' in string", at: location))
                }
                advance()
                continue
            }
            text.unicodeScalars.append(c)
            advance()
        }
        diagnostics.append(.error("unterminated string literal", at: start))
        return .string(text)
    }
}
