/// A hash index over some columns of a relation's rows: for each key, a chain of row numbers.
///
/// Rows are only ever appended, so the index grows with `add(rows:rowCount:)`; chains run from the
/// newest row to the oldest. Keys of one or two columns are packed exactly into the slot; longer
/// keys keep a packed prefix and are re-checked against the row. The tables live in manually
/// managed memory so that the join loops read them without reference counting; they change only
/// when a relation commits, never while a round reads them.
final class HashIndex {
    let columns: [Int]
    let arity: Int
    let exact: Bool
    private let firstColumn: Int
    private let secondColumn: Int
    /// Per slot: packed key, and the newest row with that key (`UInt32.max` = empty).
    private(set) var keys: UnsafeMutablePointer<UInt64>
    private(set) var heads: UnsafeMutablePointer<UInt32>
    private(set) var slotCount: Int
    private var mask: Int
    /// Per row: the next (older) row with the same key.
    private(set) var next: UnsafeMutablePointer<UInt32>
    private var nextCapacity: Int
    private(set) var keyCount = 0
    private(set) var indexedRows = 0

    init(columns: [Int], arity: Int) {
        self.columns = columns
        self.arity = arity
        exact = columns.count <= 2
        firstColumn = columns[0]
        secondColumn = columns.count > 1 ? columns[1] : 0
        slotCount = 16
        mask = 15
        keys = .allocate(capacity: 16)
        keys.initialize(repeating: 0, count: 16)
        heads = .allocate(capacity: 16)
        heads.initialize(repeating: .max, count: 16)
        nextCapacity = 16
        next = .allocate(capacity: 16)
    }

    deinit {
        keys.deallocate()
        heads.deallocate()
        next.deallocate()
    }

    @inline(__always)
    func packedKey(row: Int, in rows: UnsafeBufferPointer<UInt32>) -> UInt64 {
        let base = row * arity
        if columns.count == 1 { return UInt64(rows[base + firstColumn]) }
        return packPair(rows[base + firstColumn], rows[base + secondColumn])
    }

    /// Indexes rows `indexedRows..<rowCount` of `rows`.
    /// - Complexity: O(new rows) expected.
    func add(rows: UnsafeBufferPointer<UInt32>, rowCount: Int) {
        guard rowCount > indexedRows else { return }
        if rowCount > nextCapacity {
            let capacity = max(rowCount, nextCapacity + nextCapacity / 2)
            let grown = UnsafeMutablePointer<UInt32>.allocate(capacity: capacity)
            grown.moveInitialize(from: next, count: indexedRows)
            next.deallocate()
            next = grown
            nextCapacity = capacity
        }
        for row in indexedRows..<rowCount {
            let key = packedKey(row: row, in: rows)
            if (keyCount + 1) * 4 > slotCount * 3 { grow() }
            var i = KeyHash.hash(key) & mask
            var found = false
            while heads[i] != .max {
                if keys[i] == key && (exact || sameKey(Int(heads[i]), row, rows)) {
                    found = true
                    break
                }
                i = (i + 1) & mask
            }
            if found {
                next[row] = heads[i]
            } else {
                next[row] = .max
                keys[i] = key
                keyCount += 1
            }
            heads[i] = UInt32(row)
        }
        indexedRows = rowCount
    }

    private func sameKey(_ a: Int, _ b: Int, _ rows: UnsafeBufferPointer<UInt32>) -> Bool {
        for c in columns where rows[a * arity + c] != rows[b * arity + c] { return false }
        return true
    }

    private func grow() {
        let oldKeys = keys
        let oldHeads = heads
        let oldCount = slotCount
        slotCount *= 2
        mask = slotCount - 1
        keys = .allocate(capacity: slotCount)
        keys.initialize(repeating: 0, count: slotCount)
        heads = .allocate(capacity: slotCount)
        heads.initialize(repeating: .max, count: slotCount)
        for j in 0..<oldCount where oldHeads[j] != .max {
            var i = KeyHash.hash(oldKeys[j]) & mask
            while heads[i] != .max { i = (i + 1) & mask }
            keys[i] = oldKeys[j]
            heads[i] = oldHeads[j]
        }
        oldKeys.deallocate()
        oldHeads.deallocate()
    }

    /// The newest row whose key columns equal `key` (`UInt32.max` when none). For keys longer
    /// than two columns, `full` holds every key value and is checked against the row.
    @inline(__always)
    func first(_ key: UInt64, rows: UnsafeBufferPointer<UInt32>, full: UnsafeBufferPointer<UInt32>?)
        -> UInt32
    {
        var i = KeyHash.hash(key) & mask
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

    /// The next older row with the same key as `row`.
    @inline(__always)
    func after(_ row: UInt32) -> UInt32 { next[Int(row)] }

    private func matchesFull(
        _ row: Int, _ key: UnsafeBufferPointer<UInt32>, _ rows: UnsafeBufferPointer<UInt32>
    )
        -> Bool
    {
        for (j, c) in columns.enumerated() where rows[row * arity + c] != key[j] { return false }
        return true
    }

    /// Distinct keys seen (for plan estimates).
    var distinctKeys: Int { keyCount }

    var memoryBytes: Int { slotCount * 12 + nextCapacity * 4 }
}
