import RDF

/// The organisations one document resolved, by every name it uses for them: what turns the scope
/// of a figure or a responsible unit of a task list into the extractor's node for that body.
///
/// A name is looked up as the entity's fullest name, then its key or lexicon label, then one of
/// its aliases (市教育局 for 深圳市教育局), then by its normalised key (深圳艺术学校 meets the
/// entity 深圳市艺术学校). A name no entity has is an organisation of its own, keyed as the
/// resolver keys names (``OrganizationKey/init(naming:fallback:lexicon:)``), so it still meets
/// the entity of that name in other documents.
public struct DocumentOrganizations: Sendable {
    /// What a name resolved to.
    public struct Resolution: Sendable, Equatable {
        public var key: OrganizationKey
        /// The entity of the document it is, or nil for a name no entity has.
        public var entity: Int?
        /// The name the node is labelled with: the entity's fullest name, or the name itself.
        public var label: String
    }

    private let entities: [ResolvedEntity]
    /// Name → (rank, entity index); the lowest rank, then the first entity, wins.
    private var byName: [String: (rank: Int, index: Int)] = [:]
    private let lexicon: Lexicon

    /// No entities: every name is an organisation of its own.
    public static let none = DocumentOrganizations([])

    /// Indexes `entities` by their names, keys and aliases.
    public init(_ entities: [ResolvedEntity], lexicon: Lexicon = .standard) {
        self.entities = entities
        self.lexicon = lexicon
        for (index, e) in entities.enumerated() {
            note(e.name, rank: 0, index)
            note(e.key, rank: 1, index)
            if let pref = e.prefLabel { note(pref, rank: 1, index) }
            for alias in e.aliases { note(alias, rank: 2, index) }
        }
    }

    private mutating func note(_ name: String, rank: Int, _ index: Int) {
        if let current = byName[name], current.rank <= rank { return }
        byName[name] = (rank, index)
    }

    /// The organisation `name` stands for in this document.
    ///
    /// - Parameters:
    ///   - name: a scope or a responsible unit, already expanded where the document allows
    ///     (市教育局 → 深圳市教育局 in a Shenzhen list).
    ///   - fallback: the type of a name no entity has and no suffix types (GovBody for units).
    public func resolve(_ name: String, fallback: OrganizationType) -> Resolution {
        if let hit = byName[name] { return resolution(hit.index) }
        let own = OrganizationKey(naming: name, fallback: fallback, lexicon: lexicon)
        if let hit = byName[own.name] { return resolution(hit.index) }
        return Resolution(key: own, entity: nil, label: name)
    }

    private func resolution(_ index: Int) -> Resolution {
        Resolution(key: entities[index].organizationKey, entity: index, label: entities[index].name)
    }
}
