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
            return terms.intern(Evaluation.negate(m))
        case .call(let builtin, let args, let location):
            var values: [UInt32] = []
            values.reserveCapacity(args.count)
            for arg in args { values.append(try evaluate(arg, registers)) }
            let result = try call(builtin, values, at: location)
            // Built-ins make strings (concat doubling a string each round): check at once.
            if let limit = options.maxMemory, terms.extraBytes > limit {
                try checkMemory(at: location)
            }
            return result
        }
    }

    /// `-x`; `-Int.min` does not fit an integer and becomes a decimal.
    static func negate(_ m: Number) -> Number {
        switch m {
        case .integer(let i):
            let (r, overflow) = 0.subtractingReportingOverflow(i)
            return overflow ? .decimal(-Double(i)) : .integer(r)
        case .decimal(let d): return .decimal(-d)
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
            case .remainder:
                if y == 0 { throw Diagnostic.error("division by zero (\(x) % 0)", at: location) }
                // Int.min % -1 overflows; the remainder is 0.
                let (r, overflow) = x.remainderReportingOverflow(dividingBy: y)
                return .integer(overflow ? 0 : r)
            }
        }
        let x = a.double
        let y = b.double
        let result: Double
        switch op {
        case .add: result = x + y
        case .subtract: result = x - y
        case .multiply: result = x * y
        case .divide, .remainder:
            if y == 0 {
                throw Diagnostic.error(
                    "division by zero (\(TermStore.format(x)) \(op.rawValue) 0)", at: location)
            }
            result = op == .divide ? x / y : x.truncatingRemainder(dividingBy: y)
        }
        guard result.isFinite else {
            throw Diagnostic.error(
                "arithmetic overflow: \(x) \(op.rawValue) \(y) is beyond the range of a decimal (about 1.8e308)",
                at: location)
        }
        return .decimal(result)
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

    /// Calls a built-in on term IDs; strings compare by Unicode scalars.
    /// - Throws: `Diagnostic` at `location` for arguments the built-in cannot take.
    func call(_ builtin: Builtin, _ args: [UInt32], at location: SourceLocation)
        throws(Diagnostic) -> UInt32
    {
        func text(_ i: Int) -> String { terms.lexical(args[i]) }
        func number(_ i: Int, _ what: String) throws(Diagnostic) -> Number {
            guard let n = terms.number(args[i]) else {
                throw Diagnostic.error(
                    "\(builtin.name): \(what) must be a number, but got \(terms.term(args[i]))",
                    at: location)
            }
            return n
        }
        switch builtin {
        case .contains:
            return boolean(text(0).unicodeScalars.containsSequence(text(1).unicodeScalars))
        case .strstarts:
            return boolean(text(0).unicodeScalars.starts(with: text(1).unicodeScalars))
        case .strends:
            return boolean(
                text(0).unicodeScalars.reversed().starts(with: text(1).unicodeScalars.reversed()))
        case .str: return terms.intern(.literal(Literal(text(0))))
        case .lang:
            if case .literal(let l) = terms.term(args[0]) {
                return terms.intern(.literal(Literal(l.language ?? "")))
            }
            return terms.intern(.literal(Literal("")))
        case .datatype:
            if case .literal(let l) = terms.term(args[0]) {
                return terms.intern(.iri(l.effectiveDatatype))
            }
            return terms.intern(.literal(Literal("")))
        case .strlen: return terms.intern(Number.integer(text(0).unicodeScalars.count))
        case .ucase: return string(text(0).uppercased(), like: args[0])
        case .lcase: return string(text(0).lowercased(), like: args[0])
        case .concat:
            return string(
                args.indices.map(text).joined(), like: args.count == 1 ? args[0] : nil)
        case .substr:
            let start = try number(1, "the start position").double
            let length = args.count > 2 ? try number(2, "the length").double : .infinity
            return string(
                Evaluation.substring(text(0), start: start, length: length), like: args[0])
        case .abs:
            switch try number(0, "its argument") {
            case .integer(let i):
                return terms.intern(i == .min ? Number.decimal(-Double(i)) : .integer(abs(i)))
            case .decimal(let d): return terms.intern(Number.decimal(abs(d)))
            }
        case .min, .max:
            let less = termLess(args[1], args[0])
            return (builtin == .min) == less ? args[1] : args[0]
        case .toNumber:
            if let n = terms.number(args[0]) { return terms.intern(n) }
            let t = text(0).trimmingCharacters(in: .whitespaces)
            if let n = TermStore.parseNumber(t, datatype: Vocab.xsd.integer)
                ?? TermStore.parseNumber(t, datatype: Vocab.xsd.decimal)
            {
                return terms.intern(n)
            }
            throw Diagnostic.error(
                "to_number: \(terms.term(args[0])) is not a number; filter with regex(…) first if some values are not",
                at: location)
        case .toString:
            if let n = terms.number(args[0]) {
                switch n {
                case .integer(let i): return terms.intern(.literal(Literal(String(i))))
                case .decimal(let d): return terms.intern(.literal(Literal(TermStore.format(d))))
                }
            }
            return terms.intern(.literal(Literal(text(0))))
        case .isIRI:
            if case .iri = terms.term(args[0]) { return boolean(true) }
            return boolean(false)
        case .isLiteral:
            if case .literal = terms.term(args[0]) { return boolean(true) }
            return boolean(false)
        case .langMatches:
            let tag = text(0).lowercased()
            let range = text(1).lowercased()
            return boolean(
                range == "*" ? !tag.isEmpty : (tag == range || tag.hasPrefix(range + "-")))
        case .regex:
            let regex = try compiledRegex(
                text(1), flags: args.count > 2 ? text(2) : "", at: location)
            return boolean(try matches(regex, text(0), at: location))
        }
    }

    /// SPARQL's `substr`: scalars from `start` (1-based) for `length`, clipped to the text;
    /// NaN or an empty range gives "". Works in doubles, so no position overflows.
    static func substring(_ text: String, start: Double, length: Double) -> String {
        let scalars = Array(text.unicodeScalars)
        let first = start.rounded()
        let end = first + length.rounded()
        guard !first.isNaN, !end.isNaN else { return "" }
        let from = max(first, 1) - 1
        let to = min(Double(scalars.count), end - 1)
        guard from < to else { return "" }
        var out = ""
        out.unicodeScalars.append(contentsOf: scalars[Int(from)..<Int(to)])
        return out
    }

    /// Whether `regex` matches somewhere in `value`; a long match is stopped at the deadline.
    private func matches(_ regex: NSRegularExpression, _ value: String, at location: SourceLocation)
        throws(Diagnostic) -> Bool
    {
        let range = NSRange(value.startIndex..., in: value)
        guard let deadline else { return regex.firstMatch(in: value, range: range) != nil }
        var found = false
        var late = false
        // ICU calls back now and then during a long match; stopping there ends it.
        regex.enumerateMatches(in: value, options: [.reportProgress], range: range) {
            match, _, stop in
            if match != nil {
                found = true
                stop.pointee = true
            } else if Date() > deadline {
                late = true
                stop.pointee = true
            }
        }
        if late {
            throw Diagnostic.error(
                "stopped: a regular expression ran past the time limit of \(options.timeout ?? 0) s (--timeout) on a text of \(value.unicodeScalars.count) characters",
                at: location)
        }
        return found
    }

    private func compiledRegex(_ pattern: String, flags: String, at location: SourceLocation)
        throws(Diagnostic) -> NSRegularExpression
    {
        let key = flags + "/" + pattern
        if let cached = regexCache.regexes[key] { return cached }
        do {
            let regex = try RegexPattern.compile(pattern, flags: flags)
            regexCache.regexes[key] = regex
            return regex
        } catch {
            throw Diagnostic.error(error.message, at: location)
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
