import Foundation
import RDF

/// A hash table from raw term bytes (as Raptor hands them over) to term IDs, so a term seen
/// before is found without building a Swift `String` or hashing a `Term`.
///
/// Keys are a kind byte followed by the term's bytes (and, for literals, a separator and the
/// datatype IRI or language tag). Open addressing with linear probing over a power-of-two table.
struct ByteInterner {
    private var arena: [UInt8] = []
    private var entries: [(hash: UInt64, offset: Int, length: Int, id: TermID)] = []
    private var slots: [Int32]
    private var mask: Int

    init(capacity: Int = 1 << 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Int32](repeating: -1, count: size)
        mask = size - 1
        arena.reserveCapacity(capacity * 32)
    }

    /// The ID stored for `key`, or nil.
    /// - Complexity: O(key length) expected.
    func find(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> TermID? {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let index = slots[slot]
            if index < 0 { return nil }
            let entry = entries[Int(index)]
            if entry.hash == hash && entry.length == key.count
                && arena.withUnsafeBufferPointer({ arena in
                    guard let base = arena.baseAddress else { return key.isEmpty }
                    return memEqual(base + entry.offset, key.baseAddress, key.count)
                })
            {
                return entry.id
            }
            slot = (slot + 1) & mask
        }
    }

    /// Records `key` → `id`; the key must not be present.
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64, id: TermID) {
        if (entries.count + 1) * 2 > slots.count { grow() }
        let offset = arena.count
        arena.append(contentsOf: key)
        entries.append((hash, offset, key.count, id))
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(entries.count - 1)
    }

    private mutating func grow() {
        let size = slots.count * 2
        slots = [Int32](repeating: -1, count: size)
        mask = size - 1
        for (index, entry) in entries.enumerated() {
            var slot = Int(truncatingIfNeeded: entry.hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index)
        }
    }

    /// A 64-bit hash of the bytes (8 bytes at a time, multiply-xorshift mixing).
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        guard let base = bytes.baseAddress else { return h }
        let raw = UnsafeRawPointer(base)
        var i = 0
        while i + 8 <= bytes.count {
            let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            h = (h ^ word) &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 29
            i += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < bytes.count {
            tail |= UInt64(base[i]) << shift
            shift += 8
            i += 1
        }
        h = (h ^ tail) &* 0x94D0_49BB_1331_11EB
        h ^= h >> 32
        return h
    }
}

@inline(__always)
private func memEqual(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>?, _ count: Int) -> Bool {
    guard let b else { return count == 0 }
    return memcmp(a, b, count) == 0
}
