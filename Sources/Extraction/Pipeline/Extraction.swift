/// Everything extracted from one document: the report and the spans behind it.
public struct Extraction: Sendable {
    public var document: Document
    public var layout: DocumentLayout
    public var mentions: [Mention]
    public var entities: [ResolvedEntity]
    public var relations: [RelationFact]
    public var policies: [PolicyMention]
    /// The document's own number (粤府〔2020〕63号), when its header gives one.
    public var number: String?
    /// Title, issuer, number, date, kind and region (from the header, or a side file).
    public var identity: DocumentIdentity
    /// The eval-shaped report (what `vocgraph extract --json` prints).
    public var report: ExtractionReport
}

extension Extraction {
    /// One TSV row per mention: line, start, end, type, rule, confirmed, entity name, mention name.
    public func mentionTable() -> String {
        var out = "line\tstart\tend\ttype\trule\tentity\tname\n"
        for m in mentions {
            let entity = m.entity >= 0 ? entities[m.entity].name : "-"
            out +=
                "\(document.line(at: m.start))\t\(m.start)\t\(m.end)\t\(m.type.rawValue)\t\(m.rule.rawValue)\t\(entity)\t\(m.name)\n"
        }
        return out
    }
}
