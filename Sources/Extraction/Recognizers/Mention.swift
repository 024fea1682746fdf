/// One occurrence of an organisation name in a document.
public struct Mention: Sendable, Hashable {
    /// Scalar offsets of the verbatim surface (end exclusive; may contain a line break).
    public var start: Int
    public var end: Int
    /// The name as written, without line breaks, brackets made full-width.
    public var name: String
    /// The verbatim surface (line breaks kept), for aliases.
    public var surface: String
    public var type: OrganizationType
    /// Which rule found it.
    public var rule: MentionRule
    /// True inside “…” (a platform or programme title rather than the organisation itself).
    public var quoted: Bool = false
    /// False for a generic-looking name (…学校, …联盟) seen without a region, quotes or a list
    /// context; such a mention is kept only if it resolves to a confirmed entity.
    public var confirmed: Bool = true
    /// The resolved entity, set by `EntityResolver`.
    public var entity: Int = -1
}

/// The recogniser rule behind a mention.
public enum MentionRule: String, Sendable, Hashable {
    /// A lexicon label (brand, national body).
    case lexicon
    /// A name ending in a type suffix such as 职业技术学校 or 有限公司.
    case suffix
    /// A short company name in a list of cooperation partners (XX科技、YY物流).
    case partnerSlot
    /// A school abbreviation such as 龙岗二职.
    case abbreviation
}
