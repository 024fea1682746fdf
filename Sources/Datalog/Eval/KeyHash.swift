/// Hashing and packing of 64-bit keys shared by the hash tables of the evaluator.
enum KeyHash {
    /// Fibonacci hashing: good spread for sequential term IDs.
    @inline(__always)
    static func hash(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 20)
    }
}

/// Packs two term IDs into one key.
@inline(__always)
func packPair(_ a: UInt32, _ b: UInt32) -> UInt64 { UInt64(a) << 32 | UInt64(b) }
