/// Binds short names defined in brackets to the name before them, and finds their later uses:
/// 内蒙古蒙牛乳业（集团）股份有限公司（以下简称蒙牛）… 蒙牛选派 … gives two mentions of the company,
/// the second written 蒙牛.
///
/// Without this pass the text inside the bracket is read as a name of its own (下简称联合体) or
/// lost, and later uses of the short form (联合体理事长单位) attach to nothing.
struct ShortFormRecognizer: Sendable {
    /// Words that introduce a short form inside the bracket, longest first.
    static let introducers: [[Unicode.Scalar]] = ["以下简称为", "以下简称", "以下称", "下称", "简称为", "简称"]
        .map { Array($0.unicodeScalars) }

    /// A short form that is itself a type word (联合体, 集团, 学院) refers to the defined body only
    /// where it is not the tail of a longer word (产教联合体 elsewhere is another body's name).
    static let typeWords = SuffixRule.trie

    /// The defined short forms of `document` with the mention each belongs to.
    struct Definition {
        var short: [Unicode.Scalar]
        var start: Int
        var end: Int
        var full: Mention
    }

    /// Adds the bracketed definitions and the later uses of each short form to `mentions`
    /// (sorted, non-overlapping) and returns the result.
    func add(to mentions: [Mention], in document: Document) -> [Mention] {
        let s = document.scalars
        var definitions: [Definition] = []
        var replaced = Set<Int>()
        for (index, m) in mentions.enumerated() {
            guard let definition = definition(after: m, in: s) else { continue }
            // A mention read inside the bracket (下简称联合体) gives way to the definition.
            for (k, other) in mentions.enumerated()
            where k != index && other.start < definition.end && other.end > m.end {
                replaced.insert(k)
            }
            definitions.append(definition)
        }
        guard !definitions.isEmpty else { return mentions }
        var out: [Mention] = []
        for (k, m) in mentions.enumerated() where !replaced.contains(k) { out.append(m) }
        var covered = [Bool](repeating: false, count: s.count + 1)
        for m in out { for k in m.start..<m.end { covered[k] = true } }
        for d in definitions {
            out.append(use(of: d, start: d.start, in: document))
            for k in d.start..<d.end { covered[k] = true }
        }
        // Later uses, outside every other name.
        for d in definitions where d.short.count >= 2 {
            let generic =
                ShortFormRecognizer.typeWords.longestMatch(in: d.short, at: 0)?.length
                == d.short.count
            var i = d.end
            while i + d.short.count <= s.count {
                guard s[i] == d.short[0], OrganizationRecognizer.matches(s, at: i, d.short) else {
                    i += 1
                    continue
                }
                let end = i + d.short.count
                let free = (i..<end).allSatisfy { !covered[$0] }
                let tail = generic && i > 0 && ScalarClass.isHan(s[i - 1])
                if free && !tail {
                    out.append(use(of: d, start: i, in: document))
                    for k in i..<end { covered[k] = true }
                }
                i = end
            }
        }
        return out.sorted { $0.start < $1.start }
    }

    private func use(of d: Definition, start: Int, in document: Document) -> Mention {
        var mention = Mention(
            start: start, end: start + d.short.count, name: d.full.name,
            surface: document.slice(start, start + d.short.count), type: d.full.type,
            rule: .abbreviation)
        mention.confirmed = true
        return mention
    }

    /// The definition in a bracket right after `m` (closing quotes and spaces may come between).
    private func definition(after m: Mention, in s: [Unicode.Scalar]) -> Definition? {
        var i = m.end
        while i < s.count && (ScalarClass.isSpace(s[i]) || ScalarClass.isCloseQuote(s[i])) {
            i += 1
        }
        guard i < s.count, ScalarClass.isOpenBracket(s[i]) else { return nil }
        i += 1
        guard
            let introducer = ShortFormRecognizer.introducers.first(where: {
                OrganizationRecognizer.matches(s, at: i, $0)
            })
        else { return acronym(at: i, after: m, in: s) }
        i += introducer.count
        if i < s.count && (s[i] == "：" || s[i] == ":") { i += 1 }
        if i < s.count && ScalarClass.isOpenQuote(s[i]) { i += 1 }
        let start = i
        while i < s.count && i - start <= 12 && ScalarClass.isNameScalar(s[i]) { i += 1 }
        let end = i
        guard end - start >= 2 else { return nil }
        if i < s.count && ScalarClass.isCloseQuote(s[i]) { i += 1 }
        // The bracket closes, or goes on with another clause (（以下简称蒙牛，…）).
        guard i < s.count, ScalarClass.isCloseBracket(s[i]) || s[i] == "，" || s[i] == "、"
        else { return nil }
        return Definition(short: Array(s[start..<end]), start: start, end: end, full: m)
    }

    /// A bracket that holds only a Latin acronym defines it without an introducer:
    /// 香港专业教育学院（IVE）… 中电亦与IVE续签协议 — IVE is the institute there.
    private func acronym(at start: Int, after m: Mention, in s: [Unicode.Scalar]) -> Definition? {
        var i = start
        while i < s.count && i - start < 8 && ("A"..."Z").contains(s[i]) { i += 1 }
        guard i - start >= 2, i < s.count, ScalarClass.isCloseBracket(s[i]) else { return nil }
        return Definition(short: Array(s[start..<i]), start: start, end: i, full: m)
    }
}
