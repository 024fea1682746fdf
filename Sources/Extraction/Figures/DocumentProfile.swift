import Foundation

/// What kind of document a text is, which region it is about and which year it reports on.
///
/// Read from the text alone: the title lines give the kind and the year, the most frequent
/// `XX市` (or a task list's `XX省…清单`) the region.
public struct DocumentProfile: Sendable, Equatable {
    /// A quality report (observations) or a policy (targets and task lists).
    public enum Kind: String, Sendable {
        case report, policy
    }

    public var kind: Kind
    /// The region the document is about (`深圳市`, `广东省`), if one stands out.
    public var region: String?
    /// The reporting year of a report, or the year a policy was issued.
    public var year: Int?

    public init(kind: Kind, region: String?, year: Int?) {
        self.kind = kind
        self.region = region
        self.year = year
    }

    /// The profile of `document`.
    public init(_ document: Document) {
        let head = Self.titleLines(document)
        let title = head.joined(separator: "\n")
        // A policy names its instrument in the title (意见, 方案, 通知 …) or carries a document
        // number (粤府〔2020〕63号); anything else — quality reports, case collections, news —
        // reports figures rather than setting targets.
        let instruments = ["意见", "方案", "通知", "规划", "计划", "纲要", "办法", "决定", "条例", "措施", "清单", "要点"]
        let numbered = title.contains("〔") && title.contains("号")
        let isPolicy =
            !title.contains("报告") && (numbered || instruments.contains { title.contains($0) })
        // A short dated article (a news item: 签约, 揭牌, 帮扶) reports figures, whatever words
        // such as 计划 or 方案 its first lines use (港铁…「职学计划」…学徒名额).
        let isNews = DocumentIdentity(document, number: nil).kind == .news
        let isReport = !isPolicy || isNews
        kind = isReport ? .report : .policy
        let shortTitle = head.filter { $0.count <= 60 }.joined(separator: "\n")
        if isReport {
            region = Self.region(of: document.text)
        } else {
            // A policy is about the city its title names, else the government of its last task list.
            region =
                Self.cityNamed(in: shortTitle) ?? Self.lastListRegion(document)
                ?? Self.region(of: document.text)
        }
        year = Self.year(in: shortTitle) ?? Self.lastDateYear(in: document.text)
    }

    /// The default scope of figures reported without a named school: the region's schools.
    public var defaultScope: String? {
        region.map { $0 + "中职学校" }
    }

    /// The prefecture-level cities of Guangdong, the province of the corpus (a gazetteer, not answers).
    public static let guangdongCities = [
        "广州", "深圳", "珠海", "汕头", "佛山", "韶关", "湛江", "肇庆", "江门", "茂名", "惠州", "梅州", "汕尾", "河源", "阳江",
        "清远", "东莞", "中山", "潮州", "揭阳", "云浮",
    ]

    /// The first city of the gazetteer that `text` names, as `XX市`.
    static func cityNamed(in text: String) -> String? {
        var best: (String.Index, String)?
        for city in guangdongCities {
            if let range = text.range(of: city),
                best == nil || range.lowerBound < (best?.0 ?? text.endIndex)
            {
                best = (range.lowerBound, city + "市")
            }
        }
        return best?.1
    }

    /// `广东省` for a policy whose last line naming a 清单 starts with `广东省`.
    static func lastListRegion(_ document: Document) -> String? {
        var found: String?
        for n in 1...document.lineCount {
            let t = document.lineText(n).trimmingCharacters(in: .whitespaces)
            guard t.hasSuffix("清单"), t.count <= 30, !t.contains("\t") else { continue }
            let chars = Array(t.replacingOccurrences(of: "附：", with: ""))
            if chars.count > 3, chars[2] == "省" || chars[2] == "市" { found = String(chars[0...2]) }
        }
        return found
    }

    /// The first ten non-blank lines (title, issuer, date, document number).
    static func titleLines(_ document: Document) -> [String] {
        var out: [String] = []
        var n = 1
        while n <= document.lineCount, out.count < 10 {
            let text = document.lineText(n).trimmingCharacters(in: .whitespaces)
            if !text.isEmpty { out.append(text) }
            n += 1
        }
        return out
    }

    /// The first year written in `text` as `〔2020〕`, `2025 年` or a bare `2025` in a title.
    static func year(in text: String) -> Int? {
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i + 4 <= scalars.count {
            if (i == 0 || !QuantityScanner.isDigit(scalars[i - 1])),
                scalars[i..<(i + 4)].allSatisfy(QuantityScanner.isDigit),
                i + 4 == scalars.count || !QuantityScanner.isDigit(scalars[i + 4])
            {
                var digits = ""
                digits.unicodeScalars.append(contentsOf: scalars[i..<(i + 4)])
                if let y = Int(digits), (1990...2100).contains(y) { return y }
            }
            i += 1
        }
        return nil
    }

    /// The year of the last full date (`2020年12月1日`) in `text`: a policy's signing date.
    static func lastDateYear(in text: String) -> Int? {
        let s = Array(text.unicodeScalars)
        var found: Int?
        var i = 0
        while i + 5 < s.count {
            if s[i..<(i + 4)].allSatisfy(QuantityScanner.isDigit), s[i + 4] == "年",
                i == 0 || !QuantityScanner.isDigit(s[i - 1])
            {
                var j = i + 5
                while j < s.count, QuantityScanner.isDigit(s[j]) { j += 1 }
                if j > i + 5, j < s.count, s[j] == "月" {
                    var k = j + 1
                    while k < s.count, QuantityScanner.isDigit(s[k]) { k += 1 }
                    if k > j + 1, k < s.count, s[k] == "日" {
                        var digits = ""
                        digits.unicodeScalars.append(contentsOf: s[i..<(i + 4)])
                        found = Int(digits)
                    }
                }
            }
            i += 1
        }
        return found
    }

    /// Prefixes of `市` that do not make a place name (以上市, 城市, 全市 …).
    static let notPlaces: Set<String> = [
        "以上", "城市", "都市", "上市", "地级", "各地", "省市", "全市", "本市", "该市", "我市", "大市", "县市",
        "超市", "落户", "门市", "两市", "各市", "区市",
    ]

    /// The most frequent `XX市` of the text (ties: first seen).
    static func region(of text: String) -> String? {
        let scalars = Array(text.unicodeScalars)
        var counts: [String: Int] = [:]
        var order: [String] = []
        for i in 2..<max(2, scalars.count) where scalars[i] == "市" {
            guard isHan(scalars[i - 1]), isHan(scalars[i - 2]) else { continue }
            var name = ""
            name.unicodeScalars.append(contentsOf: scalars[(i - 2)..<i])
            if notPlaces.contains(name) || name.hasSuffix("市") || name.hasSuffix("省") { continue }
            if counts[name] == nil { order.append(name) }
            counts[name, default: 0] += 1
        }
        guard let best = order.max(by: { counts[$0, default: 0] < counts[$1, default: 0] }) else {
            return nil
        }
        return best + "市"
    }

    static func isHan(_ s: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(s.value) || (0x3400...0x4DBF).contains(s.value)
    }
}
