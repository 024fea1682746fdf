/// Finds short company names that carry no legal suffix (XX科技, YY物流, ZZ精密) where the text
/// lists cooperation partners: right after 与/携手/联合/引入 … or after 、 in such a list, in a
/// clause with a cooperation cue, and followed by 、/等/和/及 or the cooperation verb.
///
/// The stem must be a proper name (not 智能, 跨境, 现代 …), so 与智能物流 is not a company.
struct PartnerSlotRecognizer: Sendable {
    static let industrySuffixes: [String] = [
        "科技", "物流", "精密", "数码", "电子", "智能", "通信", "股份", "控股", "实业", "汽车", "电器", "医药",
        "传媒", "网络", "软件", "珠宝", "餐饮", "酒店", "食品", "生物", "光电", "新能", "机器人", "能源",
        "电气", "仪器", "装备", "动力", "信息", "教育科技", "文化", "互联",
    ]
    static let markers: [[Unicode.Scalar]] = [
        "与", "携手", "联合", "牵手", "引入", "引进", "和", "及", "、", "同",
    ]
    .map { Array($0.unicodeScalars) }
    /// Last scalars of the markers, to reject most positions with one set lookup.
    static let markerEnds = ScalarSet(markers.compactMap(\.last))
    static let followers = ScalarSet("、等和及共合签挂成联，,达开建")

    static let suffixTrie = ScalarTrie(industrySuffixes)

    /// Adds partner-slot mentions to `mentions` (sorted, non-overlapping) and returns the result.
    func add(to mentions: [Mention], in document: Document, lexicon: Lexicon) -> [Mention] {
        let s = document.scalars
        var covered = [Bool](repeating: false, count: s.count + 1)
        for m in mentions { for k in m.start..<m.end { covered[k] = true } }
        var found: [Mention] = []
        var i = 1
        while i < s.count {
            guard let length = markerLength(s, endingAt: i) else { i += 1; continue }
            _ = length
            // Read 2–6 Han scalars ending in an industry suffix, followed by a list delimiter.
            var best: Int?
            var j = i
            while j < s.count && j - i < 7 && ScalarClass.isHan(s[j]) && !covered[j] {
                j += 1
                let n = j - i
                guard n >= 4 else { continue }
                for suffixLength in [2, 3, 4] where n - suffixLength >= 2 {
                    if let hit = PartnerSlotRecognizer.suffixTrie.longestMatch(
                        in: s, at: j - suffixLength),
                        hit.length == suffixLength,
                        j < s.count, PartnerSlotRecognizer.followers.contains(s[j])
                    {
                        let stem = s[i..<(j - suffixLength)]
                        if NameVocabulary.specificity(stem) == .proper
                            && !hasRegionOrCut(stem, lexicon)
                            && !(j < s.count && s[j] == "等" && j + 1 < s.count && s[j + 1] == "领")
                        {
                            best = j
                        }
                    }
                }
            }
            if let end = best, hasCooperationCue(s, from: i, to: end) {
                let name = String(String.UnicodeScalarView(s[i..<end]))
                found.append(
                    Mention(
                        start: i, end: end, name: name, surface: name, type: .enterprise,
                        rule: .partnerSlot))
                for k in i..<end { covered[k] = true }
                i = end
                continue
            }
            i += 1
        }
        guard !found.isEmpty else { return mentions }
        return (mentions + found).sorted { $0.start < $1.start }
    }

    private func markerLength(_ s: [Unicode.Scalar], endingAt i: Int) -> Int? {
        guard PartnerSlotRecognizer.markerEnds.contains(s[i - 1]) else { return nil }
        for m in PartnerSlotRecognizer.markers where i >= m.count {
            var equal = true
            for k in 0..<m.count where s[i - m.count + k] != m[k] {
                equal = false
                break
            }
            if equal { return m.count }
        }
        return nil
    }

    private func hasRegionOrCut(_ stem: ArraySlice<Unicode.Scalar>, _ lexicon: Lexicon) -> Bool {
        let a = Array(stem)
        for k in a.indices {
            if lexicon.regionTrie.hasMatch(in: a, at: k) { return true }
            if NameVocabulary.cutTrie.hasMatch(in: a, at: k) { return true }
        }
        return a.contains { "的是在为对了个所".unicodeScalars.contains($0) }
    }

    /// A cooperation cue in the clause around `start..<end`.
    private func hasCooperationCue(_ s: [Unicode.Scalar], from start: Int, to end: Int) -> Bool {
        var a = start
        while a > 0 && !RelationCues.endsClause(s[a - 1]) && start - a < 40 { a -= 1 }
        var b = end
        while b < s.count && !RelationCues.endsClause(s[b]) && b - end < 40 { b += 1 }
        return !RelationCues.occurrences(of: RelationCues.cooperationTrie, in: s, a, b).isEmpty
    }
}
