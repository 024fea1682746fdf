/// A set of term IDs that starts as a small open-addressing table and turns into a bitset once
/// the bitset would be smaller (a simplified roaring container).
///
/// Dense closures (most nodes reach most others) then cost one bit per pair, and an insertion is
/// a test-and-set in a few kilobytes that stay in cache.
struct ValueSet {
    /// Hash slots (`UInt32.max` = empty), or bitset words when `isBitset`.
    private(set) var storage: [UInt32]
    private(set) var count = 0
    private(set) var isBitset = false
    private var maxValue: UInt32 = 0

    init() { storage = [UInt32](repeating: .max, count: 4) }

    @inline(__always)
    static func hash(_ v: UInt32) -> Int {
        Int(truncatingIfNeeded: (UInt64(v) &* 0x9E37_79B9_7F4A_7C15) >> 32)
    }

    /// Inserts `v`; returns whether it was new.
    /// - Complexity: O(1) expected.
    @inline(__always)
    mutating func insert(_ v: UInt32) -> Bool {
        if isBitset {
            let word = Int(v >> 5)
            if word >= storage.count { growBitset(to: word) }
            let bit: UInt32 = 1 << (v & 31)
            return storage.withUnsafeMutableBufferPointer { s in
                if s[word] & bit != 0 { return false }
                s[word] |= bit
                count += 1
                return true
            }
        }
        if (count + 1) * 2 > storage.count { growTable() }
        if isBitset { return insert(v) }
        let mask = storage.count - 1
        var i = ValueSet.hash(v) & mask
        let inserted = storage.withUnsafeMutableBufferPointer { s -> Bool in
            while true {
                let x = s[i]
                if x == v { return false }
                if x == .max {
                    s[i] = v
                    return true
                }
                i = (i + 1) & mask
            }
        }
        if inserted {
            count += 1
            if v > maxValue { maxValue = v }
        }
        return inserted
    }

    /// Whether `v` is in the set.
    @inline(__always)
    func contains(_ v: UInt32) -> Bool {
        if isBitset {
            let word = Int(v >> 5)
            return word < storage.count && storage[word] & (1 << (v & 31)) != 0
        }
        let mask = storage.count - 1
        var i = ValueSet.hash(v) & mask
        return storage.withUnsafeBufferPointer { s in
            while true {
                let x = s[i]
                if x == v { return true }
                if x == .max { return false }
                i = (i + 1) & mask
            }
        }
    }

    private mutating func growBitset(to word: Int) {
        var size = max(storage.count, 1)
        while size <= word { size += size / 2 + 1 }
        storage.append(contentsOf: repeatElement(0, count: size - storage.count))
    }

    private mutating func growTable() {
        let old = storage
        // A bitset over 0...maxValue takes maxValue/32 words; switch when that is no larger.
        let bitsetWords = Int(maxValue >> 5) + 1
        if bitsetWords <= old.count * 2 {
            storage = [UInt32](repeating: 0, count: bitsetWords)
            isBitset = true
            for x in old where x != .max { storage[Int(x >> 5)] |= 1 << (x & 31) }
            return
        }
        storage = [UInt32](repeating: .max, count: old.count * 2)
        let mask = storage.count - 1
        for x in old where x != .max {
            var i = ValueSet.hash(x) & mask
            while storage[i] != .max { i = (i + 1) & mask }
            storage[i] = x
        }
    }

    var memoryBytes: Int { storage.capacity * 4 + 32 }
}

/// A set of pairs of term IDs: one `ValueSet` of second components per first component,
/// found through an array indexed by the first component.
struct PairSet {
    private var bucketOf: [Int32] = []
    private var buckets: [ValueSet] = []
    private(set) var count = 0

    @inline(__always)
    mutating func insert(_ a: UInt32, _ b: UInt32) -> Bool {
        let i = Int(a)
        if i >= bucketOf.count {
            bucketOf.append(
                contentsOf: repeatElement(
                    -1, count: max(i + 1 - bucketOf.count, bucketOf.count / 2 + 16)))
        }
        var bucket = Int(bucketOf[i])
        if bucket < 0 {
            bucket = buckets.count
            buckets.append(ValueSet())
            bucketOf[i] = Int32(bucket)
        }
        let inserted = buckets[bucket].insert(b)
        if inserted { count += 1 }
        return inserted
    }

    @inline(__always)
    func contains(_ a: UInt32, _ b: UInt32) -> Bool {
        let i = Int(a)
        guard i < bucketOf.count else { return false }
        let bucket = Int(bucketOf[i])
        return bucket >= 0 && buckets[bucket].contains(b)
    }

    var memoryBytes: Int { bucketOf.capacity * 4 + buckets.reduce(0) { $0 + $1.memoryBytes } }
}
