/// An open-addressing set of row IDs for tuples wider than two columns.
struct WideSet {
    private var slots = [UInt32](repeating: .max, count: 16)
    private var hashes = [Int](repeating: 0, count: 16)
    private var mask = 15
    private var count = 0

    static func hash(_ tuple: UnsafeBufferPointer<UInt32>) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for v in tuple { h = (h ^ UInt64(v)) &* 0x0000_0100_0000_01B3 }
        return Int(truncatingIfNeeded: (h &* 0x9E37_79B9_7F4A_7C15) >> 16)
    }

    func needsGrowth(_ n: Int) -> Bool { n * 8 > slots.count * 5 }

    mutating func rehash(capacityFor n: Int, hashOf: (UInt32) -> Int) {
        var size = slots.count
        while n * 8 > size * 5 { size <<= 1 }
        let old = slots
        slots = [UInt32](repeating: .max, count: size)
        hashes = [Int](repeating: 0, count: size)
        mask = size - 1
        for id in old where id != .max {
            let h = hashOf(id)
            var i = h & mask
            while slots[i] != .max { i = (i + 1) & mask }
            slots[i] = id
            hashes[i] = h
        }
    }

    /// Visits the IDs whose hash equals `hash` until `matches` returns true.
    func probe(hash h: Int, _ matches: (UInt32) -> Bool) {
        var i = h & mask
        while slots[i] != .max {
            if hashes[i] == h && matches(slots[i]) { return }
            i = (i + 1) & mask
        }
    }

    mutating func add(hash h: Int, id: UInt32) {
        var i = h & mask
        while slots[i] != .max { i = (i + 1) & mask }
        slots[i] = id
        hashes[i] = h
        count += 1
    }
}
