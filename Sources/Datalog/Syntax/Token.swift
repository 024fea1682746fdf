import RDF

/// A lexical token of the Datalog language.
struct Token: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        /// A lower-case name: relation, built-in or keyword (`not`, `count`).
        case identifier(String)
        /// A capitalised name or one starting with `_`; `_` alone is the anonymous variable.
        case variable(String)
        /// `prefix:local` (local may be empty, as in `@prefix vg: <…>`).
        case prefixedName(prefix: String, local: String)
        case iri(String)
        case string(String)
        /// `@en` after a string.
        case languageTag(String)
        case integer(String)
        case decimal(String)
        /// `@prefix`, `.output` and other directives, without the sigil.
        case directive(String)
        case symbol(String)
        case end
    }

    var kind: Kind
    var location: SourceLocation
    /// Length in Unicode scalars (for carets).
    var length: Int

    var symbol: String? {
        if case .symbol(let s) = kind { return s }
        return nil
    }

    /// `text`, cut to 40 Unicode scalars with "…" (a message never echoes a huge token).
    static func shortened(_ text: String) -> String {
        guard text.unicodeScalars.count > 40 else { return text }
        var out = ""
        out.unicodeScalars.append(contentsOf: text.unicodeScalars.prefix(40))
        return out + "…"
    }

    /// The token as a user would name it in an error message.
    var display: String {
        switch kind {
        case .identifier(let s), .variable(let s): return "'\(Token.shortened(s))'"
        case .prefixedName(let p, let l): return "'\(Token.shortened(p + ":" + l))'"
        case .iri(let s): return "<\(Token.shortened(s))>"
        case .string(let s): return "\"\(Token.shortened(s))\""
        case .languageTag(let s): return "'@\(s)'"
        case .integer(let s), .decimal(let s): return "'\(Token.shortened(s))'"
        case .directive(let s): return "'\(s)'"
        case .symbol(let s): return "'\(s)'"
        case .end: return "end of file"
        }
    }
}
