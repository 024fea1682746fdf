extension RelationRecognizer {
    /// One fact per (type, subject, object): explicit before coreference, then the more
    /// confident, then the shortest evidence.
    static func deduplicate(_ facts: [RelationFact], entities: [ResolvedEntity]) -> [RelationFact] {
        var best: [String: RelationFact] = [:]
        var order: [String] = []
        for var fact in facts where fact.subject != fact.object {
            if fact.type.isSymmetric && entities[fact.subject].name > entities[fact.object].name {
                swap(&fact.subject, &fact.object)
            }
            let key = "\(fact.type.rawValue)|\(fact.subject)|\(fact.object)"
            if let current = best[key] {
                let better =
                    (current.viaCoreference && !fact.viaCoreference)
                    || (current.viaCoreference == fact.viaCoreference
                        && (fact.confidence > current.confidence
                            || (fact.confidence == current.confidence
                                && (fact.end - fact.start) < (current.end - current.start))))
                if better { best[key] = fact }
            } else {
                best[key] = fact
                order.append(key)
            }
        }
        var facts = order.compactMap { best[$0] }
        // A pair related by pathway or assistance is not also plain school cooperation.
        let closer = Set(
            facts.filter { $0.type == .pathway || $0.type == .assists }.flatMap {
                ["\($0.subject)|\($0.object)", "\($0.object)|\($0.subject)"]
            })
        facts.removeAll {
            $0.type == .partnersWithSchool && closer.contains("\($0.subject)|\($0.object)")
        }
        return facts
    }
}
