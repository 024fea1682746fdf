/// The seam for recognisers of figures and targets (tables, observations, task lists).
///
/// The `Extractor` runs every registered recogniser after entities and relations are known;
/// each adds to `report.observations` and `report.targets`. Table rows are in
/// `context.layout.tables`; the sentence relation rules never read them.
public protocol FigureRecognizing: Sendable {
    /// Adds what the recogniser finds in `context.document` to `report`.
    func recognize(_ context: FigureContext, into report: inout ExtractionReport)
}

/// What a figure recogniser may read.
public struct FigureContext: Sendable {
    public var document: Document
    public var layout: DocumentLayout
    /// Resolved organisations (for scopes and responsible units).
    public var entities: [ResolvedEntity]
    /// Their mentions, sorted by offset, `entity` set.
    public var mentions: [Mention]
}
