/// Longest-match lookup of many short strings in a scalar array.
///
/// Keys are grouped by first scalar; a lookup tests the first scalar against a bitmap, finds
/// its group in a small open-addressing table (no `Hasher`), and compares the group's keys,
/// longest first, against a flat scalar store (no per-key arrays to retain).
struct ScalarTrie: Sendable {
    private var keys: [(key: [Unicode.Scalar], value: Int)] = []
    private var firsts = ScalarSet()
    // Flat form, rebuilt after each insertion (tries are built once, then only read).
    private var storage: [Unicode.Scalar] = []
    private var entryStart: [Int] = []
    private var entryLength: [Int] = []
    private var entryValue: [Int] = []
    /// Open-addressing table: scalar value (0 = empty) → range of entries in `groupEntries`.
    private var tableKeys: [UInt64] = []
    private var tableStart: [Int] = []
    private var tableCount: [Int] = []
    private var mask = 0

    init() {}

    /// A trie of `entries` (key, value); empty keys are ignored, a repeated key keeps its first value.
    init(_ entries: [(String, Int)]) {
        var seen: Set<[Unicode.Scalar]> = []
        for (key, value) in entries {
            let scalars = Array(key.unicodeScalars)
            guard let first = scalars.first, seen.insert(scalars).inserted else { continue }
            keys.append((scalars, value))
            firsts.insert(first)
        }
        rebuild()
    }

    /// A trie of `words`, each valued by its index.
    init(_ words: [String]) {
        self.init(words.enumerated().map { ($0.element, $0.offset) })
    }

    private mutating func rebuild() {
        // Keys of two or more scalars are grouped by their first two scalars, one-scalar keys by
        // that scalar: a lookup compares only the few keys that share both (a region list has
        // hundreds of keys starting with 广, a handful starting with 广州).
        var groups: [UInt64: [Int]] = [:]
        for (index, entry) in keys.enumerated() {
            groups[ScalarTrie.groupKey(entry.key), default: []].append(index)
        }
        storage = []
        entryStart = []
        entryLength = []
        entryValue = []
        var size = 4
        while size < groups.count * 2 { size *= 2 }
        mask = size - 1
        tableKeys = Array(repeating: 0, count: size)
        tableStart = Array(repeating: 0, count: size)
        tableCount = Array(repeating: 0, count: size)
        for group in groups.keys.sorted() {
            guard let members = groups[group] else { continue }
            let ordered = members.sorted { keys[$0].key.count > keys[$1].key.count }
            var slot = ScalarTrie.hash(group) & mask
            while tableKeys[slot] != 0 { slot = (slot + 1) & mask }
            tableKeys[slot] = group
            tableStart[slot] = entryStart.count
            tableCount[slot] = ordered.count
            for index in ordered {
                entryStart.append(storage.count)
                entryLength.append(keys[index].key.count)
                entryValue.append(keys[index].value)
                storage.append(contentsOf: keys[index].key)
            }
        }
    }

    /// The group of a key: its first two scalars, or its one scalar (never 0).
    @inline(__always)
    private static func groupKey(_ key: [Unicode.Scalar]) -> UInt64 {
        key.count >= 2 ? pair(key[0], key[1]) : single(key[0])
    }

    @inline(__always)
    private static func pair(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> UInt64 {
        (UInt64(a.value) + 1) << 32 | UInt64(b.value)
    }

    @inline(__always)
    private static func single(_ a: Unicode.Scalar) -> UInt64 { UInt64(a.value) + 1 }

    @inline(__always)
    private static func hash(_ v: UInt64) -> Int {
        Int(truncatingIfNeeded: (v &* 0x9E37_79B9_7F4A_7C15) >> 29)
    }

    @inline(__always)
    private func slot(of group: UInt64) -> Int? {
        var slot = ScalarTrie.hash(group) & mask
        while tableKeys[slot] != group {
            if tableKeys[slot] == 0 { return nil }
            slot = (slot + 1) & mask
        }
        return slot
    }

    /// The longest key starting at `index`, as (length, value).
    /// - Complexity: O(k·m) for k keys sharing the first two scalars, m their length.
    func longestMatch(in text: [Unicode.Scalar], at index: Int) -> (length: Int, value: Int)? {
        guard index < text.count else { return nil }
        let first = text[index]
        guard firsts.contains(first) else { return nil }
        if index + 1 < text.count, let slot = slot(of: ScalarTrie.pair(first, text[index + 1])) {
            let begin = tableStart[slot]
            for entry in begin..<(begin + tableCount[slot]) {
                let length = entryLength[entry]
                guard index + length <= text.count else { continue }
                let start = entryStart[entry]
                var k = 2
                while k < length && text[index + k] == storage[start + k] { k += 1 }
                if k >= length { return (length, entryValue[entry]) }
            }
        }
        if let slot = slot(of: ScalarTrie.single(first)) {
            return (1, entryValue[tableStart[slot]])
        }
        return nil
    }

    /// True when some key starts at `index`.
    func hasMatch(in text: [Unicode.Scalar], at index: Int) -> Bool {
        longestMatch(in: text, at: index) != nil
    }
}

extension ScalarTrie {
    /// True when a word of the trie starts anywhere in `text[from..<to]` and ends by `to`.
    func hasAnyMatch(in text: [Unicode.Scalar], from: Int, to: Int) -> Bool {
        var i = max(from, 0)
        while i < to {
            if let hit = longestMatch(in: text, at: i), i + hit.length <= to { return true }
            i += 1
        }
        return false
    }
}
