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
    /// The eval-shaped report (what `vocgraph extract --json` prints).
    public var report: ExtractionReport
}
