import RDF

/// One real organisation a document mentions, after resolution.
public struct ResolvedEntity: Sendable, Equatable {
    public var type: OrganizationType
    /// The fullest form the document gives.
    public var name: String
    /// Every other form the document uses.
    public var aliases: [String]
    /// 1-based lines of its mentions, ascending.
    public var lines: [Int]
    /// The key its IRI is derived from: the lexicon's preferred label, or the name with short
    /// region forms expanded (深圳艺术学校 → 深圳市艺术学校), so documents agree.
    public var key: String
    /// The lexicon's preferred label, when the organisation is a known one.
    public var prefLabel: String?
    /// Scalar offset of the first mention (for a stable, readable order).
    public var firstOffset: Int = 0

    /// The instance IRI local name: ``InstanceIRI/organisation(_:)`` of ``organizationKey``
    /// (`o-` and 16 hex digits of SHA-256 of the key alone, so every type a document gives the
    /// organisation meets on one node).
    public var localName: String {
        String(organizationKey.iri.string.dropFirst(Vocab.vgi.namespace.count))
    }
}
