/// A set of Unicode scalars with an O(1), hash-free membership test for the BMP.
///
/// The hot loops test nearly every scalar of a document against a few such sets; a 64 Ki-bit
/// bitmap (8 KiB) answers without hashing, and scalars outside the BMP fall back to a `Set`.
struct ScalarSet: Sendable {
    private var bits = [UInt64](repeating: 0, count: 1024)
    private var astral: Set<Unicode.Scalar> = []

    init() {}

    init(_ scalars: some Sequence<Unicode.Scalar>) {
        for scalar in scalars { insert(scalar) }
    }

    init(_ text: String) { self.init(text.unicodeScalars) }

    mutating func insert(_ scalar: Unicode.Scalar) {
        let v = Int(scalar.value)
        if v < 0x10000 {
            bits[v >> 6] |= 1 << UInt64(v & 63)
        } else {
            astral.insert(scalar)
        }
    }

    @inline(__always)
    func contains(_ scalar: Unicode.Scalar) -> Bool {
        let v = Int(scalar.value)
        if v < 0x10000 { return bits[v >> 6] & (1 << UInt64(v & 63)) != 0 }
        return astral.contains(scalar)
    }
}
