/// The school names of one line (ending in a `ScopeTracker.schoolSuffixes` word, starting at a
/// place name), found once, so that the last name before any point of the line is a lookup
/// instead of a scan of the line's prefix (which made a line of many figures quadratic).
struct LineSchools {
    /// Per suffix (in `schoolSuffixes` order), the names found, by ascending end offset.
    private var found: [[(end: Int, name: String)]]

    /// Scans `scalars` (one line) for every suffix.
    /// - Complexity: O(line × suffixes).
    init(_ scalars: ArraySlice<Unicode.Scalar>) {
        found = Array(repeating: [], count: ScopeTracker.schoolSuffixScalars.count)
        // Every suffix ends in 校, 中 or 院: most lines have none of them and end here.
        guard scalars.contains(where: { $0 == "校" || $0 == "中" || $0 == "院" }) else { return }
        let base = scalars.startIndex
        for (k, suffixScalars) in ScopeTracker.schoolSuffixScalars.enumerated() {
            var i = base
            while i + suffixScalars.count <= scalars.endIndex {
                guard scalars[i] == suffixScalars[0],
                    scalars[i..<(i + suffixScalars.count)].elementsEqual(suffixScalars)
                else {
                    i += 1
                    continue
                }
                let end = i + suffixScalars.count
                var start = i
                while start > base, DocumentProfile.isHan(scalars[start - 1]), i - start < 14 {
                    start -= 1
                }
                var name = ""
                name.unicodeScalars.append(contentsOf: scalars[start..<end])
                if let placeStart = ScopeTracker.placeStart(in: name) {
                    let candidate = String(name[placeStart...])
                    if !candidate.hasSuffix("中职学校") { found[k].append((end - base, candidate)) }
                }
                i = end
            }
        }
    }

    /// The name `ScopeTracker.lastSchool` gives for the line's first `offset` scalars: of the
    /// last suffix (in list order) with a name ending by `offset`, its last such name.
    ///
    /// A name ending by `offset` is found the same way in the prefix as in the whole line: the
    /// scan is left to right and only skips past names it has taken.
    /// - Complexity: O(suffixes × log names).
    func last(endingBy offset: Int) -> String? {
        for names in found.reversed() where !names.isEmpty {
            // The number of names ending by `offset` (binary search on the ascending ends).
            var low = 0
            var high = names.count
            while low < high {
                let middle = (low + high) / 2
                if names[middle].end <= offset { low = middle + 1 } else { high = middle }
            }
            if low > 0 { return names[low - 1].name }
        }
        return nil
    }
}
