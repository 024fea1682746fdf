/// An open-addressing hash set of 64-bit keys (linear probing, load factor ≤ 5/8).
///
/// Tuples of arity ≤ 2 are packed into one key; `UInt64.max` marks an empty slot, which no packed
/// tuple can equal because term IDs stay below `UInt32.max`.
struct PackedSet {
    private(set) var slots: [UInt64]
    private(set) var count = 0
    private var mask: Int

    init(capacity: Int = 16) {
        var size = 16
        while size * 5 / 8 < capacity { size <<= 1 }
        slots = [UInt64](repeating: .max, count: size)
        mask = size - 1
    }

    @inline(__always)
    static func hash(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 20)
    }

    /// Inserts `key`; returns `true` when it was new.
    /// - Complexity: O(1) expected.
    @inline(__always)
    mutating func insert(_ key: UInt64) -> Bool {
        if (count + 1) * 8 > slots.count * 5 { grow() }
        var i = PackedSet.hash(key) & mask
        return slots.withUnsafeMutableBufferPointer { s in
            while true {
                let v = s[i]
                if v == key { return false }
                if v == .max {
                    s[i] = key
                    count += 1
                    return true
                }
                i = (i + 1) & mask
            }
        }
    }

    /// Whether `key` is in the set.
    @inline(__always)
    func contains(_ key: UInt64) -> Bool {
        var i = PackedSet.hash(key) & mask
        return slots.withUnsafeBufferPointer { s in
            while true {
                let v = s[i]
                if v == key { return true }
                if v == .max { return false }
                i = (i + 1) & mask
            }
        }
    }

    private mutating func grow() {
        let old = slots
        slots = [UInt64](repeating: .max, count: old.count * 2)
        mask = slots.count - 1
        count = 0
        slots.withUnsafeMutableBufferPointer { s in
            for key in old where key != .max {
                var i = PackedSet.hash(key) & mask
                while s[i] != .max { i = (i + 1) & mask }
                s[i] = key
                count += 1
            }
        }
    }

    /// Bytes held by the table.
    var memoryBytes: Int { slots.count * 8 }
}

/// Packs up to two term IDs into one key.
@inline(__always)
func packPair(_ a: UInt32, _ b: UInt32) -> UInt64 { UInt64(a) << 32 | UInt64(b) }
