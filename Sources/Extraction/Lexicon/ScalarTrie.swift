/// Longest-match lookup of many short strings in a scalar array.
///
/// Keyed by first scalar; each bucket holds its keys longest first, so a lookup costs one
/// dictionary probe plus a few comparisons. That suits VocGraph's few hundred labels.
struct ScalarTrie: Sendable {
    private var buckets: [Unicode.Scalar: [(key: [Unicode.Scalar], value: Int)]] = [:]
    /// First scalars of the keys: most positions are rejected here without hashing.
    private var firsts = ScalarSet()

    /// Adds `key` (ignored when empty); a repeated key keeps its first value.
    mutating func insert(_ key: String, value: Int) {
        let scalars = Array(key.unicodeScalars)
        guard let first = scalars.first else { return }
        var bucket = buckets[first] ?? []
        if bucket.contains(where: { $0.key == scalars }) { return }
        bucket.append((scalars, value))
        bucket.sort { $0.key.count > $1.key.count }
        buckets[first] = bucket
        firsts.insert(first)
    }

    /// The longest key starting at `index`, as (length, value).
    /// - Complexity: O(k·m) for k keys sharing the first scalar, m their length.
    func longestMatch(in text: [Unicode.Scalar], at index: Int) -> (length: Int, value: Int)? {
        guard index < text.count, firsts.contains(text[index]), let bucket = buckets[text[index]] else {
            return nil
        }
        for entry in bucket where index + entry.key.count <= text.count {
            var equal = true
            for k in 1..<max(1, entry.key.count) where text[index + k] != entry.key[k] {
                equal = false
                break
            }
            if equal { return (entry.key.count, entry.value) }
        }
        return nil
    }

    /// True when some key starts at `index`.
    func hasMatch(in text: [Unicode.Scalar], at index: Int) -> Bool {
        longestMatch(in: text, at: index) != nil
    }
}
