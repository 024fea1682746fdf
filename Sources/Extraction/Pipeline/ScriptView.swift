import RDF

/// A document written (partly) in traditional characters, seen through its simplified form.
///
/// The recognisers know simplified suffixes, cue words and regions (職業技術學院 is 职业技术学院).
/// The view maps every traditional character to its simplified one (`Ontology/t2s.tsv`), one
/// scalar for one, so every offset and line of the view is that of the original; after
/// extraction, names, aliases and quotes are read back from the original text, so the report
/// says 香港專業教育學院 where the text does.
struct ScriptView: Sendable {
    let original: Document
    let view: Document
    /// Simplified form → original form, for every name read from the text.
    private var forms: [String: String] = [:]

    /// Lines (1-based) where the view differs from the original: only names and quotes there
    /// need reading back.
    private let changedLines: Set<Int>
    /// Offsets where the view differs from the original, ascending.
    private let changedOffsets: [Int]

    /// The view of `document`, or nil when it has no traditional-only character.
    init?(_ document: Document, converter: ScriptConverter = .standard) {
        guard document.scalars.contains(where: { converter.isTraditional($0) }) else { return nil }
        let simplified = converter.simplified(document.scalars)
        var changed = Set<Int>()
        var offsets: [Int] = []
        for index in simplified.indices where simplified[index] != document.scalars[index] {
            changed.insert(document.line(at: index))
            offsets.append(index)
        }
        original = document
        view = Document(sameLinesAs: document, scalars: simplified)
        changedLines = changed
        changedOffsets = offsets
    }

    /// True when the span differs between the view and the original: some changed offset lies
    /// in it (a binary search; comparing the span's scalars cost more for long evidence).
    private func differs(_ start: Int, _ end: Int) -> Bool {
        let first = changedOffsets.partitioningIndex { $0 >= start }
        return first < changedOffsets.count
            && changedOffsets[first] < min(end, original.scalars.count)
    }

    /// `extraction` (made on the view, its identity already read from the original) with the
    /// original document, names and quotes.
    func restore(_ extraction: Extraction) -> Extraction {
        var restorer = self
        var x = extraction
        x.document = original
        for index in x.mentions.indices {
            let m = x.mentions[index]
            guard differs(m.start, m.end) else { continue }
            let viewName = OrganizationRecognizer.cleanName(view.slice(m.start, m.end))
            let surface = original.slice(m.start, m.end)
            restorer.learn(viewName, OrganizationRecognizer.cleanName(surface))
            restorer.learn(
                OrganizationRecognizer.visibleText(view.slice(m.start, m.end)),
                OrganizationRecognizer.visibleText(surface))
            x.mentions[index].surface = surface
        }
        for index in x.mentions.indices {
            x.mentions[index].name = restorer.text(x.mentions[index].name, lines: [])
        }
        for index in x.entities.indices {
            let lines = x.entities[index].lines
            x.entities[index].name = restorer.text(x.entities[index].name, lines: lines)
            x.entities[index].aliases = x.entities[index].aliases.map {
                restorer.text($0, lines: lines)
            }
            x.entities[index].prefLabel = x.entities[index].prefLabel.map {
                restorer.text($0, lines: lines)
            }
        }
        for index in x.policies.indices {
            let p = x.policies[index]
            x.policies[index].title = p.title.map { restorer.text($0, lines: [p.line]) }
            x.policies[index].number = p.number.map { restorer.text($0, lines: [p.line]) }
        }
        x.report = restorer.restore(x.report)
        return x
    }

    private mutating func learn(_ simplified: String, _ written: String) {
        if simplified != written && forms[simplified] == nil { forms[simplified] = written }
    }

    /// The original form of `text`, a string read from the view: from the names seen, else
    /// from the first of `lines` whose view holds it, else `text` itself.
    private func text(_ text: String, lines: [Int]) -> String {
        if let known = forms[text] { return known }
        let needle = Array(text.unicodeScalars)
        guard !needle.isEmpty else { return text }
        for line in lines where changedLines.contains(line) && line <= view.lineCount {
            let start = view.lineStarts[line - 1]
            let end = line < view.lineCount ? view.lineStarts[line] : view.scalars.count
            var i = start
            while i + needle.count <= end {
                if OrganizationRecognizer.matches(view.scalars, at: i, needle) {
                    return original.slice(i, i + needle.count)
                }
                i += 1
            }
        }
        return text
    }

    private func quote(_ start: Int?, _ end: Int?, _ fallback: String?) -> String? {
        guard let start, let end, start < end else { return fallback }
        return differs(start, end) ? original.slice(start, end) : fallback
    }

    private func restore(_ report: ExtractionReport) -> ExtractionReport {
        var r = report
        r.entities = r.entities.map { e in
            var e = e
            e.name = text(e.name, lines: e.lines)
            e.aliases = e.aliases.map { text($0, lines: e.lines) }
            return e
        }
        r.relations = r.relations.map { rel in
            var rel = rel
            rel.subject = text(rel.subject, lines: [rel.line])
            rel.object = text(rel.object, lines: [rel.line])
            if differs(rel.start, rel.end) { rel.evidence = original.slice(rel.start, rel.end) }
            rel.cue = rel.cue.map { text($0, lines: [rel.line]) }
            if var referent = rel.referent, differs(referent.start, referent.end) {
                referent.text = original.slice(referent.start, referent.end)
                rel.referent = referent
            }
            return rel
        }
        r.policiesCited = r.policiesCited.map { p in
            var p = p
            p.title = p.title.map { text($0, lines: [p.line]) }
            p.number = p.number.map { text($0, lines: [p.line]) }
            return p
        }
        r.observations = r.observations.map { o in
            var o = o
            o.evidence = quote(o.start, o.end, o.evidence)
            o.scope = o.scope.map { text($0, lines: [o.line]) }
            return o
        }
        r.targets = r.targets.map { t in
            var t = t
            t.evidence = quote(t.start, t.end, t.evidence)
            t.responsible = t.responsible.map { text($0, lines: [t.line]) }
            t.lead = t.lead.map { text($0, lines: [t.line]) }
            t.responsibleText = t.responsibleText.map { $0.map { text($0, lines: [t.line]) } }
            t.taskText = t.taskText.map { text($0, lines: [t.line]) }
            t.scope = t.scope.map { text($0, lines: [t.line]) }
            return t
        }
        return r
    }
}
