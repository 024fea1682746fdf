/// The block structure of a document: which lines are table rows, headings or prose, how
/// prose lines broken by a PDF conversion join into paragraphs, and the sentences inside them.
///
/// Tables (tab-separated rows, or columns aligned with spaces: `AlignedColumns`) are kept apart so that figure recognisers read them as tables
/// and the sentence relation rules never see them.
public struct DocumentLayout: Sendable {
    /// A run of prose lines that belong together.
    public struct Paragraph: Sendable {
        /// Scalar offsets of the paragraph's text (end exclusive); may span several lines.
        public var start: Int
        public var end: Int
        /// 1-based first and last lines.
        public var firstLine: Int
        public var lastLine: Int
        /// A short line such as “案例 3-1：…”, “（二）…” or “1. …”.
        public var isHeading: Bool
    }

    /// One sentence of a paragraph (split at 。！？；).
    public struct Sentence: Sendable {
        public var start: Int
        public var end: Int
        /// Index into `paragraphs`.
        public var paragraph: Int
    }

    /// A table: consecutive tab-separated lines.
    public struct Table: Sendable {
        /// 1-based lines of the rows.
        public var lines: [Int]
    }

    public private(set) var paragraphs: [Paragraph] = []
    public private(set) var sentences: [Sentence] = []
    public private(set) var tables: [Table] = []
    /// For each 1-based line (index `line - 1`): true when it continues the previous non-blank line.
    public private(set) var continuesPrevious: [Bool] = []
    /// For each 1-based line: true when it is a table row.
    public private(set) var isTableRow: [Bool] = []

    /// Analyses `document`'s lines.
    public init(_ document: Document) {
        let s = document.scalars
        let lineCount = document.lineCount
        continuesPrevious = Array(repeating: false, count: lineCount)
        isTableRow = Array(repeating: false, count: lineCount)
        func bounds(_ line: Int) -> (Int, Int) {
            let start = document.lineStarts[line - 1]
            var end = line < lineCount ? document.lineStarts[line] - 1 : s.count
            while end > start && ScalarClass.isSpace(s[end - 1]) { end -= 1 }
            var begin = start
            while begin < end && ScalarClass.isSpace(s[begin]) && s[begin] != "\t" { begin += 1 }
            return (begin, end)
        }
        let aligned = AlignedColumns(document)
        var current: Paragraph?
        var currentTable: [Int] = []
        var previousEnd: Scalar? = nil
        for line in 1...max(1, lineCount) where lineCount > 0 {
            let (begin, end) = bounds(line)
            if begin >= end { continue }
            let isTable = s[begin..<end].contains("\t") || aligned.isRow(line)
            if isTable {
                isTableRow[line - 1] = true
                if let paragraph = current { paragraphs.append(paragraph); current = nil }
                currentTable.append(line)
                previousEnd = nil
                continue
            }
            if !currentTable.isEmpty {
                tables.append(Table(lines: currentTable)); currentTable = []
            }
            let afterSentence =
                previousEnd.map { ScalarClass.endsSentence($0) || $0 == "：" } ?? true
            let heading = DocumentLayout.looksLikeHeading(
                s, begin, end, afterSentenceEnd: afterSentence)
            if var paragraph = current, !paragraph.isHeading, !heading,
                let last = previousEnd, !ScalarClass.endsSentence(last), last != "：", last != ":"
            {
                paragraph.end = end
                paragraph.lastLine = line
                current = paragraph
                continuesPrevious[line - 1] = true
            } else {
                if let paragraph = current { paragraphs.append(paragraph) }
                current = Paragraph(
                    start: begin, end: end, firstLine: line, lastLine: line, isHeading: heading)
            }
            previousEnd = s[end - 1]
        }
        if let paragraph = current { paragraphs.append(paragraph) }
        if !currentTable.isEmpty { tables.append(Table(lines: currentTable)) }
        for (index, paragraph) in paragraphs.enumerated() {
            var start = paragraph.start
            var i = paragraph.start
            while i < paragraph.end {
                if ScalarClass.endsSentence(s[i]) {
                    var end = i + 1
                    while end < paragraph.end && ScalarClass.isCloseQuote(s[end]) { end += 1 }
                    sentences.append(Sentence(start: start, end: end, paragraph: index))
                    start = end
                    i = end
                    continue
                }
                i += 1
            }
            if start < paragraph.end {
                sentences.append(Sentence(start: start, end: paragraph.end, paragraph: index))
            }
        }
    }

    typealias Scalar = Unicode.Scalar

    /// Short lines that open a section, a case or a caption.
    static func looksLikeHeading(
        _ s: [Unicode.Scalar], _ begin: Int, _ end: Int, afterSentenceEnd: Bool
    ) -> Bool {
        let length = end - begin
        if length > 45 { return false }
        if ScalarClass.endsSentence(s[end - 1]) { return false }
        let first = s[begin]
        let markers: [String] = ["案例", "图", "表", "第", "附件", "附表"]
        for marker in markers {
            let m = Array(marker.unicodeScalars)
            if begin + m.count <= end && Array(s[begin..<begin + m.count]) == m { return true }
        }
        if first == "（" || first == "(" { return true }
        if ScalarClass.isDigit(first) {
            var i = begin
            while i < end && ScalarClass.isDigit(s[i]) { i += 1 }
            if i < end && (s[i] == "." || s[i] == "、" || s[i] == "．") { return true }
        }
        let numerals = "一二三四五六七八九十"
        if numerals.unicodeScalars.contains(first) {
            var i = begin
            while i < end && numerals.unicodeScalars.contains(s[i]) { i += 1 }
            if i < end && s[i] == "、" { return true }
        }
        let last = s[end - 1]
        if last == "，" || last == "、" || last == "," { return false }
        return afterSentenceEnd && length <= 20
    }

    /// True when 1-based `line` is a table row.
    public func isTable(line: Int) -> Bool {
        line >= 1 && line <= isTableRow.count && isTableRow[line - 1]
    }
}
