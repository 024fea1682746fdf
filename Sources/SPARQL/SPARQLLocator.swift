import Foundation

/// Turns Rasqal's messages into ``SPARQLError``s that say where, and that name the SPARQL 1.1
/// features Rasqal 0.9.33 lacks instead of calling valid queries syntax errors.
///
/// Rasqal's parser reports a line but no column (`syntax error, unexpected '+'`). The column is
/// the first place on that line where the unexpected token occurs: `?s vg:memberOf+ ?o` on
/// line 2 becomes `q.rq:2:20`.
enum SPARQLLocator {
    static func error(
        _ message: RasqalLog.Message?, in text: String?, file: String, fallback: String,
        kind: SPARQLError.Kind = .syntax
    ) -> SPARQLError {
        guard let message else { return SPARQLError(kind, file: file, message: fallback) }
        let token = unexpectedToken(message.text)
        var column = message.column
        if column == nil, let line = message.line, let token, let text {
            column = self.column(of: token, onLine: line, in: text)
        }
        if message.text.contains("was not bound and not used in the query"),
            text?.uppercased().components(separatedBy: "SELECT").count ?? 0 > 2
        {
            // Rasqal points at line 1 here, which is nowhere near the cause.
            return SPARQLError(
                .unsupported, file: file,
                message: SPARQLLimits.message(.aggregateOverSubquery) + " (Rasqal: \(message.text))"
            )
        }
        if let feature = token.flatMap(SPARQLLimits.feature(forUnexpected:)) {
            return SPARQLError(
                .unsupported, file: file, line: message.line, column: column,
                message: SPARQLLimits.message(feature))
        }
        return SPARQLError(
            kind, file: file, line: message.line, column: column, message: message.text)
    }

    /// The token in `syntax error, unexpected '+'`, `unexpected NOT` or `syntax error at '|'`.
    static func unexpectedToken(_ text: String) -> String? {
        for marker in ["unexpected ", "syntax error at "] {
            guard let range = text.range(of: marker) else { continue }
            var rest = text[range.upperBound...]
            if let comma = rest.firstIndex(of: ",") { rest = rest[..<comma] }
            let token = rest.trimmingCharacters(in: .whitespaces)
            if token.count >= 3, token.first == "'", token.last == "'" {
                return String(token.dropFirst().dropLast())
            }
            return token.isEmpty ? nil : token
        }
        return nil
    }

    /// The 1-based column (Unicode scalars) of the first `token` on line `line` of `text`.
    static func column(of token: String, onLine line: Int, in text: String) -> Int? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard line >= 1, line <= lines.count else { return nil }
        let source = String(lines[line - 1])
        guard let range = source.range(of: token) else { return nil }
        return source.unicodeScalars.distance(
            from: source.unicodeScalars.startIndex, to: range.lowerBound) + 1
    }
}
