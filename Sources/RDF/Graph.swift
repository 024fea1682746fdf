import Foundation

/// An in-memory RDF graph: a term dictionary and a set of ID triples kept in three sort orders.
///
/// The SPO order is always kept (it is the set itself, sorted and without duplicates); POS and OSP
/// are built the first time a pattern needs them and dropped on mutation. Any triple pattern is
/// answered by a binary search over one of the three orders:
///
/// | bound | order |
/// | --- | --- |
/// | S, SP, SPO | SPO |
/// | P, PO | POS |
/// | O, SO | OSP |
public struct Graph: Sendable {
    public private(set) var dictionary = TermDictionary()
    /// Every triple, sorted by (s, p, o), without duplicates.
    public private(set) var spo: [IDTriple] = []
    private var cache = IndexCache()

    public init() {}

    /// A graph over an existing dictionary; `idTriples` may be unsorted and contain duplicates.
    public init(dictionary: TermDictionary, idTriples: consuming [IDTriple]) {
        self.dictionary = dictionary
        insert(idTriples: idTriples)
    }

    /// A graph over `dictionary` whose `triples` are already strictly increasing in SPO order
    /// (a snapshot's), or nil when they are not, or name an ID the dictionary lacks.
    /// - Complexity: O(n): one check instead of a sort.
    public init?(dictionary: TermDictionary, sortedUniqueTriples triples: [IDTriple]) {
        let limit = UInt32(dictionary.count)
        var previous: IDTriple?
        for t in triples {
            guard t.s.rawValue < limit, t.p.rawValue < limit, t.o.rawValue < limit else {
                return nil
            }
            if let previous, !Graph.spoLess(previous, t) { return nil }
            previous = t
        }
        self.dictionary = dictionary
        spo = triples
    }

    public init(_ triples: some Sequence<Triple>) {
        insert(contentsOf: triples)
    }

    public var count: Int { spo.count }
    public var isEmpty: Bool { spo.isEmpty }

    // MARK: Mutation

    /// Interns a term without adding a triple (so IDs follow first-seen order).
    public mutating func intern(_ term: Term) -> TermID { dictionary.intern(term) }

    /// Adds one triple. Prefer `insert(contentsOf:)` for many.
    /// - Complexity: O(n) for the array insertion.
    @discardableResult
    public mutating func insert(_ triple: Triple) -> Bool {
        let t = IDTriple(
            dictionary.intern(triple.subject), dictionary.intern(triple.predicate),
            dictionary.intern(triple.object))
        return insert(t)
    }

    /// Adds one ID triple whose terms are already interned.
    @discardableResult
    public mutating func insert(_ t: IDTriple) -> Bool {
        let index = spo.partitioningIndex { !Graph.spoLess($0, t) }
        if index < spo.count && spo[index] == t { return false }
        spo.insert(t, at: index)
        cache = IndexCache()
        return true
    }

    /// Adds many triples at once.
    /// - Complexity: O((n + m) log(n + m)).
    public mutating func insert(contentsOf triples: some Sequence<Triple>) {
        var batch: [IDTriple] = []
        batch.reserveCapacity(triples.underestimatedCount)
        for triple in triples {
            batch.append(
                IDTriple(
                    dictionary.intern(triple.subject), dictionary.intern(triple.predicate),
                    dictionary.intern(triple.object)))
        }
        insert(idTriples: batch)
    }

    /// Adds ID triples whose terms were interned through `intern(_:)`.
    public mutating func insert(idTriples batch: consuming [IDTriple]) {
        guard !batch.isEmpty else { return }
        cache = IndexCache()
        if spo.isEmpty {
            var sorted = consume batch
            sorted.sort(by: Graph.spoLess)
            Graph.removeAdjacentDuplicates(&sorted)
            spo = sorted
            return
        }
        var merged = spo
        merged.append(contentsOf: batch)
        merged.sort(by: Graph.spoLess)
        spo = Graph.unique(merged)
        cache = IndexCache()
    }

    /// Adds every triple of `other`, translating its term IDs into this graph's dictionary.
    public mutating func formUnion(_ other: Graph) {
        var map = [TermID](repeating: TermID(0), count: other.dictionary.count)
        for (index, term) in other.dictionary.terms.enumerated() {
            map[index] = dictionary.intern(term)
        }
        insert(
            idTriples: other.spo.map {
                IDTriple(map[Int($0.s.rawValue)], map[Int($0.p.rawValue)], map[Int($0.o.rawValue)])
            })
    }

    // MARK: Access

    /// The ID of `term` if the graph's dictionary holds it.
    public func id(of term: Term) -> TermID? { dictionary.id(of: term) }

    public func term(_ id: TermID) -> Term { dictionary[id] }

    public func triple(_ t: IDTriple) -> Triple { Triple(term(t.s), term(t.p), term(t.o)) }

    /// Every triple as terms, in SPO ID order.
    public var triples: [Triple] { spo.map(triple) }

    public func contains(_ triple: Triple) -> Bool {
        guard let s = id(of: triple.subject), let p = id(of: triple.predicate),
            let o = id(of: triple.object)
        else { return false }
        return !match(s, p, o).isEmpty
    }

    /// The triples matching a pattern; `nil` is a wildcard.
    /// - Complexity: O(log n + k) for k matches, plus a one-time O(n log n) index build.
    public func match(_ s: TermID?, _ p: TermID?, _ o: TermID?) -> ArraySlice<IDTriple> {
        switch (s, p, o) {
        case (nil, nil, nil):
            return spo[...]
        case (let s?, nil, let o?):
            return Graph.range(cache.osp(spo), key: [o, s], order: .osp)
        case (let s?, _, _):
            return Graph.range(spo, key: [s, p, o].compactMap { $0 }, order: .spo)
        case (nil, let p?, _):
            return Graph.range(cache.pos(spo), key: [p, o].compactMap { $0 }, order: .pos)
        case (nil, nil, let o?):
            return Graph.range(cache.osp(spo), key: [o], order: .osp)
        }
    }

    /// Triples matching a pattern of terms; a term the graph has never seen matches nothing.
    public func match(subject: Term? = nil, predicate: Term? = nil, object: Term? = nil) -> [Triple]
    {
        func resolve(_ term: Term?) -> TermID?? {
            guard let term else { return .some(nil) }
            guard let id = id(of: term) else { return nil }
            return .some(id)
        }
        guard let s = resolve(subject), let p = resolve(predicate), let o = resolve(object) else {
            return []
        }
        return match(s, p, o).map(triple)
    }

    /// The triples sorted by (s, p, o) in POS order (predicate-major), built on first use.
    public var pos: [IDTriple] { cache.pos(spo) }
    /// The triples in OSP order, built on first use.
    public var osp: [IDTriple] { cache.osp(spo) }

    // MARK: Orders

    /// A sort order of triples: which field comes first, second and third.
    public enum Order: Sendable {
        case spo, pos, osp

        /// The triple's fields in this order.
        @inline(__always)
        public func fields(_ t: IDTriple) -> (TermID, TermID, TermID) {
            switch self {
            case .spo: (t.s, t.p, t.o)
            case .pos: (t.p, t.o, t.s)
            case .osp: (t.o, t.s, t.p)
            }
        }
    }

    @inline(__always)
    static func spoLess(_ a: IDTriple, _ b: IDTriple) -> Bool {
        (a.s.rawValue, a.p.rawValue, a.o.rawValue) < (b.s.rawValue, b.p.rawValue, b.o.rawValue)
    }
    @inline(__always)
    static func posLess(_ a: IDTriple, _ b: IDTriple) -> Bool {
        (a.p.rawValue, a.o.rawValue, a.s.rawValue) < (b.p.rawValue, b.o.rawValue, b.s.rawValue)
    }
    @inline(__always)
    static func ospLess(_ a: IDTriple, _ b: IDTriple) -> Bool {
        (a.o.rawValue, a.s.rawValue, a.p.rawValue) < (b.o.rawValue, b.s.rawValue, b.p.rawValue)
    }

    /// Removes adjacent duplicates in place.
    static func removeAdjacentDuplicates(_ sorted: inout [IDTriple]) {
        guard sorted.count > 1 else { return }
        var write = 1
        for read in 1..<sorted.count where sorted[read] != sorted[write - 1] {
            sorted[write] = sorted[read]
            write += 1
        }
        sorted.removeSubrange(write...)
    }

    static func unique(_ sorted: [IDTriple]) -> [IDTriple] {
        var out: [IDTriple] = []
        out.reserveCapacity(sorted.count)
        for t in sorted where out.last != t { out.append(t) }
        return out
    }

    /// The slice of `array` (sorted by `order`) whose leading fields equal `key`.
    static func range(_ array: [IDTriple], key: [TermID], order: Order) -> ArraySlice<IDTriple> {
        func compare(_ t: IDTriple) -> Int {
            let (a, b, c) = order.fields(t)
            let fields = [a, b, c]
            for (index, value) in key.enumerated() {
                let field = fields[index]
                if field < value { return -1 }
                if field > value { return 1 }
            }
            return 0
        }
        let lower = array.partitioningIndex { compare($0) >= 0 }
        let upper = array[lower...].partitioningIndex { compare($0) > 0 }
        return array[lower..<upper]
    }
}

/// Lazily built secondary orders. Shared between copies of a graph until one of them mutates
/// (mutation replaces the cache), so the lock only guards the one-time build.
final class IndexCache: @unchecked Sendable {
    // Safe: `posStorage` and `ospStorage` are only read or written while holding `lock`.
    private let lock = NSLock()
    private var posStorage: [IDTriple]?
    private var ospStorage: [IDTriple]?

    func pos(_ spo: [IDTriple]) -> [IDTriple] {
        lock.lock()
        defer { lock.unlock() }
        if let posStorage { return posStorage }
        // SPO order is (s, p, o); a stable pass by o gives (o, s), then one by p gives (p, o, s).
        let sorted = IndexCache.stableSort(IndexCache.stableSort(spo) { $0.o.rawValue }) {
            $0.p.rawValue
        }
        posStorage = sorted
        return sorted
    }

    func osp(_ spo: [IDTriple]) -> [IDTriple] {
        lock.lock()
        defer { lock.unlock() }
        if let ospStorage { return ospStorage }
        // (s, p, o) made stable by o is (o, s, p).
        let sorted = IndexCache.stableSort(spo) { $0.o.rawValue }
        ospStorage = sorted
        return sorted
    }

    /// `triples` ordered by one field, keeping the order of equal keys: a counting sort, since IDs
    /// are dense. For the 190k triples of the benchmark's kg graph this builds POS in about 2 ms
    /// where a comparison sort took about 15 (two passes here against n log n comparisons).
    /// - Complexity: O(n + k) for n triples and largest ID k.
    @inline(__always)
    static func stableSort(_ triples: [IDTriple], by key: (IDTriple) -> UInt32) -> [IDTriple] {
        guard triples.count > 1 else { return triples }
        var largest: UInt32 = 0
        for t in triples { largest = max(largest, key(t)) }
        var starts = [Int](repeating: 0, count: Int(largest) + 2)
        for t in triples { starts[Int(key(t)) + 1] += 1 }
        for index in 1..<starts.count { starts[index] += starts[index - 1] }
        let placeholder = IDTriple(TermID(0), TermID(0), TermID(0))
        var out = [IDTriple](repeating: placeholder, count: triples.count)
        for t in triples {
            let slot = Int(key(t))
            out[starts[slot]] = t
            starts[slot] += 1
        }
        return out
    }
}

extension Collection {
    /// The first index whose element satisfies `belongsInSecondPartition` (which must be monotone).
    /// - Complexity: O(log n) comparisons.
    public func partitioningIndex(where belongsInSecondPartition: (Element) throws -> Bool)
        rethrows -> Index
    {
        var n = count
        var low = startIndex
        while n > 0 {
            let half = n / 2
            let mid = index(low, offsetBy: half)
            if try belongsInSecondPartition(self[mid]) {
                n = half
            } else {
                low = index(after: mid)
                n -= half + 1
            }
        }
        return low
    }
}
