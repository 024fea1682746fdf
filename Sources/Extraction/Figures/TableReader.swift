import Foundation

/// Recovers tables from the tab-separated lines of a converted document.
///
/// The PDF conversion breaks rows and tables across lines and pages, so the reader joins
/// continuation lines back into their rows:
/// - a line without a tab inside a table is the wrapped start of the next row's first cell, or the
///   wrapped end of the previous row's last cell when that row is short of cells;
/// - a row that is short of cells and is completed by the next line is merged with it;
/// - a row that starts with an empty cell and has no number continues the previous row cell by cell
///   (a task whose 责任单位 runs over a page break);
/// - a repeat of the header after a page break is dropped.
/// Table-of-contents lines (`前 言 .....	1`) are not tables. Columns aligned with runs of spaces
/// (`AlignedColumns`) are read as tab-separated ones.
public struct TableReader: Sendable {
    /// The longest line without a tab that may still be a wrapped piece of a cell.
    public var maxContinuationLength = 40
    /// The space-aligned rows of the document being scanned.
    private var aligned: AlignedColumns?

    public init() {}

    /// Every table in `document`, in document order.
    public func tables(in document: Document) -> [DataTable] { scan(document).tables }

    /// The 1-based lines that belong to some table (header, rows and joined continuation lines).
    public func tableLines(in document: Document) -> Set<Int> { scan(document).lines }

    /// The tables of `document` and every line that belongs to a table, in one pass.
    public func scan(_ document: Document) -> (tables: [DataTable], lines: Set<Int>) {
        var reader = self
        reader.aligned = AlignedColumns(document)
        return reader.scanRows(document)
    }

    private func scanRows(_ document: Document) -> (tables: [DataTable], lines: Set<Int>) {
        var tables: [DataTable] = []
        var lines = Set<Int>()
        var lineNo = 1
        while lineNo <= document.lineCount {
            guard isTableLine(document, lineNo) else {
                lineNo += 1
                continue
            }
            let (table, next) = readTable(document, from: lineNo)
            if let table { tables.append(table) }
            let end = max(next, lineNo + 1)
            for l in lineNo..<end { lines.insert(l) }
            lineNo = end
        }
        return (tables, lines)
    }

    func isTableLine(_ d: Document, _ n: Int) -> Bool {
        if aligned?.isRow(n) == true { return true }
        let text = d.lineText(n)
        return text.contains("\t") && !Self.isContentsLine(text)
    }

    /// Whether a line is a table-of-contents entry (dot leaders, then a page number).
    public static func isContentsLine(_ text: String) -> Bool {
        text.contains("...") || text.contains("…") || text.contains("··")
    }

    private func readTable(_ d: Document, from first: Int) -> (DataTable?, Int) {
        var rows: [TableRow] = []
        var pending: [(line: Int, cell: TableCell)] = []
        var n = first
        var lastTableLine = first
        while n <= d.lineCount {
            let text = d.lineText(n)
            if text.trimmingCharacters(in: .whitespaces).isEmpty {
                n += 1
                continue
            }
            if isTableLine(d, n) {
                var row = split(d, n)
                if let header = rows.first, sameCells(row, header) {
                    // A header repeated after a page break.
                    lastTableLine = n
                    n += 1
                    continue
                }
                if !pending.isEmpty {
                    if let previous = rows.last, let header = rows.first,
                        previous.cells.count < header.cells.count,
                        rows.count > 1
                    {
                        var merged = previous
                        for piece in pending { append(piece.cell, toLastCellOf: &merged) }
                        rows[rows.count - 1] = merged
                    } else if let firstPiece = pending.first {
                        row = prefix(
                            pending.map(\.cell), to: row, line: firstPiece.line,
                            start: firstPiece.cell.start)
                    }
                    pending.removeAll()
                }
                if let header = rows.first, rows.count >= 1 {
                    let previousIndex = rows.count - 1
                    let previous = rows[previousIndex]
                    if previousIndex > 0, isContinuation(row, of: header) {
                        rows[previousIndex] = appendCellwise(row, to: previous)
                    } else if previousIndex > 0, previous.cells.count < header.cells.count,
                        row.cells.count > previous.cells.count,
                        row.cells.prefix(previous.cells.count).allSatisfy(\.isEmpty)
                    {
                        // `指标	单位` then `		11	18`: the values of a row cut after its unit.
                        var merged = previous
                        merged.cells += row.cells.dropFirst(previous.cells.count)
                        merged.end = row.end
                        rows[previousIndex] = merged
                    } else if previousIndex > 0, previous.cells.count < header.cells.count,
                        previous.cells.count + row.cells.count - 1 <= header.cells.count,
                        !startsWithSerial(row)
                    {
                        rows[previousIndex] = joinBroken(previous, row)
                    } else {
                        rows.append(row)
                    }
                } else {
                    rows.append(row)
                }
                lastTableLine = n
                n += 1
                continue
            }
            // A line without a tab: a wrapped piece of a cell when a table line follows, else the end.
            if text.count <= maxContinuationLength, !text.hasSuffix("。"), !isCaptionLike(text),
                let next = nextNonBlank(d, after: n), isTableLine(d, next)
            {
                let start = d.lineStarts[n - 1]
                pending.append((n, trimmedSpan(d, start, start + text.unicodeScalars.count)))
                n += 1
                continue
            }
            break
        }
        guard let header = rows.first else { return (nil, lastTableLine + 1) }
        let caption = captionAbove(d, first)
        return (
            DataTable(
                header: header, rows: Array(rows.dropFirst()), caption: caption?.text,
                captionLine: caption?.line), lastTableLine + 1
        )
    }

    /// Splits line `n` on tabs into trimmed cells with scalar spans.
    func split(_ d: Document, _ n: Int) -> TableRow {
        let lineStart = d.lineStarts[n - 1]
        let text = d.lineText(n)
        let lineEnd = lineStart + text.unicodeScalars.count
        if let ranges = aligned?.rows[n] {
            let cells = ranges.map { trimmedSpan(d, $0.lowerBound, $0.upperBound) }
            return TableRow(cells: cells, line: n, start: lineStart, end: lineEnd)
        }
        var cells: [TableCell] = []
        var cellStart = lineStart
        var i = lineStart
        while i <= lineEnd {
            if i == lineEnd || d.scalars[i] == "\t" {
                cells.append(trimmedSpan(d, cellStart, i))
                cellStart = i + 1
            }
            i += 1
        }
        while let last = cells.last, last.isEmpty, cells.count > 1 { cells.removeLast() }
        return TableRow(cells: cells, line: n, start: lineStart, end: lineEnd)
    }

    func trimmedSpan(_ d: Document, _ start: Int, _ end: Int) -> TableCell {
        var s = start
        var e = end
        while s < e, isBlank(d.scalars[s]) { s += 1 }
        while e > s, isBlank(d.scalars[e - 1]) { e -= 1 }
        return TableCell(text: d.slice(s, e), start: s, end: e)
    }

    private func isBlank(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\t" || s == "\u{3000}" || s == "\r" || s == "\u{a0}"
    }

    private func sameCells(_ a: TableRow, _ b: TableRow) -> Bool {
        a.cells.map(\.text) == b.cells.map(\.text)
    }

    private func startsWithSerial(_ row: TableRow) -> Bool {
        guard let first = row.cells.first?.text, !first.isEmpty else { return false }
        return first.allSatisfy(\.isNumber) && first.count <= 3
    }

    /// A row that opens with an empty cell and carries no number continues the row above.
    private func isContinuation(_ row: TableRow, of header: TableRow) -> Bool {
        guard let first = row.cells.first, first.isEmpty, row.cells.count > 1 else { return false }
        let hasNumber = row.cells.contains { cell in
            cell.text.unicodeScalars.first.map(QuantityScanner.isDigit) ?? false
        }
        if hasNumber { return false }
        // `	辅导员人数*	人	仅高职填报`: a row with its own unit is a row of a unit-column table,
        // even when its values are words.
        if let unitColumn = header.cells.firstIndex(where: { TableHeader.isUnitColumn($0.text) }),
            unitColumn < row.cells.count, !row.cells[unitColumn].isEmpty,
            unitColumn >= 1, !row.cells[unitColumn - 1].isEmpty
        {
            return false
        }
        // In a task list the first column is 序号: an empty serial is always a continuation.
        let firstHeader = header.cells.first?.text ?? ""
        if firstHeader.contains("序号") {
            let nonEmpty = row.cells.filter { !$0.isEmpty }
            // A data row of a 序号 table (其中：… 人 123) has a number and was caught above.
            return !nonEmpty.isEmpty
        }
        return false
    }

    private func appendCellwise(_ row: TableRow, to previous: TableRow) -> TableRow {
        var merged = previous
        for (index, cell) in row.cells.enumerated() where !cell.isEmpty {
            if index < merged.cells.count {
                merged.cells[index] = joined(merged.cells[index], cell)
            } else {
                merged.cells.append(cell)
            }
        }
        merged.end = row.end
        return merged
    }

    private func joinBroken(_ previous: TableRow, _ row: TableRow) -> TableRow {
        var merged = previous
        var cells = row.cells
        if let last = merged.cells.last, let first = cells.first, !first.isEmpty {
            merged.cells[merged.cells.count - 1] = joined(last, first)
            cells.removeFirst()
        }
        merged.cells.append(contentsOf: cells)
        merged.end = row.end
        return merged
    }

    private func prefix(_ pieces: [TableCell], to row: TableRow, line: Int, start: Int) -> TableRow
    {
        var out = row
        guard !out.cells.isEmpty else { return out }
        var first = out.cells[0]
        for piece in pieces.reversed() { first = joined(piece, first) }
        out.cells[0] = first
        out.line = line
        out.start = start
        return out
    }

    private func append(_ piece: TableCell, toLastCellOf row: inout TableRow) {
        guard let last = row.cells.last else { return }
        row.cells[row.cells.count - 1] = joined(last, piece)
        row.end = max(row.end, piece.end)
    }

    /// Two pieces of one wrapped cell: the text concatenated, the span from the first start to the last end.
    private func joined(_ a: TableCell, _ b: TableCell) -> TableCell {
        if a.isEmpty { return b }
        if b.isEmpty { return a }
        return TableCell(
            text: a.text + b.text, start: min(a.start, b.start), end: max(a.end, b.end))
    }

    private func nextNonBlank(_ d: Document, after n: Int) -> Int? {
        var m = n + 1
        while m <= d.lineCount {
            if !d.lineText(m).trimmingCharacters(in: .whitespaces).isEmpty { return m }
            m += 1
        }
        return nil
    }

    private func isCaptionLike(_ text: String) -> Bool {
        let t = text.trimmingCharacters(in: .whitespaces)
        return t.hasPrefix("表") || t.hasPrefix("图") || t.hasPrefix("数据来源") || t.hasPrefix("注")
            || t.hasPrefix("附件") || t.hasPrefix("#")
    }

    /// The nearest non-blank line above the table within three lines, when it reads as a title.
    private func captionAbove(_ d: Document, _ first: Int) -> (text: String, line: Int)? {
        var m = first - 1
        var seen = 0
        while m >= 1, seen < 3 {
            let text = d.lineText(m).trimmingCharacters(in: .whitespaces)
            if !text.isEmpty {
                seen += 1
                if !text.contains("\t"), text.count <= 60 { return (text, m) }
                if text.contains("\t") { return nil }
            }
            m -= 1
        }
        return nil
    }
}
