/// Renders diagnostics as `file:line:col: error: msg`, the source line and a caret under the
/// column: the one renderer for Datalog, Raptor and snapshot diagnostics (only the CLI prints).
///
/// Columns count Unicode scalars; the caret is placed by terminal width, so after `"职业教育" ;`
/// (4 wide characters) it moves 8 cells, not 4. Tabs show as one space, control characters as
/// `�`, and a long line is cut to a window around the column, marked with `…`.
public struct DiagnosticRenderer: Sendable {
    private let lines: SourceLines

    /// A renderer reading source lines from `lines` (`.files` for RDF inputs).
    public init(lines: SourceLines) { self.lines = lines }

    /// A renderer for diagnostics of one source text (a Datalog program).
    public init(source: String) { self.init(lines: SourceLines(text: source)) }

    /// One diagnostic with its source line, caret and notes.
    public func render(_ diagnostic: Diagnostic) -> String {
        var out = "\(diagnostic.description)\n"
        out += excerpt(diagnostic.location)
        for note in diagnostic.notes {
            let prefix = note.location.map { "\($0): " } ?? ""
            out += "\(prefix)note: \(note.message)\n"
            if note.location != nil && note.location != diagnostic.location {
                out += excerpt(note.location)
            }
        }
        return out
    }

    /// Every diagnostic, in location order.
    public func render(_ diagnostics: [Diagnostic]) -> String {
        Diagnostic.sorted(diagnostics).map(render).joined()
    }

    /// Scalars of a source line shown before and after the column; longer lines are trimmed
    /// with "…" so that a huge generated line does not flood the terminal.
    static let context = 60

    /// The source line at `location` and the caret under its column (empty when the line cannot
    /// be read), for errors that are printed in another form, such as SPARQL's.
    public func excerpt(_ location: SourceLocation?) -> String {
        guard let location, location.line >= 1,
            let text = lines.line(location.line, of: location.file)
        else { return "" }
        let scalars = Array(DiagnosticRenderer.shown(text).unicodeScalars)
        guard location.column >= 1 else {
            // A line without a column: the line alone, cut as if the caret were at its start.
            var line = String(
                String.UnicodeScalarView(scalars.prefix(2 * DiagnosticRenderer.context)))
            if scalars.count > 2 * DiagnosticRenderer.context { line += "…" }
            return "    \(line)\n"
        }
        let column = min(location.column - 1, scalars.count)
        let from = max(0, column - DiagnosticRenderer.context)
        let to = min(scalars.count, column + DiagnosticRenderer.context)
        var line = from > 0 ? "…" : ""
        line.unicodeScalars.append(contentsOf: scalars[from..<to])
        if to < scalars.count { line += "…" }
        var prefix = from > 0 ? "…" : ""
        prefix.unicodeScalars.append(contentsOf: scalars[from..<column])
        let pad = String(repeating: " ", count: TextTable.displayWidth(prefix))
        return "    \(line)\n    \(pad)^\n"
    }

    /// The line as shown: tabs as one space (so the caret lines up whatever the tab width),
    /// controls as U+FFFD, trailing CRs of CRLF files dropped.
    static func shown(_ text: String) -> String {
        var scalars = Substring(text).unicodeScalars
        while scalars.last == "\r" { scalars.removeLast() }
        var out = ""
        for scalar in scalars {
            switch scalar.value {
            case 0x09: out.unicodeScalars.append(" ")
            case 0x00..<0x20, 0x7F: out.unicodeScalars.append("\u{FFFD}")
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
