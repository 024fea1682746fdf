/// Where a fact was read: a document, a line and the exact words.
public struct Evidence: Sendable, Hashable, Comparable {
    /// The document's IRI.
    public var document: String
    /// The document's label (its file name).
    public var documentLabel: String
    /// 1-based line in the document.
    public var line: Int?
    /// The quoted words (`oa:exact`).
    public var quote: String

    public static func < (a: Evidence, b: Evidence) -> Bool {
        (a.documentLabel, a.line ?? 0, a.quote) < (b.documentLabel, b.line ?? 0, b.quote)
    }
}

/// One edge between two nodes as an entity page lists it, with its evidence.
public struct RelationEntry: Sendable, Hashable {
    /// The predicate's IRI.
    public var predicate: String
    /// The other node.
    public var other: String
    /// The edge points from the page's node to `other`.
    public var outgoing: Bool
    public var evidence: [Evidence]
}
