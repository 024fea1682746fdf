import Foundation
import RDF

/// Workarounds for Raptor 2.0.15 behaviour that would change or lose data on export. Each trap
/// has a test in `Tests/RaptorIOTests/RaptorTrapTests.swift`.
///
/// - T1 Turtle writes every `xsd:integer`, `xsd:decimal`, `xsd:double` and `xsd:boolean` literal
///   bare, without checking that the bare form reads back with the same datatype: the decimal
///   `"89"` becomes `89` (an integer), the double `"1.5"` becomes `1.5` (a decimal), `"5."` and
///   `"INF"` become invalid Turtle. We hand Raptor the canonical lexical form of the same value
///   (`89.0`, `1.5E0`, `5.0`) and refuse non-finite doubles in Turtle.
/// - T2 The RDF/JSON serializer keeps statement pointers instead of copying them (see
///   `RaptorStatement`), so statements are heap-allocated and reference-counted.
/// - T3 Literals are passed to parts of Raptor as C strings: a NUL character would silently cut
///   the literal short. Such literals are refused.
/// - T4 Without a base IRI Raptor writes every IRI absolute; we never pass a base to a serializer,
///   so no IRI is rewritten relative to the output location.
/// - T9 The RDF/XML parser reports through libxml2's process-wide error handlers: concurrent
///   RDF/XML parses swap errors, so `RDFReader` runs them one at a time.
/// - T5 Raptor's default log handler prints to stderr and carries on; reader and writer install
///   their own, turning errors into thrown `RaptorError`s.
/// - T1 (continued) "Bare" is decided by `strtod` / `strtol` accepting the whole lexical form, so
///   ill-typed forms they take (`"1e3"^^xsd:decimal`, `nan`, `0x1p3`) would be written bare and
///   read back as another type or not at all: refused in Turtle.
/// - T10 Comments with a quote swallow the N-Triples lines after them (see `CommentMask`).
/// - T11 RDF/XML external parameter entities are read despite the parser options, and entity
///   expansion is unbounded (see `XMLEntityGuard`, `ExternalEntityLoader`).
enum RaptorTraps {
    /// Returns the term to hand to Raptor's serializer for `format`.
    /// - Throws: `RaptorError.invalidTerm` for a literal Raptor cannot write faithfully.
    static func safeForWriting(_ term: Term, format: RDFFormat) throws(RaptorError) -> Term {
        let written = try canonicalForWriting(term, format: format)
        if format == .turtle || format == .trig, case .literal(let literal) = written,
            let datatype = literal.datatype, !readsBack(literal.lexical, as: datatype),
            writesBare(literal.lexical, as: datatype)
        {
            throw .invalidTerm(
                "Raptor 2.0.15 writes the ill-typed literal \(term) bare in \(format.displayName), where it would read back as another type or not at all; export as ntriples instead"
            )
        }
        return written
    }

    /// Whether Raptor's Turtle writer prints `lexical` bare for `datatype`: it asks `strtol`
    /// (integers) or `strtod` (decimals, doubles) to accept the whole string, which also takes
    /// `1e3` as a decimal and `inf`, `nan` or `0x1p3` as numbers.
    static func writesBare(_ lexical: String, as datatype: IRI) -> Bool {
        let numeric = [Vocab.xsd.integer, Vocab.xsd.decimal, Vocab.xsd.double]
        guard numeric.contains(datatype) else { return false }
        return lexical.withCString { start -> Bool in
            var end: UnsafeMutablePointer<CChar>?
            if datatype == Vocab.xsd.integer {
                _ = strtol(start, &end, 10)
            } else {
                _ = strtod(start, &end)
            }
            guard let end else { return false }
            return end != UnsafeMutablePointer(mutating: start) && end.pointee == 0
        }
    }

    /// Whether `lexical` written bare reads back in Turtle with `datatype` (the grammar's
    /// INTEGER, DECIMAL and DOUBLE tokens); other datatypes are always written quoted.
    static func readsBack(_ lexical: String, as datatype: IRI) -> Bool {
        switch datatype {
        case Vocab.xsd.integer: return NumericLexical.isInteger(lexical)
        case Vocab.xsd.decimal: return NumericLexical.isDecimal(lexical)
        case Vocab.xsd.double: return NumericLexical.isDouble(lexical)
        default: return true
        }
    }

    /// The literal with the lexical form Raptor writes faithfully (see T1).
    private static func canonicalForWriting(_ term: Term, format: RDFFormat) throws(RaptorError)
        -> Term
    {
        guard case .literal(let literal) = term else { return term }
        if literal.lexical.unicodeScalars.contains("\u{0}") {
            throw .invalidTerm("cannot write a literal containing U+0000 (NUL): \(term)")
        }
        guard format == .turtle || format == .trig, let datatype = literal.datatype else {
            return term
        }
        let lexical = literal.lexical
        switch datatype {
        case Vocab.xsd.integer:
            let trimmed = lexical.trimmingSpaces()
            return trimmed == lexical ? term : .literal(Literal(trimmed, datatype: datatype))
        case Vocab.xsd.decimal:
            let trimmed = lexical.trimmingSpaces()
            guard NumericLexical.isInteger(trimmed) || trimmed.hasSuffix(".") else {
                return trimmed == lexical ? term : .literal(Literal(trimmed, datatype: datatype))
            }
            let fixed = trimmed.hasSuffix(".") ? trimmed + "0" : trimmed + ".0"
            return NumericLexical.isDecimal(fixed)
                ? .literal(Literal(fixed, datatype: datatype)) : term
        case Vocab.xsd.double:
            let trimmed = lexical.trimmingSpaces()
            if ["INF", "-INF", "+INF", "NaN"].contains(trimmed) {
                throw .invalidTerm(
                    "Raptor 2.0.15 writes the xsd:double \(trimmed) as a bare word, which is not Turtle; export as ntriples instead"
                )
            }
            if NumericLexical.isInteger(trimmed) || NumericLexical.isDecimal(trimmed)
                || (trimmed.hasSuffix(".") && NumericLexical.isInteger(String(trimmed.dropLast())))
            {
                return .literal(Literal(trimmed + "E0", datatype: datatype))
            }
            return trimmed == lexical ? term : .literal(Literal(trimmed, datatype: datatype))
        case Vocab.xsd.boolean:
            switch lexical.trimmingSpaces() {
            case "1", "true":
                return lexical == "true" ? term : .literal(Literal("true", datatype: datatype))
            case "0", "false":
                return lexical == "false" ? term : .literal(Literal("false", datatype: datatype))
            default: return term
            }
        default:
            return term
        }
    }
}

/// Recognisers for the lexical forms of XSD numbers as Turtle writes them bare.
enum NumericLexical {
    /// `[+-]?[0-9]+`
    static func isInteger(_ text: String) -> Bool {
        var scalars = Substring(text).unicodeScalars[...]
        if let first = scalars.first, first == "+" || first == "-" { scalars = scalars.dropFirst() }
        return !scalars.isEmpty && scalars.allSatisfy { ("0"..."9").contains($0) }
    }

    /// Turtle's DOUBLE: `[+-]? ([0-9]+ '.' [0-9]* | '.' [0-9]+ | [0-9]+) [eE] [+-]? [0-9]+`.
    static func isDouble(_ text: String) -> Bool {
        guard let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) else { return false }
        let mantissa = String(text[..<e])
        var exponent = String(text[text.index(after: e)...])
        if exponent.hasPrefix("+") || exponent.hasPrefix("-") { exponent.removeFirst() }
        let digitsOnly =
            !exponent.isEmpty
            && exponent.unicodeScalars.allSatisfy {
                ("0"..."9").contains($0)
            }
        let mantissaOK =
            isInteger(mantissa) || isDecimal(mantissa)
            || (mantissa.hasSuffix(".") && isInteger(String(mantissa.dropLast())))
        return digitsOnly && mantissaOK
    }

    /// `[+-]?[0-9]*\.[0-9]+`
    static func isDecimal(_ text: String) -> Bool {
        guard let dot = text.firstIndex(of: ".") else { return false }
        let whole = text[..<dot]
        let fraction = text[text.index(after: dot)...]
        let wholeOK = whole.isEmpty || whole == "+" || whole == "-" || isInteger(String(whole))
        return wholeOK && !fraction.isEmpty
            && fraction.unicodeScalars.allSatisfy { ("0"..."9").contains($0) }
    }
}

extension String {
    /// The string without leading and trailing XML white space (space, tab, CR, LF).
    func trimmingSpaces() -> String {
        let spaces: Set<Unicode.Scalar> = [" ", "\t", "\r", "\n"]
        var scalars = Substring(self).unicodeScalars[...]
        while let first = scalars.first, spaces.contains(first) { scalars = scalars.dropFirst() }
        while let last = scalars.last, spaces.contains(last) { scalars = scalars.dropLast() }
        return String(String.UnicodeScalarView(scalars))
    }
}
