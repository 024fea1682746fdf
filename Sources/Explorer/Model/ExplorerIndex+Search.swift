import Foundation

extension ExplorerIndex {
    /// A search hit: the entry and the name that matched.
    public struct Hit: Sendable, Hashable {
        public var entry: SearchEntry
        public var matched: String
    }

    /// The entries with a name containing `query` (Latin letters ignoring case), grouped by kind.
    ///
    /// Within a group, an exact name comes first, then names starting with the query, then the
    /// shortest names: `华为` lists 华为技术有限公司 before 华为云计算技术有限公司 before
    /// 深圳华为ICT学院.
    public func search(_ query: String, limit: Int = 200) -> [(EntityKind, [Hit])] {
        let key = query.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        guard !key.isEmpty else { return [] }
        var hits: [(rank: (Int, Int, String), hit: Hit)] = []
        for entry in entries {
            var best: (Int, Int, String)?
            for name in entry.names {
                let folded = name.lowercased()
                guard folded.contains(key) else { continue }
                let rank = (folded == key ? 0 : folded.hasPrefix(key) ? 1 : 2, name.count, name)
                if best.map({ rank < $0 }) ?? true { best = rank }
            }
            if let best {
                hits.append((best, Hit(entry: entry, matched: best.2)))
            }
        }
        hits.sort {
            ($0.rank.0, $0.rank.1, $0.rank.2, $0.hit.entry.iri) < (
                $1.rank.0, $1.rank.1, $1.rank.2, $1.hit.entry.iri
            )
        }
        var groups: [EntityKind: [Hit]] = [:]
        for (_, hit) in hits where groups[hit.entry.kind, default: []].count < limit {
            groups[hit.entry.kind, default: []].append(hit)
        }
        return EntityKind.allCases.compactMap { kind in groups[kind].map { (kind, $0) } }
    }

    /// The policies of the graph (nodes typed `vg:Policy`), by label.
    public var policies: [SearchEntry] {
        entries.filter { $0.kind == .policy }.sorted { ($0.label, $0.iri) < ($1.label, $1.iri) }
    }
}
