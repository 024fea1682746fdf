/// A hash index over some columns of a relation's rows: for each key, a chain of row numbers.
///
/// Rows are only ever appended, so the index grows with `add(rows:)`; chains run from the newest
/// row to the oldest. Keys of one or two columns are packed exactly into the slot; longer keys keep
/// a packed prefix and are re-checked against the row.
struct HashIndex {
    let columns: [Int]
    let arity: Int
    /// Per slot: packed key, and the newest row with that key (`UInt32.max` = empty).
    private(set) var keys: [UInt64]
    private(set) var heads: [UInt32]
    /// Per row: the next (older) row with the same key.
    private(set) var next: [UInt32] = []
    private var mask: Int
    private(set) var keyCount = 0
    private(set) var indexedRows = 0

    init(columns: [Int], arity: Int) {
        self.columns = columns
        self.arity = arity
        keys = [UInt64](repeating: 0, count: 16)
        heads = [UInt32](repeating: .max, count: 16)
        mask = 15
    }

    var exact: Bool { columns.count <= 2 }

    @inline(__always)
    func packedKey(row: Int, in rows: UnsafeBufferPointer<UInt32>) -> UInt64 {
        let base = row * arity
        if columns.count == 1 { return UInt64(rows[base + columns[0]]) }
        return packPair(rows[base + columns[0]], rows[base + columns[1]])
    }

    /// Indexes rows `indexedRows..<rowCount` of `rows`.
    /// - Complexity: O(new rows) expected.
    mutating func add(rows: [UInt32], rowCount: Int) {
        guard rowCount > indexedRows else { return }
        next.reserveCapacity(rowCount)
        rows.withUnsafeBufferPointer { r in
            for row in indexedRows..<rowCount {
                let key = packedKey(row: row, in: r)
                if (keyCount + 1) * 4 > keys.count * 3 { grow() }
                var i = PackedSet.hash(key) & mask
                var found = false
                while heads[i] != .max {
                    if keys[i] == key && (exact || sameKey(Int(heads[i]), row, r)) {
                        found = true
                        break
                    }
                    i = (i + 1) & mask
                }
                if found {
                    next.append(heads[i])
                } else {
                    next.append(.max)
                    keys[i] = key
                    keyCount += 1
                }
                heads[i] = UInt32(row)
            }
        }
        indexedRows = rowCount
    }

    private func sameKey(_ a: Int, _ b: Int, _ rows: UnsafeBufferPointer<UInt32>) -> Bool {
        for c in columns where rows[a * arity + c] != rows[b * arity + c] { return false }
        return true
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldHeads = heads
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        heads = [UInt32](repeating: .max, count: oldKeys.count * 2)
        mask = keys.count - 1
        for j in oldKeys.indices where oldHeads[j] != .max {
            var i = PackedSet.hash(oldKeys[j]) & mask
            while heads[i] != .max { i = (i + 1) & mask }
            keys[i] = oldKeys[j]
            heads[i] = oldHeads[j]
        }
    }

    /// The newest row whose key columns equal `key` (`UInt32.max` when none).
    /// For keys longer than two columns the caller re-checks every row of the chain.
    @inline(__always)
    func first(_ key: UInt64, rows: UnsafeBufferPointer<UInt32>, full: UnsafeBufferPointer<UInt32>?) -> UInt32 {
        var i = PackedSet.hash(key) & mask
        while true {
            let h = heads[i]
            if h == .max { return .max }
            if keys[i] == key {
                if exact { return h }
                if let full, matchesFull(Int(h), full, rows) { return h }
            }
            i = (i + 1) & mask
        }
    }

    private func matchesFull(_ row: Int, _ key: UnsafeBufferPointer<UInt32>, _ rows: UnsafeBufferPointer<UInt32>)
        -> Bool
    {
        for (j, c) in columns.enumerated() where rows[row * arity + c] != key[j] { return false }
        return true
    }

    /// Distinct keys seen (for plan estimates).
    var distinctKeys: Int { keyCount }
}
