import Foundation

/// Who issued a document, what it is called, its 文号, date, kind and region.
///
/// Read from the header lines (the first non-blank lines before the body), not the file name;
/// a side file (`DocumentMetadata`) overrides any field. The region is a simple guess from the
/// issuer, then the title (`RegionGuess`), meant to be replaced by a gazetteer.
public struct DocumentIdentity: Sendable, Equatable, Codable {
    /// What kind of document it is.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// A quality report, annual report or other account of figures.
        case report
        /// An instrument that sets goals or rules: 意见, 方案, 规划, 办法, 条例 …
        case policy
        /// A 通知, 公告 or 通告.
        case notice
        /// A short dated article.
        case news
    }

    /// The administrative level of a region.
    public enum Level: String, Sendable, Codable, CaseIterable {
        case national, province, city, county
    }

    /// The title as the header gives it (a title wrapped over two lines joined).
    public var title: String?
    /// The issuing body: the header line naming it, or the title's words before 关于.
    public var issuer: String?
    /// The document number (粤府〔2020〕63号).
    public var number: String?
    /// The issue date as written in ISO form: `2020-12-01`, `2024-12` or `2024`.
    public var date: String?
    public var kind: Kind
    /// The region the issuer (else the title) names: 广东省, 深圳市, 宝安区, 全国.
    public var region: String?
    /// The administrative level of `region`.
    public var level: Level?

    /// An identity with the given fields.
    public init(
        title: String? = nil, issuer: String? = nil, number: String? = nil, date: String? = nil,
        kind: Kind = .report, region: String? = nil, level: Level? = nil
    ) {
        self.title = title
        self.issuer = issuer
        self.number = number
        self.date = date
        self.kind = kind
        self.region = region
        self.level = level
    }

    /// The identity read from `document`'s header; `number` is the document's own 文号 when the
    /// policy recogniser found one.
    public init(_ document: Document, number: String?) {
        let head = Self.headerLines(document)
        let titleIndex = Self.titleIndex(head)
        var title = titleIndex.map { head[$0] }
        if let index = titleIndex, index > 0, Self.startsWrappedTitle(head[index - 1]) {
            title = head[index - 1] + head[index]  // 关于推进…职业教育 / 高质量发展的实施意见
        } else if let index = titleIndex, index + 1 < head.count {
            let next = head[index + 1]
            if let current = title, !Self.endsWithInstrument(current),
                Self.endsWithInstrument(next), next.count <= 40
            {
                title = current + next  // a title wrapped over two lines
            } else if next.count <= 14, next.first == "(" || next.first == "（",
                next.contains(where: \.isNumber)
            {
                title = (title ?? "") + " " + next  // 江门市…质量报告 / (2025 年)
            }
        }
        self.title = title
        self.number = number
        let bodyStart = titleIndex.map { $0 + 1 } ?? 0
        var issuer: String?
        if let title, let range = title.range(of: "关于"), range.lowerBound > title.startIndex {
            issuer = String(title[..<range.lowerBound]).trimmingCharacters(in: .whitespaces)
        }
        if issuer == nil {
            issuer = head.dropFirst(bodyStart).first { Self.looksLikeIssuer($0) }
        }
        self.issuer = issuer
        date =
            head.dropFirst(bodyStart).lazy.compactMap(Self.isoDate).first
            ?? Self.signatureDate(document)
        kind = Self.kind(title: title ?? "", number: number, length: document.scalars.count)
        let guess =
            RegionGuess.standard.region(issuer: issuer, title: title)
            ?? (kind == .report
                ? nil
                : RegionGuess.standard.province(
                    inScalars: document.scalars, text: document.text))
        region = guess?.name
        level = guess?.level
    }

    /// The first non-blank lines, up to the body: Markdown marks and masthead lines removed.
    static func headerLines(_ document: Document) -> [String] {
        var out: [String] = []
        var n = 1
        while n <= document.lineCount, out.count < 8 {
            // Blank lines and table-of-contents rows (前 言 …… \t 1) are skipped below whatever
            // their marks; deciding that on the scalars spares Foundation's trimming of a
            // long contents page (a quarter of the extraction of a report with 200 such rows).
            if Self.isSkippedLine(document, n) {
                n += 1
                continue
            }
            var text = document.lineText(n).trimmingCharacters(in: .whitespaces)
            n += 1
            while text.hasPrefix("#") { text.removeFirst() }
            text = text.replacingOccurrences(of: "**", with: "").trimmingCharacters(
                in: .whitespaces)
            if text.isEmpty || text.contains("\t") { continue }
            if text.count > 60 || text.hasSuffix("。") || text.hasSuffix("：") { break }
            out.append(text)
        }
        return out
    }

    /// True when `headerLines` would skip line `n` for certain: it is blank (only spaces,
    /// tabs, U+3000 or U+00A0), or a tab stands between two Han letters or ASCII letters or
    /// digits, which no trimming of spaces, leading `#` or `**` can remove (目  录\t1).
    /// False leaves the decision to the full normalisation.
    static func isSkippedLine(_ document: Document, _ n: Int) -> Bool {
        let s = document.scalars
        let start = document.lineStarts[n - 1]
        let end = n < document.lineStarts.count ? document.lineStarts[n] - 1 : s.count
        var blank = true
        var solidBefore = false
        var tabAfterSolid = false
        for i in start..<end {
            let c = s[i]
            if c == " " || c == "\t" || c == "\u{3000}" || c == "\u{A0}" {
                if c == "\t" && solidBefore { tabAfterSolid = true }
                continue
            }
            if c == "\r" && i == end - 1 { continue }
            blank = false
            let v = c.value
            let solid =
                ScalarClass.isHan(c) || (0x30...0x39).contains(v) || (0x41...0x5A).contains(v)
                || (0x61...0x7A).contains(v)
            if solid {
                if tabAfterSolid { return true }
                solidBefore = true
            }
        }
        return blank
    }

    static let instrumentWords = [
        "报告", "意见", "方案", "通知", "规划", "计划", "纲要", "办法", "决定", "条例", "措施", "清单", "要点", "公告",
        "通告", "细则", "规定", "批复", "函", "指南", "年报", "白皮书",
    ]

    static func endsWithInstrument(_ text: String) -> Bool {
        let core = text.trimmingCharacters(in: CharacterSet(charactersIn: " （）()0-9年度"))
        return instrumentWords.contains { core.hasSuffix($0) }
    }

    /// The header line that names the document: the first holding an instrument word, else the
    /// first of six or more Han characters that is not a masthead, label or date.
    static func titleIndex(_ head: [String]) -> Int? {
        func eligible(_ line: String) -> Bool {
            let han = line.unicodeScalars.filter(ScalarClass.isHan).count
            return han >= 4 && !["附件", "目录", "目 录"].contains(line) && isoDate(line) == nil
                && !line.hasPrefix("附件") && !isNumberLine(line)
        }
        if let index = head.indices.first(where: {
            eligible(head[$0]) && instrumentWords.contains(where: head[$0].contains)
        }) {
            return index
        }
        return head.indices.first {
            eligible(head[$0]) && head[$0].unicodeScalars.filter(ScalarClass.isHan).count >= 6
        }
    }

    /// A header line that opens a title the next line ends: `关于…`, or a long line that is no
    /// issuer, date or number.
    static func startsWrappedTitle(_ line: String) -> Bool {
        guard !endsWithInstrument(line), !looksLikeIssuer(line), isoDate(line) == nil,
            !isNumberLine(line)
        else { return false }
        let han = line.unicodeScalars.filter(ScalarClass.isHan).count
        return line.hasPrefix("关于") || han >= 10
    }

    static func isNumberLine(_ line: String) -> Bool {
        line.count <= 20 && line.contains("〔") && line.hasSuffix("号")
    }

    static let issuerEndings = [
        "教育局", "教育厅", "教育部", "人民政府", "办公厅", "办公室", "委员会", "学校", "学院", "大学", "中心", "局", "厅",
        "部", "委",
    ]

    static func looksLikeIssuer(_ line: String) -> Bool {
        line.count <= 30 && !line.contains("报告") && issuerEndings.contains { line.hasSuffix($0) }
            && line.unicodeScalars.filter(ScalarClass.isHan).count >= 3
    }

    static func kind(title: String, number: String?, length: Int) -> Kind {
        // The instrument the title ends with decides (…质量报告编制工作的通知 is a notice).
        var core = title.trimmingCharacters(in: .whitespaces)
        if let open = core.lastIndex(where: { $0 == "(" || $0 == "（" }),
            core.last == ")" || core.last == "）", open > core.startIndex
        {
            core = String(core[..<open]).trimmingCharacters(in: .whitespaces)
        }
        if core.hasSuffix("报告") || core.hasSuffix("年报") { return .report }
        if ["通知", "公告", "通告"].contains(where: core.hasSuffix) { return .notice }
        if instrumentWords.contains(where: core.hasSuffix) { return .policy }
        if title.contains("报告") || title.contains("年报") { return .report }
        if ["通知", "公告", "通告"].contains(where: title.contains) { return .notice }
        if number != nil || instrumentWords.contains(where: title.contains) { return .policy }
        return length < 3000 ? .news : .report
    }

    /// `2024年12月`, `2025 年 12 月`, `2020年12月1日`, `2024-12-01` as ISO `2024-12`,
    /// `2020-12-01`; nil when `line` is not a date alone.
    static func isoDate(_ line: String) -> String? {
        let compact = line.filter { !$0.isWhitespace }
        guard compact.count <= 12 else { return nil }
        let parts = compact.split(whereSeparator: { "年月日-./".contains($0) }).map(String.init)
        guard (2...3).contains(parts.count), parts.allSatisfy({ $0.allSatisfy(\.isASCII) }),
            let year = Int(parts[0]), (1949...2100).contains(year), parts[0].count == 4,
            let month = Int(parts[1]), (1...12).contains(month)
        else { return nil }
        guard
            compact.hasSuffix("月") || compact.hasSuffix("日") || compact.contains("-")
                || compact.contains(".") || compact.contains("/")
        else { return nil }
        if parts.count == 3, let day = Int(parts[2]), (1...31).contains(day) {
            return String(format: "%04d-%02d-%02d", year, month, day)
        }
        return parts.count == 2 ? String(format: "%04d-%02d", year, month) : nil
    }

    /// The date alone on one of the last non-blank lines (a signature), if any.
    static func signatureDate(_ document: Document) -> String? {
        var n = document.lineCount
        var seen = 0
        while n >= 1, seen < 6 {
            let text = document.lineText(n).trimmingCharacters(in: .whitespaces)
            if !text.isEmpty {
                seen += 1
                if let date = isoDate(text) { return date }
            }
            n -= 1
        }
        return nil
    }

    /// Applies the fields a side file gives.
    public mutating func apply(_ metadata: DocumentMetadata) {
        if let v = metadata.title { title = v }
        if let v = metadata.issuer { issuer = v }
        if let v = metadata.number { number = v }
        if let v = metadata.date { date = v }
        if let v = metadata.kind { kind = v }
        if let v = metadata.region { region = v }
        if let v = metadata.level { level = v }
    }

    /// One line for the build summary: kind, title, issuer, number, date, region (level).
    public var summaryLine: String {
        var fields = [kind.rawValue, title ?? "(no title)"]
        if let issuer { fields.append(issuer) }
        if let number { fields.append(number) }
        if let date { fields.append(date) }
        if let region { fields.append(region + (level.map { " (\($0.rawValue))" } ?? "")) }
        return fields.joined(separator: " · ")
    }
}
