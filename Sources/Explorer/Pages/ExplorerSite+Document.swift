import RDF

extension ExplorerSite {
    /// Lines shown on each side of the cited line.
    static let contextLines = 8

    /// A document's text around `line`, the line marked and the quote highlighted in it.
    func documentPage(_ iri: String, line: Int?, quote: String) -> SiteResponse {
        guard index.entry(iri)?.kind == .document || index.entry(iri)?.kind == .policy else {
            return .problem("找不到文件 Not found", "the graph has no document <\(iri)>", status: 404)
        }
        let title = index.label(iri: iri)
        var body = "<h1>\(HTML.escape(title))<span class=\"type\">文件 Document</span></h1>"
        body += "<p class=\"iri\">\(HTML.escape(iri)) · " + nodeLink(iri) + "</p>"
        let files = index.graph.match(
            subject: .iri(IRI(unchecked: iri)), predicate: .iri(Vocab.rdfs.label)
        ).compactMap { $0.object.literal?.lexical }.sorted()
        guard let lines = files.lazy.compactMap({ self.texts?.lines(ofDocument: $0) }).first else {
            body += "<p class=\"error\">原文不可用 The source text is not at hand"
            body +=
                " (start the explorer with --documents DIR holding \(HTML.escape(files.joined(separator: ", ")))).</p>"
            if let line, !quote.isEmpty {
                body += "<p>第 \(line) 行 line \(line):</p><blockquote class=\"quote\"><mark>"
                body += HTML.escape(quote) + "</mark></blockquote>"
            }
            return .html(title, body)
        }
        guard line.map({ $0 >= 1 && $0 <= lines.count }) ?? true else {
            return .problem(
                "行号超出 Line out of range",
                "the document has \(lines.count) lines, not \(line ?? 0)", status: 400)
        }
        let shown: ClosedRange<Int>
        if let line {
            shown = max(1, line - Self.contextLines)...min(lines.count, line + Self.contextLines)
            body += "<p>第 \(line) 行 line \(line) of \(lines.count) · "
            body += HTML.link("?", "全文 whole text") + "</p>"
        } else {
            shown = 1...max(1, lines.count)
        }
        body += "<pre class=\"source\">"
        for number in shown where number <= lines.count {
            let text = lines[number - 1]
            var rendered = HTML.escape(text)
            if number == line, !quote.isEmpty, let range = text.range(of: quote) {
                rendered =
                    HTML.escape(String(text[..<range.lowerBound])) + "<mark>"
                    + HTML.escape(quote) + "</mark>"
                    + HTML.escape(String(text[range.upperBound...]))
            }
            let here = number == line ? " class=\"here\"" : ""
            body +=
                "<span id=\"L\(number)\"\(here)><span class=\"ln\">\(number)</span>\(rendered)</span>\n"
        }
        body += "</pre>"
        return .html(title, body)
    }
}
