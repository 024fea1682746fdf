import RDF

extension ExplorerSite {
    /// An entity page: type, names, relations with quotes and source links, figures, tasks.
    func entityPage(_ iri: String) -> SiteResponse {
        guard !iri.isEmpty else {
            return .problem("缺少参数 Missing parameter", "give ?iri=IRI", status: 400)
        }
        let node = Term.iri(IRI(unchecked: iri))
        guard index.graph.id(of: node) != nil else {
            return .problem("找不到 Not found", "the graph has no node <\(iri)>", status: 404)
        }
        let entry = index.entry(iri)
        if entry?.kind == .policy { return policyPage(iri, FormFields()) }
        let label = index.label(iri: iri)
        var body = "<h1>\(HTML.escape(label))"
        if let entry { body += "<span class=\"type\">\(HTML.escape(entry.typeName))</span>" }
        body += "</h1><p class=\"iri\">\(HTML.escape(iri))</p>"
        let names = entry?.names ?? []
        if names.count > 1 || names.first != label {
            body += "<h2>名称与简称 Names and aliases</h2><ul class=\"names\">"
            body += names.map { "<li>\(HTML.escape($0))</li>" }.joined() + "</ul>"
        }
        body += relationsSection(iri)
        body += figuresSection(iri)
        body += tasksSection(iri)
        if entry?.kind == .document {
            let local = iri.replacingOccurrences(of: Vocab.vgi.namespace, with: "")
            body += "<p>" + HTML.link("/document/" + HTML.urlEncode(local), "全文 Source text")
            body += "</p>"
        }
        if let documents = index.mentionedIn[iri], !documents.isEmpty {
            body += "<h2>提及文件 Mentioned in (\(documents.count))</h2><ul>"
            body += documents.map { "<li>\(nodeLink($0))</li>" }.joined() + "</ul>"
        }
        body += propertiesSection(node)
        return .html(label, body)
    }

    /// Every edge with each of its quotes and a link to the line it was read from.
    func relationsSection(_ iri: String) -> String {
        guard let entries = index.relations[iri], !entries.isEmpty else { return "" }
        var rows: [[String]] = []
        for entry in entries {
            let quotes =
                entry.evidence.isEmpty
                ? "<span class=\"muted\">—</span>"
                : entry.evidence.map {
                    "<blockquote class=\"quote\">\(HTML.escape($0.quote))</blockquote>"
                        + sourceLink($0)
                }.joined()
            rows.append([
                HTML.escape(RelationNames.name(entry.predicate, outgoing: entry.outgoing)),
                nodeLink(entry.other), quotes,
            ])
        }
        return "<h2>关系 Relations (\(entries.count))</h2>"
            + HTML.table(["关系 relation", "对象 with", "原文 quote and source"], rows)
    }

    /// The observations reported about the node.
    func figuresSection(_ iri: String) -> String {
        guard let figures = index.figures[iri], !figures.isEmpty else { return "" }
        let rows = figures.map { figure in
            [
                HTML.escape(figure.metric), HTML.escape(figure.value + figure.unit),
                figure.year.map(String.init) ?? "",
                figure.evidence.map {
                    "<blockquote class=\"quote\">\(HTML.escape($0.quote))</blockquote>"
                        + sourceLink($0)
                }.joined(),
            ]
        }
        return "<h2>数据 Figures reported (\(figures.count))</h2>"
            + HTML.table(["指标 metric", "数值 value", "年份 year", "原文 source"], rows)
    }

    /// The policy tasks the node is responsible for.
    func tasksSection(_ iri: String) -> String {
        guard let tasks = index.tasks[iri], !tasks.isEmpty else { return "" }
        let rows = tasks.map { task in
            [
                HTML.link(policyHref(task.policy), index.label(iri: task.policy)),
                HTML.escape(task.list), task.number.map(String.init) ?? "",
                HTML.escape(task.text), task.lead ? "牵头 lead" : "",
            ]
        }
        return "<h2>负责的政策任务 Policy tasks (\(tasks.count))</h2>"
            + HTML.table(["政策 policy", "清单 list", "序号 no.", "任务 task", ""], rows)
    }

    /// The node's remaining literal properties (title, region, dates), for completeness.
    func propertiesSection(_ node: Term) -> String {
        let skip: Set<IRI> = [
            Vocab.rdfs.label, Vocab.skos.prefLabel, Vocab.skos.altLabel, Vocab.vg.mentions,
            Vocab.vg.cites,
        ]
        var rows: [[String]] = []
        for triple in index.graph.match(subject: node) {
            guard let predicate = triple.predicate.iri, !skip.contains(predicate) else { continue }
            if Self.relationIRIs.contains(predicate) { continue }
            let value: String
            switch triple.object {
            case .iri(let iri): value = nodeLink(iri.string)
            case .literal(let l): value = HTML.escape(l.lexical)
            case .blank(let b): value = HTML.escape("_:" + b.id)
            }
            rows.append([HTML.escape(NodeLabels.compact(predicate)), value])
        }
        guard !rows.isEmpty else { return "" }
        return "<h2>属性 Properties</h2>" + HTML.table(["属性 property", "值 value"], rows)
    }

    static let relationIRIs = Set(ExplorerIndex.relationPredicates)
}
