import Foundation
import RDF

extension Evaluation {
    /// Evaluates an expression to a term ID, creating new terms in the store as needed.
    func evaluate(_ expression: CompiledExpression, _ registers: UnsafeMutablePointer<UInt32>)
        throws(Diagnostic)
        -> UInt32
    {
        switch expression {
        case .register(let r):
            return registers[r]
        case .constant(let c):
            return c
        case .arithmetic(let op, let a, let b, let location):
            let x = try evaluate(a, registers)
            let y = try evaluate(b, registers)
            guard let m = terms.number(x) else { throw notNumber(x, op.rawValue, location) }
            guard let n = terms.number(y) else { throw notNumber(y, op.rawValue, location) }
            return terms.intern(try Evaluation.arithmetic(op, m, n, at: location))
        case .negate(let a, let location):
            let x = try evaluate(a, registers)
            guard let m = terms.number(x) else { throw notNumber(x, "-", location) }
            switch m {
            case .integer(let i): return terms.intern(Number.integer(-i))
            case .decimal(let d): return terms.intern(Number.decimal(-d))
            }
        case .call(let name, let args):
            var values: [UInt32] = []
            for arg in args { values.append(try evaluate(arg, registers)) }
            return try call(name, values)
        }
    }

    private func notNumber(_ id: UInt32, _ op: String, _ location: SourceLocation) -> Diagnostic {
        .error("'\(op)' needs numbers, but got \(terms.term(id))", at: location)
    }

    static func arithmetic(
        _ op: ArithmeticOperator, _ a: Number, _ b: Number, at location: SourceLocation
    )
        throws(Diagnostic) -> Number
    {
        if case .integer(let x) = a, case .integer(let y) = b {
            switch op {
            case .add:
                let (r, o) = x.addingReportingOverflow(y)
                return o ? .decimal(Double(x) + Double(y)) : .integer(r)
            case .subtract:
                let (r, o) = x.subtractingReportingOverflow(y)
                return o ? .decimal(Double(x) - Double(y)) : .integer(r)
            case .multiply:
                let (r, o) = x.multipliedReportingOverflow(by: y)
                return o ? .decimal(Double(x) * Double(y)) : .integer(r)
            case .divide:
                if y == 0 { throw Diagnostic.error("division by zero (\(x) / 0)", at: location) }
                let (q, overflow) = x.dividedReportingOverflow(by: y)
                if overflow { return .decimal(Double(x) / Double(y)) }
                return x - q * y == 0 ? .integer(q) : .decimal(Double(x) / Double(y))
            }
        }
        let x = a.double
        let y = b.double
        switch op {
        case .add: return .decimal(x + y)
        case .subtract: return .decimal(x - y)
        case .multiply: return .decimal(x * y)
        case .divide:
            if y == 0 {
                throw Diagnostic.error(
                    "division by zero (\(TermStore.format(x)) / 0)", at: location)
            }
            return .decimal(x / y)
        }
    }

    /// Evaluates a boolean built-in (or any expression: true unless it is the literal false).
    func truth(
        _ expression: CompiledExpression, _ registers: UnsafeMutablePointer<UInt32>,
        at location: SourceLocation
    )
        throws(Diagnostic) -> Bool
    {
        let v = try evaluate(expression, registers)
        if case .literal(let l) = terms.term(v), l.datatype == Vocab.xsd.boolean {
            return l.lexical == "true"
        }
        return true
    }

    /// Compares two terms: numbers by value, other terms by identity (`=`, `!=`) or term order.
    func compare(_ op: ComparisonOperator, _ a: UInt32, _ b: UInt32, at location: SourceLocation)
        throws(Diagnostic)
        -> Bool
    {
        if let x = terms.number(a), let y = terms.number(b) {
            let (p, q) = (x.double, y.double)
            switch op {
            case .equal: return p == q
            case .notEqual: return p != q
            case .less: return p < q
            case .lessOrEqual: return p <= q
            case .greater: return p > q
            case .greaterOrEqual: return p >= q
            }
        }
        switch op {
        case .equal: return a == b
        case .notEqual: return a != b
        case .less: return termLess(a, b)
        case .lessOrEqual: return a == b || termLess(a, b)
        case .greater: return termLess(b, a)
        case .greaterOrEqual: return a == b || termLess(b, a)
        }
    }

    private func boolean(_ value: Bool) -> UInt32 {
        terms.intern(.literal(Literal(value ? "true" : "false", datatype: Vocab.xsd.boolean)))
    }

    private func string(_ text: String, like id: UInt32?) -> UInt32 {
        if let id, case .literal(let l) = terms.term(id), let language = l.language {
            return terms.intern(.literal(Literal(text, language: language)))
        }
        return terms.intern(.literal(Literal(text)))
    }

    /// Calls a SPARQL-named string built-in on term IDs; strings compare by Unicode scalars.
    func call(_ name: String, _ args: [UInt32]) throws(Diagnostic) -> UInt32 {
        let text = args.map { terms.lexical($0) }
        switch name {
        case "contains":
            return boolean(text[0].unicodeScalars.containsSequence(text[1].unicodeScalars))
        case "strstarts":
            return boolean(text[0].unicodeScalars.starts(with: text[1].unicodeScalars))
        case "strends":
            return boolean(
                text[0].unicodeScalars.reversed().starts(with: text[1].unicodeScalars.reversed()))
        case "str": return terms.intern(.literal(Literal(text[0])))
        case "lang":
            if case .literal(let l) = terms.term(args[0]) {
                return terms.intern(.literal(Literal(l.language ?? "")))
            }
            return terms.intern(.literal(Literal("")))
        case "datatype":
            if case .literal(let l) = terms.term(args[0]) {
                return terms.intern(.iri(l.effectiveDatatype))
            }
            return terms.intern(.literal(Literal("")))
        case "strlen": return terms.intern(Number.integer(text[0].unicodeScalars.count))
        case "ucase": return string(text[0].uppercased(), like: args[0])
        case "lcase": return string(text[0].lowercased(), like: args[0])
        case "concat": return string(text.joined(), like: args.count == 1 ? args[0] : nil)
        case "substr":
            let scalars = Array(text[0].unicodeScalars)
            guard let start = terms.number(args[1]).map({ Int($0.double.rounded()) }) else {
                throw Diagnostic.error("substr: the start position must be a number", at: nil)
            }
            var length = scalars.count
            if args.count > 2 {
                guard let l = terms.number(args[2]) else {
                    throw Diagnostic.error("substr: the length must be a number", at: nil)
                }
                length = Int(l.double.rounded())
            }
            let from = max(start, 1) - 1
            let to = min(scalars.count, start - 1 + length)
            var out = ""
            if from < to { out.unicodeScalars.append(contentsOf: scalars[from..<to]) }
            return string(out, like: args[0])
        case "abs":
            guard let n = terms.number(args[0]) else {
                throw Diagnostic.error("abs needs a number", at: nil)
            }
            switch n {
            case .integer(let i): return terms.intern(Number.integer(abs(i)))
            case .decimal(let d): return terms.intern(Number.decimal(abs(d)))
            }
        case "isiri":
            if case .iri = terms.term(args[0]) { return boolean(true) }
            return boolean(false)
        case "isliteral":
            if case .literal = terms.term(args[0]) { return boolean(true) }
            return boolean(false)
        case "langmatches":
            let tag = text[0].lowercased()
            let range = text[1].lowercased()
            return boolean(
                range == "*" ? !tag.isEmpty : (tag == range || tag.hasPrefix(range + "-")))
        case "regex":
            let regex = try compiledRegex(text[1], flags: args.count > 2 ? text[2] : "")
            let value = text[0]
            let found =
                regex.firstMatch(in: value, range: NSRange(value.startIndex..., in: value)) != nil
            return boolean(found)
        default:
            throw Diagnostic.error("unknown built-in '\(name)'", at: nil)
        }
    }

    private func compiledRegex(_ pattern: String, flags: String) throws(Diagnostic)
        -> NSRegularExpression
    {
        let key = flags + "/" + pattern
        if let cached = regexCache.regexes[key] { return cached }
        var options: NSRegularExpression.Options = []
        if flags.contains("i") { options.insert(.caseInsensitive) }
        if flags.contains("s") { options.insert(.dotMatchesLineSeparators) }
        if flags.contains("m") { options.insert(.anchorsMatchLines) }
        if flags.contains("x") { options.insert(.allowCommentsAndWhitespace) }
        do {
            let regex = try NSRegularExpression(pattern: pattern, options: options)
            regexCache.regexes[key] = regex
            return regex
        } catch {
            throw Diagnostic.error(
                "invalid regular expression \"\(pattern)\": \(error.localizedDescription)", at: nil)
        }
    }
}
extension Sequence where Element: Equatable {
    /// Whether `other` occurs as a contiguous subsequence.
    func containsSequence<S: Collection>(_ other: S) -> Bool where S.Element == Element {
        let a = Array(self)
        let b = Array(other)
        if b.isEmpty { return true }
        if b.count > a.count { return false }
        for start in 0...(a.count - b.count) where a[start] == b[0] {
            if Array(a[start..<(start + b.count)]) == b { return true }
        }
        return false
    }
}
