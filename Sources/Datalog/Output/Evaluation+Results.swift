import QueryResults
import RDF

extension Evaluation {
    /// Result sets of every `?-` query, then every `.output` relation and `extra` relation.
    public func resultSets(extra: [RelationID] = [], formatter: ResultFormatter) -> [ResultSet] {
        var sets: [ResultSet] = []
        for query in program.queries {
            sets.append(
                resultSet(
                    query.relation, title: query.text, columns: query.columns, formatter: formatter)
            )
        }
        var seen = Set<RelationID>()
        for id in program.outputs + extra where seen.insert(id).inserted {
            sets.append(
                resultSet(
                    id, title: program.relations[id].name, columns: columnNames(id),
                    formatter: formatter))
        }
        return sets
    }

    func resultSet(_ id: RelationID, title: String, columns: [String], formatter: ResultFormatter)
        -> ResultSet
    {
        let rows = relations[id].tuples.map { $0.map(terms.term) }
        let keyed = rows.map { (key: $0.map(formatter.compact).joined(separator: "\t"), row: $0) }
        return ResultSet(
            title: title, columns: columns,
            rows: keyed.sorted { $0.key < $1.key }.map { $0.row.map(Optional.some) })
    }

    /// Column names of a relation: the head variables of its first rule, or c1, c2, ….
    func columnNames(_ id: RelationID) -> [String] {
        let arity = program.relations[id].arity
        if let rule = program.rules.first(where: { $0.head == id && !$0.body.isEmpty }) {
            let names = rule.headArguments.enumerated().map { i, e -> String in
                if case .variable(let v) = e { return rule.variableNames[v] }
                return "c\(i + 1)"
            }
            if Set(names).count == names.count { return names }
        }
        return (0..<arity).map { "c\($0 + 1)" }
    }

    /// Warnings for RDF predicates and classes with no triples in the graph, suggesting the closest
    /// property or class the graph does use.
    public func emptyRelationWarnings() -> [Diagnostic] {
        var out: [Diagnostic] = []
        var derivedEmpty: [Diagnostic] = []
        var properties: [String]?
        var classes: [String]?
        let formatter = ResultFormatter(prefixes: program.prefixes)
        let heads = Set(program.rules.map(\.head))
        func names(_ wantClasses: Bool) -> [String] {
            var seen = Set<UInt32>()
            let typeID = terms.source.termID(of: .iri(Vocab.rdf.type))
            terms.source.forEachTriple(
                subject: nil, predicate: wantClasses ? typeID : nil, object: nil
            ) { _, p, o in
                if wantClasses { if typeID != nil { seen.insert(o) } } else { seen.insert(p) }
            }
            return seen.map { formatter.compact(terms.term($0)) }
        }
        for (id, info) in program.relations.enumerated() where relations[id].count == 0 {
            switch info.source {
            case .property, .rdfClass:
                let isClass = info.arity == 1
                let candidates: [String]
                if isClass {
                    if classes == nil { classes = names(true) }
                    candidates = classes ?? []
                } else {
                    if properties == nil { properties = names(false) }
                    candidates = properties ?? []
                }
                let notes =
                    EditDistance.closest(to: info.name, in: candidates).map {
                        [Diagnostic.Note("did you mean '\($0)'?")]
                    } ?? []
                out.append(
                    .warning(
                        "relation '\(info.name)' is empty: no triples use this \(isClass ? "class" : "property") in the graph",
                        at: info.location, notes: notes))
            case .derived where !info.isHidden && heads.contains(id):
                derivedEmpty.append(
                    .warning(
                        "relation '\(info.name)' is empty: its rules derived nothing from this graph",
                        at: info.location))
            default:
                break
            }
        }
        // A rule-defined relation that stays empty is worth a warning (usually a join that never
        // matches), unless an empty graph relation above already explains it.
        return out.isEmpty ? derivedEmpty : out
    }
}
