/// Finds which of a document's resolved entities a name read by another recogniser names.
///
/// Responsible units (深圳市人力资源社会保障局 in a task list) and figure scopes are written in
/// whatever form the row or sentence uses; the lookup puts them on the extractor's entity (the
/// document's 深圳市人力资源和社会保障局), so a task, a figure and an organisation meet on one node.
struct EntityLookup: Sendable {
    let entities: [ResolvedEntity]
    private let shapes: [NameShape]
    private let home: HomeRegion
    private let resolver: EntityResolver
    /// The entities by their names, keys and aliases: the index the graph builder looks names up
    /// in, so the report and the graph agree.
    private let organizations: DocumentOrganizations

    init(entities: [ResolvedEntity], home: HomeRegion, lexicon: Lexicon) {
        self.entities = entities
        resolver = EntityResolver(lexicon: lexicon)
        self.home = home
        shapes = entities.map { NameShape($0.name, lexicon: lexicon) }
        organizations = DocumentOrganizations(entities, lexicon: lexicon)
    }

    /// The index of the entity `name` names: its name, key or an alias, else the one entity
    /// whose shape `name` fits; nil when none or several fit.
    func entity(named name: String) -> Int? {
        if let index = organizations.resolve(name, fallback: .govBody).entity { return index }
        let lexicon = resolver.lexicon
        var shape = NameShape(name, lexicon: lexicon)
        if shape.regions.first == "*", let expanded = home.expand(name) {
            shape = NameShape(expanded, lexicon: lexicon)
        }
        guard !shape.core.isEmpty else { return nil }
        // 深圳市中职学校 is the city's schools as a whole, no one school: only a proper stem can
        // name one organisation.
        let written = OrganizationKey.suffixType(of: name)
        if written?.isEducational == true && NameVocabulary.specificity(shape.stem[...]) != .proper
        {
            return nil
        }
        var best: (score: Int, index: Int)?
        var ambiguous = false
        for (index, e) in entities.enumerated() {
            let type = written ?? e.type
            // The shorter name is matched against the longer, as the resolver does (区政府 is no
            // name of 广东省人民政府).
            let longer = name.unicodeScalars.count > e.name.unicodeScalars.count
            guard
                let score = longer
                    ? resolver.matchScore(shapes[index], e.type, shape, type, home: home)
                    : resolver.matchScore(shape, type, shapes[index], e.type, home: home)
            else { continue }
            // The same core (region forms aside), not an abbreviation: 中职学校 is no short form
            // of 中嘉职业技术学校 here, where nothing in the text says so.
            guard score >= 6 else { continue }
            if let current = best, current.score == score {
                ambiguous = true
            } else if best.map({ score > $0.score }) ?? true {
                best = (score, index)
                ambiguous = false
            }
        }
        return ambiguous ? nil : best?.index
    }

    /// The entity's name for `name`, or `name` itself when no entity fits.
    func canonical(_ name: String) -> String {
        entity(named: name).map { entities[$0].name } ?? name
    }
}
