/// Runs the recognisers over a document: layout, organisation mentions, resolution, relations,
/// policies, then any figure recognisers, and assembles the report.
public struct Extractor: Sendable {
    public var lexicon: Lexicon
    /// Recognisers of figures and targets, run in order after the relations.
    public var figureRecognizers: [any FigureRecognizing]

    /// The user's corrections to name resolution (`--corrections`).
    public var corrections: Corrections

    public init(
        lexicon: Lexicon = .standard, figureRecognizers: [any FigureRecognizing] = [],
        corrections: Corrections = Corrections()
    ) {
        self.lexicon = lexicon
        self.figureRecognizers = figureRecognizers
        self.corrections = corrections
    }

    /// Extracts `document`.
    public func extract(_ document: Document) -> Extraction {
        extract(document, metadata: nil)
    }

    /// Extracts `document`; the side file's fields, when given, replace the identity's.
    public func extract(_ document: Document, metadata: DocumentMetadata?) -> Extraction {
        var extraction = extractText(document)
        if let metadata {
            extraction.identity.apply(metadata)
            extraction.number = extraction.identity.number
            extraction.report.number = extraction.identity.number
        }
        return extraction
    }

    /// Reads the file at `path` (text, PDF or DOCX) with its side file, and extracts it.
    ///
    /// - Throws: `DocumentReadError` when the document or its side file cannot be read.
    public func extract(contentsOf path: String) throws(DocumentReadError) -> Extraction {
        let document = try Document(contentsOf: path)
        return extract(document, metadata: try DocumentMetadata.forDocument(at: path))
    }

    /// Extracts text in traditional characters (or mixed) through its simplified view,
    /// reported as written.
    private func extractText(_ document: Document) -> Extraction {
        if let view = ScriptView(document) {
            // The identity is read once, from the original (its header as written).
            return view.restore(extractView(view.view, identityFrom: document))
        }
        return extractView(document, identityFrom: document)
    }

    /// Extracts `document` as it is, without a script view; the identity is read from
    /// `identitySource` (the original of a script view).
    private func extractView(_ document: Document, identityFrom identitySource: Document)
        -> Extraction
    {
        let layout = DocumentLayout(document)
        var mentions = OrganizationRecognizer(lexicon: lexicon).mentions(
            in: document, layout: layout)
        let home = HomeRegion(document, lexicon: lexicon)
        var entities = EntityResolver(lexicon: lexicon).resolve(
            &mentions, document: document, home: home)
        corrections.apply(to: &entities, mentions: &mentions)
        let relations = RelationRecognizer(lexicon: lexicon).relations(
            in: document, layout: layout, mentions: mentions, entities: entities)
        let (policies, number) = PolicyRecognizer().policies(in: document)
        var report = ExtractionReport(document: document.name)
        report.number = number
        let order = entities.indices.sorted {
            let a = entities[$0], b = entities[$1]
            return (a.firstOffset, a.name) < (b.firstOffset, b.name)
        }
        report.entities = order.map {
            let e = entities[$0]
            return EntityRecord(
                type: e.type.rawValue, name: e.name, aliases: e.aliases, lines: e.lines)
        }
        report.relations = relations.map { fact in
            RelationRecord(
                type: fact.type.rawValue, subject: entities[fact.subject].name,
                object: entities[fact.object].name,
                line: document.line(at: fact.start), evidence: document.slice(fact.start, fact.end),
                start: fact.start, end: fact.end, programme: fact.programme,
                via: fact.viaCoreference ? "coreference" : "explicit",
                page: document.page(ofLine: document.line(at: fact.start)), rule: fact.rule,
                confidence: fact.confidence.name,
                cue: fact.cue.map { document.slice($0.lowerBound, $0.upperBound) },
                referent: fact.referentNamed.map {
                    SpanRecord(
                        line: document.line(at: $0.lowerBound), start: $0.lowerBound,
                        end: $0.upperBound, text: document.slice($0.lowerBound, $0.upperBound))
                })
        }.sorted {
            ($0.line, $0.type, $0.subject, $0.object) < ($1.line, $1.type, $1.subject, $1.object)
        }
        report.policiesCited = policies.map {
            PolicyCitation(title: $0.title, number: $0.number, line: $0.line)
        }
        let context = FigureContext(
            document: document, layout: layout, entities: entities, mentions: mentions)
        for recognizer in figureRecognizers { recognizer.recognize(context, into: &report) }
        // Responsible units and scopes as the document's organisations name them.
        if !report.targets.isEmpty || !report.observations.isEmpty {
            canonicalise(&report, EntityLookup(entities: entities, home: home, lexicon: lexicon))
        }

        return Extraction(
            document: document, layout: layout, mentions: mentions, entities: entities,
            relations: relations, policies: policies, number: number,
            identity: DocumentIdentity(identitySource, number: number), report: report)
    }

    /// Responsible units and scopes as the document's organisations name them (深圳市人力资源
    /// 社会保障局 in a task list is the document's 深圳市人力资源和社会保障局).
    private func canonicalise(_ report: inout ExtractionReport, _ lookup: EntityLookup) {
        for index in report.targets.indices {
            report.targets[index].responsible = report.targets[index].responsible.map(
                lookup.canonical)
            report.targets[index].lead = report.targets[index].lead.map(lookup.canonical)
        }
        for index in report.observations.indices {
            report.observations[index].scope = report.observations[index].scope.map(
                lookup.canonical)
        }
    }
}
