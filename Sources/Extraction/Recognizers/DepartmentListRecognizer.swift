/// Finds the departments of a list that share one region: 自治区教育厅、发展改革委、财政厅 names
/// 自治区发展改革委 and 自治区财政厅, whose region the text writes only once, on the first.
///
/// An item is a department's name or short form of at least three scalars
/// (`Ontology/government-departments.tsv`) right after 、, 和 or 及 that follows a government
/// body, and before a list mark or the end of the clause.
struct DepartmentListRecognizer: Sendable {
    static let joiners = ScalarSet("、和及")
    static let enders = ScalarSet("、和及，。；：,;:）)等要负牵配会共分按")

    /// Adds the list items to `mentions` (sorted, non-overlapping) and returns the result.
    func add(to mentions: [Mention], in document: Document) -> [Mention] {
        let s = document.scalars
        let departments = GovernmentDepartments.standard
        var out: [Mention] = []
        var index = 0
        while index < mentions.count {
            var previous = mentions[index]
            out.append(previous)
            index += 1
            guard previous.type == .govBody else { continue }
            // The region part of the first body (自治区 of 自治区教育厅).
            let name = Array(previous.name.unicodeScalars)
            guard let own = departments.longestSuffix(of: name, endingAt: name.count),
                own.length < name.count
            else { continue }
            let region = String(String.UnicodeScalarView(name[..<(name.count - own.length)]))
            while previous.end < s.count
                && DepartmentListRecognizer.joiners.contains(s[previous.end])
            {
                let start = previous.end + 1
                guard let hit = departments.longestMatch(in: s, at: start), hit.length >= 3,
                    start + hit.length <= s.count,
                    start + hit.length == s.count
                        || DepartmentListRecognizer.enders.contains(s[start + hit.length])
                        || s[start + hit.length] == "\n",
                    index >= mentions.count || mentions[index].start >= start + hit.length
                else { break }
                let surface = document.slice(start, start + hit.length)
                var item = Mention(
                    start: start, end: start + hit.length, name: region + surface,
                    surface: surface, type: .govBody, rule: .suffix)
                item.confirmed = true
                out.append(item)
                previous = item
            }
        }
        return out
    }
}
