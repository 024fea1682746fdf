/// The rows of one table as the table readers see them: each row's span and its parties, and
/// the prose just before the table that says what the rows are (its caption or the sentence
/// that announces it: `确定以下中职学校与高职院校开展“3+2”中高职贯通培养试点`).
struct TableRows {
    struct Row {
        var line: Int
        /// Scalar offsets of the row's text (end exclusive), without the line break.
        var span: Range<Int>
        var parties: [RelationSlot]
    }

    var rows: [Row]
    /// The header row's span, if the first row names no organisation.
    var header: Range<Int>?
    /// The caption and announcing prose: up to two non-blank lines before the table, and the
    /// document's first line (its headline).
    var context: [Range<Int>]

    init(
        _ table: DocumentLayout.Table, document: Document, mentions: [Mention],
        types: [OrganizationType]
    ) {
        let s = document.scalars
        func span(_ line: Int) -> Range<Int> {
            let start = document.lineStarts[line - 1]
            var end = line < document.lineCount ? document.lineStarts[line] - 1 : s.count
            while end > start && (s[end - 1] == "\r" || s[end - 1] == "\n") { end -= 1 }
            return start..<max(start, end)
        }
        var rows: [Row] = []
        for line in table.lines {
            let range = span(line)
            // The mentions are in text order: find the row's first one by bisection rather than
            // filtering every mention of the document for every row.
            var lo = 0
            var hi = mentions.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if mentions[mid].start < range.lowerBound { lo = mid + 1 } else { hi = mid }
            }
            var k = lo
            while k < mentions.count && mentions[k].start < range.upperBound { k += 1 }
            let parties = mentions[lo..<k].filter {
                $0.entity >= 0 && $0.end <= range.upperBound && !$0.quoted
            }.map {
                RelationSlot(
                    entity: $0.entity, type: types[$0.entity], start: $0.start, end: $0.end,
                    quoted: false)
            }
            rows.append(Row(line: line, span: range, parties: parties))
        }
        var header: Range<Int>?
        if let first = rows.first, first.parties.isEmpty {
            header = first.span
            rows.removeFirst()
        }
        self.rows = rows
        self.header = header
        var context: [Range<Int>] = []
        var line = (table.lines.first ?? 1) - 1
        while line >= 1 && context.count < 2 {
            let range = span(line)
            if !range.isEmpty
                && !document.slice(range.lowerBound, range.upperBound)
                    .allSatisfy(\.isWhitespace)
            {
                context.append(range)
            }
            line -= 1
        }
        if document.lineCount >= 1, !context.contains(span(1)) { context.append(span(1)) }
        self.context = context
    }

    /// The first cue of `trie` in the header or the context, nearest the table first.
    func cue(_ trie: ScalarTrie, in s: [Unicode.Scalar]) -> Range<Int>? {
        for range in (header.map { [$0] } ?? []) + context {
            if let hit = RelationCues.occurrences(
                of: trie, in: s, range.lowerBound, range.upperBound
            )
            .first {
                return hit.start..<hit.end
            }
        }
        return nil
    }
}
