/// Levenshtein distance, for "did you mean" suggestions.
enum EditDistance {
    static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a.unicodeScalars)
        let y = Array(b.unicodeScalars)
        if x.isEmpty { return y.count }
        var row = Array(0...y.count)
        for i in 1...x.count {
            var previous = row[0]
            row[0] = i
            for j in stride(from: 1, through: y.count, by: 1) {
                let old = row[j]
                row[j] = Swift.min(
                    row[j] + 1, row[j - 1] + 1, previous + (x[i - 1] == y[j - 1] ? 0 : 1))
                previous = old
            }
        }
        return row[y.count]
    }

    /// The candidate closest to `name`, if within a third of its length (at least 2 edits).
    static func closest(to name: String, in candidates: [String]) -> String? {
        let limit = Swift.max(2, name.count / 3)
        var best: (String, Int)?
        for candidate in Set(candidates).sorted() where candidate != name {
            let d = distance(name, candidate)
            if d <= limit && d < (best?.1 ?? Int.max) { best = (candidate, d) }
        }
        return best?.0
    }
}
