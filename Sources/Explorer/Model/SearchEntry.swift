/// A node the search finds: its kind, its type's name and every name it goes by.
public struct SearchEntry: Sendable, Hashable {
    public var iri: String
    public var kind: EntityKind
    /// `中职学校 School`.
    public var typeName: String
    /// The name pages show.
    public var label: String
    /// Preferred and other labels, titles, 文号.
    public var names: [String]
}
