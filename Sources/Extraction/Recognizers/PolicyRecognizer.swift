/// A policy a document cites, with where it does so.
public struct PolicyMention: Sendable, Equatable {
    /// The title inside 《》, line breaks removed; nil for a bare document number.
    public var title: String?
    /// A document number such as 粤府〔2020〕63号.
    public var number: String?
    /// Scalar offsets of the citation (《…》 and a number right after it).
    public var start: Int
    public var end: Int
    public var line: Int

    /// The instance IRI local name: `p-` and 16 hex digits of SHA-256 of the number or title.
    public var localName: String {
        "p-" + String(SHA256.hex(number ?? title ?? "").prefix(16))
    }
}

/// Finds cited policies: titles in 《》 that name a policy instrument (通知, 意见, 方案, 规划,
/// 纲要, 办法, 条例, …法 …) or that the text calls one (《…》等通知), and document numbers
/// (粤府〔2020〕63号).
public struct PolicyRecognizer: Sendable {
    public init() {}

    static let instrumentEndings: [String] = [
        "通知", "意见", "方案", "规划", "纲要", "办法", "条例", "规定", "决定", "计划", "共识", "指南", "细则",
        "措施", "法", "意见稿", "实施方案", "行动计划", "若干规定", "清单", "章程", "规程", "公告", "通告",
        "批复", "纪要", "战略", "决议", "要点",
    ]
    static let lawEndings: [String] = [
        "教育法", "保护法", "促进法", "管理法", "劳动法", "合同法", "安全法", "保障法", "工会法", "组织法", "监督法",
        "预防法", "防治法", "许可法", "处罚法", "基本法",
    ]
    static let excludedEndings: [String] = [
        "协议书", "协议", "意向书", "备忘录", "标准", "证书", "方法", "做法", "教程", "教材",
    ]
    static let callingWords: [String] = [
        "等通知", "通知", "等文件", "文件", "等政策", "政策", "精神", "要求", "部署", "规定",
    ]

    /// Every cited policy in `document`, first citation of each title, in text order.
    ///
    /// The document's own number (in its first lines, not after a title) is returned separately.
    public func policies(in document: Document) -> (cited: [PolicyMention], ownNumber: String?) {
        let s = document.scalars
        var out: [PolicyMention] = []
        var seen: Set<String> = []
        var ownNumber: String?
        var chain: [(PolicyMention, Verdict)] = []
        var i = 0
        func flush(calledAfter: Bool) {
            for (mention, verdict) in chain {
                guard let title = mention.title, !seen.contains(title) else { continue }
                // 《实施方案》 after 《广州市…实施方案》: the short name of a policy already cited.
                if title.unicodeScalars.count <= 4, seen.contains(where: { $0.hasSuffix(title) }) {
                    continue
                }
                if verdict == .accept || (verdict == .undecided && calledAfter) {
                    seen.insert(title)
                    out.append(mention)
                }
            }
            chain = []
        }
        while i < s.count {
            if s[i] == "《" {
                var j = i + 1
                while j < s.count && j - i < 90 && s[j] != "》" && s[j] != "《" { j += 1 }
                guard j < s.count, s[j] == "》" else { i += 1; continue }
                let title = OrganizationRecognizer.visibleText(document.slice(i + 1, j))
                var end = j + 1
                var number: String?
                if end < s.count && (s[end] == "（" || s[end] == "(") {
                    if let (n, after) = PolicyRecognizer.documentNumber(s, end + 1),
                        after < s.count, s[after] == "）" || s[after] == ")"
                    {
                        number = n
                        end = after + 1
                    }
                }
                // （以下简称《实施方案》）: a short name of a title already cited.
                let abbreviated = i >= 2 && s[i - 2] == "简" && s[i - 1] == "称"
                let verdict = abbreviated ? .reject : PolicyRecognizer.judge(title)
                if verdict != .reject {
                    chain.append(
                        (
                            PolicyMention(
                                title: title, number: number, start: i, end: end,
                                line: document.line(at: i)), verdict
                        ))
                }
                let continues =
                    end < s.count && "《、和及与".unicodeScalars.contains(s[end])
                    && (s[end] == "《" || (end + 1 < s.count && s[end + 1] == "《"))
                if !continues { flush(calledAfter: PolicyRecognizer.isCalled(s, end)) }
                i = end
                continue
            }
            if PolicyRecognizer.isNumberStart(s, i),
                let (n, after) = PolicyRecognizer.documentNumber(s, i)
            {
                if document.line(at: i) <= 12 && ownNumber == nil { ownNumber = n }
                i = after
                continue
            }
            i += 1
        }
        flush(calledAfter: false)
        return (out, ownNumber)
    }

    enum Verdict { case accept, undecided, reject }

    static func judge(_ title: String) -> Verdict {
        guard title.unicodeScalars.contains(where: ScalarClass.isHan),
            title.unicodeScalars.count >= 2
        else {
            return .reject
        }
        var core = title
        // 纲要（2024—2035年）, 若干措施（试行）: judge the words before the bracket.
        while core.hasSuffix("）") || core.hasSuffix(")"),
            let open = core.lastIndex(where: { $0 == "（" || $0 == "(" })
        {
            core = String(core[..<open])
        }
        if excludedEndings.contains(where: { core.hasSuffix($0) }) { return .reject }
        if instrumentEndings.contains(where: { core.hasSuffix($0) }) {
            // …法 is a law only as 中华人民共和国…法 or a typical law ending (教育法, 劳动法 …).
            if core.hasSuffix("法") && !core.hasSuffix("办法") && !core.hasPrefix("中华人民共和国")
                && !lawEndings.contains(where: { core.hasSuffix($0) })
            {
                return .reject
            }
            return .accept
        }
        return .undecided
    }

    /// True when the text after a run of titles calls them policies (等通知, 等文件精神 …).
    static func isCalled(_ s: [Unicode.Scalar], _ end: Int) -> Bool {
        var after = ""
        var k = end
        while k < s.count && k < end + 4 {
            after.unicodeScalars.append(s[k])
            k += 1
        }
        return callingWords.contains(where: { after.hasPrefix($0) })
    }

    /// True where a document number may start (after a non-Han scalar or a line start).
    static func isNumberStart(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        guard ScalarClass.isHan(s[i]) else { return false }
        return i == 0 || !ScalarClass.isHan(s[i - 1])
    }

    /// 粤府〔2020〕63号 at `i`: 1–8 Han scalars, a bracketed year, a number and 号.
    static func documentNumber(_ s: [Unicode.Scalar], _ i: Int) -> (String, Int)? {
        var j = i
        while j < s.count && ScalarClass.isHan(s[j]) && j - i < 8 { j += 1 }
        guard j > i, j < s.count, opensYear(s[j]) else { return nil }
        var k = j + 1
        var digits = 0
        while k < s.count && ScalarClass.isDigit(s[k]) { k += 1; digits += 1 }
        guard digits == 4, k < s.count, closesYear(s[k]) else { return nil }
        k += 1
        var n = 0
        while k < s.count && ScalarClass.isDigit(s[k]) { k += 1; n += 1 }
        guard n > 0, k < s.count, s[k] == "号" else { return nil }
        return (String(String.UnicodeScalarView(s[i...k])), k + 1)
    }

    // The year's brackets, compared one by one: a document number is tried after every Han run,
    // and decoding a string of brackets each time cost 3.5 M instructions over the corpus.
    @inline(__always)
    private static func opensYear(_ c: Unicode.Scalar) -> Bool {
        c == "〔" || c == "[" || c == "［" || c == "【" || c == "(" || c == "（"
    }

    @inline(__always)
    private static func closesYear(_ c: Unicode.Scalar) -> Bool {
        c == "〕" || c == "]" || c == "］" || c == "】" || c == ")" || c == "）"
    }
}
