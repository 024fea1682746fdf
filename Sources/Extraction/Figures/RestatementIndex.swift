/// Figures indexed by value and by the two-character words of their metric, so that "does an
/// earlier figure restate this one" (`FigureRecognizer.restates`) looks only at figures that can:
/// an equal value (within 1e-9) and a shared word. Checking every earlier figure made extraction
/// quadratic in document size.
///
/// Every pair `restates` accepts shares a two-character word: metric containment (both at least
/// two characters) shares the shorter metric's words, and a shared word of two or three
/// characters starts with one. Values within 1e-9 fall in buckets at most two apart.
struct RestatementIndex {
    private var records: [ObservationRecord] = []
    private var positions: [Key: [Int]] = [:]

    private struct Key: Hashable {
        var bucket: Double
        var word: String
    }

    init(_ records: [ObservationRecord] = []) {
        for record in records { insert(record) }
    }

    /// Adds a figure.
    /// - Complexity: O(metric length).
    mutating func insert(_ record: ObservationRecord) {
        let index = records.count
        records.append(record)
        let bucket = Self.bucket(record.value)
        for word in Self.words(record.metric) {
            positions[Key(bucket: bucket, word: word), default: []].append(index)
        }
    }

    /// Whether some figure of the index restates `record`, as `FigureRecognizer.restates` judges.
    /// - Complexity: O(metric length + figures sharing a value bucket and a word).
    func restated(_ record: ObservationRecord, overlap: Int) -> Bool {
        let bucket = Self.bucket(record.value)
        for word in Self.words(record.metric) {
            for step in -2...2 {
                let key = Key(bucket: bucket + Double(step), word: word)
                for index in positions[key] ?? []
                where FigureRecognizer.restates(record, records[index], overlap: overlap) {
                    return true
                }
            }
        }
        return false
    }

    private static func bucket(_ value: Double) -> Double { (value * 1e9).rounded(.down) }

    /// The distinct two-character words of `metric`.
    private static func words(_ metric: String) -> Set<String> {
        let characters = Array(metric)
        guard characters.count >= 2 else { return [] }
        var out = Set<String>()
        for i in 0..<(characters.count - 1) {
            out.insert(String(characters[i...(i + 1)]))
        }
        return out
    }
}
