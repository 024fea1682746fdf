/// A relation's tuples during evaluation, in datafrog's three parts.
///
/// Rows `0..<stable` are *stable* (seen by every earlier round), rows `stable..<count` are *recent*
/// (new in the last round), and `toAdd` holds this round's new tuples until `commit()`. Rows are
/// stored flat, `arity` term IDs each; a hash set over all tuples removes duplicates on insertion,
/// and hash indexes over column subsets serve the plan's lookups.
public final class Relation {
    public let name: String
    public let arity: Int
    /// Committed tuples, flat.
    /// Committed tuples, flat, in manually managed memory (read by the join loops without
    /// reference counting; reallocated only by `commit()`).
    private var storage: UnsafeMutablePointer<UInt32>
    private var storageCapacity: Int
    /// The committed rows as a buffer; valid until the next `commit()`.
    var rows: UnsafeBufferPointer<UInt32> {
        UnsafeBufferPointer(start: storage, count: count * arity)
    }
    /// Number of committed tuples.
    public private(set) var count = 0
    /// Tuples before this index were already joined in earlier rounds.
    private(set) var stable = 0
    /// New tuples of the current round, flat.
    private(set) var toAdd: [UInt32] = []
    private(set) var toAddCount = 0
    private var pairs = PairSet()
    private var singles = ValueSet()
    private var hasEmptyTuple = false
    private var wide: WideSet?
    private(set) var indexes: [[Int]: HashIndex] = [:]
    /// Provenance (when tracked): the rule and the round of each committed tuple.
    private(set) var ruleOf: [Int32] = []
    private(set) var roundOf: [UInt32] = []
    private var toAddRule: [Int32] = []
    private var toAddRound: [UInt32] = []
    let tracksProvenance: Bool

    init(name: String, arity: Int, tracksProvenance: Bool) {
        self.name = name
        self.arity = arity
        self.tracksProvenance = tracksProvenance
        if arity > 2 { wide = WideSet() }
        storageCapacity = 16
        storage = .allocate(capacity: storageCapacity)
    }

    deinit { storage.deallocate() }

    var recentRange: Range<Int> { stable..<count }
    var pendingCount: Int { toAddCount }

    // MARK: Insertion

    /// Adds a tuple to `toAdd` unless the relation already holds it.
    /// - Returns: whether it was new.
    /// - Complexity: O(arity) expected.
    @inline(__always)
    @discardableResult
    func insert(_ tuple: UnsafeBufferPointer<UInt32>, rule: Int32, round: UInt32) -> Bool {
        let isNew: Bool
        switch arity {
        case 0:
            isNew = !hasEmptyTuple
            hasEmptyTuple = true
        case 1: isNew = singles.insert(tuple[0])
        case 2: isNew = pairs.insert(tuple[0], tuple[1])
        default:
            isNew = insertWide(tuple)
        }
        guard isNew else { return false }
        if arity > 2 {
            // insertWide already appended the tuple.
        } else {
            toAdd.append(contentsOf: tuple)
        }
        toAddCount += 1
        if tracksProvenance {
            toAddRule.append(rule)
            toAddRound.append(round)
        }
        return true
    }

    /// Fast path for binary relations.
    @inline(__always)
    func insertPair(_ a: UInt32, _ b: UInt32, rule: Int32, round: UInt32) {
        guard pairs.insert(a, b) else { return }
        toAdd.append(a)
        toAdd.append(b)
        toAddCount += 1
        if tracksProvenance {
            toAddRule.append(rule)
            toAddRound.append(round)
        }
    }

    private func insertWide(_ tuple: UnsafeBufferPointer<UInt32>) -> Bool {
        guard var set = wide else { return false }
        wide = nil
        defer { wide = set }
        let h = WideSet.hash(tuple)
        let total = count + toAddCount
        if set.needsGrowth(total + 1) {
            set.rehash(capacityFor: total + 1) { id in hashOfRow(Int(id)) }
        }
        var found = false
        set.probe(hash: h) { id in
            let same = rowEquals(Int(id), tuple)
            if same { found = true }
            return same
        }
        if found { return false }
        toAdd.append(contentsOf: tuple)
        set.add(hash: h, id: UInt32(total))
        return true
    }

    private func hashOfRow(_ id: Int) -> Int {
        if id < count {
            return WideSet.hash(UnsafeBufferPointer(start: storage + id * arity, count: arity))
        }
        let j = id - count
        return toAdd.withUnsafeBufferPointer {
            WideSet.hash(UnsafeBufferPointer(rebasing: $0[(j * arity)..<(j * arity + arity)]))
        }
    }

    private func rowEquals(_ id: Int, _ tuple: UnsafeBufferPointer<UInt32>) -> Bool {
        if id < count {
            for c in 0..<arity where rows[id * arity + c] != tuple[c] { return false }
            return true
        }
        let j = id - count
        for c in 0..<arity where toAdd[j * arity + c] != tuple[c] { return false }
        return true
    }

    /// Whether the relation (committed or pending) holds `tuple`.
    func contains(_ tuple: UnsafeBufferPointer<UInt32>) -> Bool {
        switch arity {
        case 0: return hasEmptyTuple
        case 1: return singles.contains(tuple[0])
        case 2: return pairs.contains(tuple[0], tuple[1])
        default:
            guard let set = wide else { return false }
            var found = false
            set.probe(hash: WideSet.hash(tuple)) { id in
                let same = rowEquals(Int(id), tuple)
                if same { found = true }
                return same
            }
            return found
        }
    }

    /// Whether a committed tuple (row `< limit`) holds exactly these values.
    @inline(__always)
    func containsPair(_ a: UInt32, _ b: UInt32) -> Bool { pairs.contains(a, b) }

    // MARK: Rounds

    /// Moves `toAdd` into the committed rows: the old recent tuples become stable.
    /// - Returns: the number of new tuples.
    @discardableResult
    func commit() -> Int {
        stable = count
        let added = toAddCount
        if added > 0 {
            let used = count * arity
            let needed = used + toAdd.count
            if storageCapacity < needed {
                let capacity = max(needed, storageCapacity + storageCapacity / 2)
                let grown = UnsafeMutablePointer<UInt32>.allocate(capacity: capacity)
                grown.moveInitialize(from: storage, count: used)
                storage.deallocate()
                storage = grown
                storageCapacity = capacity
            }
            toAdd.withUnsafeBufferPointer {
                if let source = $0.baseAddress {
                    (storage + used).initialize(from: source, count: $0.count)
                }
            }
            count += added
            if tracksProvenance {
                ruleOf.append(contentsOf: toAddRule)
                roundOf.append(contentsOf: toAddRound)
            }
        }
        toAdd.removeAll(keepingCapacity: added < 1 << 20)
        toAddRule.removeAll()
        toAddRound.removeAll()
        toAddCount = 0
        for index in indexes.values { index.add(rows: rows, rowCount: count) }
        return added
    }

    /// Marks every committed tuple stable (recent becomes empty).
    func settle() { stable = count }

    // MARK: Indexes

    /// Ensures an index on `columns` exists and covers every committed row.
    func ensureIndex(_ columns: [Int]) {
        if indexes[columns] == nil {
            let index = HashIndex(columns: columns, arity: arity)
            index.add(rows: rows, rowCount: count)
            indexes[columns] = index
        }
    }

    func index(_ columns: [Int]) -> HashIndex? { indexes[columns] }

    /// Calls `body` with the committed rows as a flat buffer.
    @inline(__always)
    func withRows<R, E: Error>(_ body: (UnsafeBufferPointer<UInt32>) throws(E) -> R) throws(E) -> R
    {
        try body(rows)
    }

    /// The tuple in committed row `row`.
    public func tuple(_ row: Int) -> [UInt32] {
        Array(UnsafeBufferPointer(start: storage + row * arity, count: arity))
    }

    /// Every committed tuple.
    public var tuples: [[UInt32]] { (0..<count).map(tuple) }

    /// The round in which row `row` was derived (0 for base facts), when tracked.
    func round(ofRow row: Int) -> UInt32 { tracksProvenance ? roundOf[row] : 0 }
    func rule(ofRow row: Int) -> Int32 { tracksProvenance ? ruleOf[row] : -1 }

    /// The committed row holding `tuple`, by a linear search over an index when present.
    func row(of tuple: [UInt32]) -> Int? {
        if arity == 0 { return count > 0 ? 0 : nil }
        let r = rows
        do {
            if let index = indexes[[0]] {
                var row = index.first(UInt64(tuple[0]), rows: r, full: nil)
                while row != .max {
                    let base = Int(row) * arity
                    if (0..<arity).allSatisfy({ r[base + $0] == tuple[$0] }) { return Int(row) }
                    row = index.after(row)
                }
                return nil
            }
            for row in 0..<count where (0..<arity).allSatisfy({ r[row * arity + $0] == tuple[$0] })
            {
                return row
            }
            return nil
        }
    }

    /// Approximate bytes held.
    var memoryBytes: Int {
        storageCapacity * 4 + toAdd.capacity * 4 + pairs.memoryBytes + singles.memoryBytes
            + indexes.values.reduce(0) { $0 + $1.memoryBytes }
    }
}
