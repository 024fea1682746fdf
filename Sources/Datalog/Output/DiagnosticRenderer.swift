import RDF

/// Renders diagnostics as `file:line:col: error: msg`, the source line and a caret under the column.
public struct DiagnosticRenderer {
    private let lines: [Substring]

    public init(source: String) {
        lines = source.split(separator: "\n", omittingEmptySubsequences: false)
    }

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

    private func excerpt(_ location: SourceLocation?) -> String {
        guard let location, location.line >= 1, location.line <= lines.count else { return "" }
        let scalars = Array(String(lines[location.line - 1]).replacingTabs().unicodeScalars)
        let column = min(max(0, location.column - 1), scalars.count)
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
}

extension String {
    fileprivate func replacingTabs() -> String {
        var out = ""
        for scalar in unicodeScalars { out.unicodeScalars.append(scalar == "\t" ? " " : scalar) }
        while out.last == "\r" { out.removeLast() }
        return out
    }
}
