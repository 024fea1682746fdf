/// Tables whose columns are aligned with runs of spaces, as `pdftotext -layout` and many text
/// exports write them, found so that they are read like tab-separated ones.
///
/// A row is a line without a tab that holds at least two fields separated by two or more blanks
/// (spaces, U+3000, no-break spaces) and does not end a sentence; a table is two or more such
/// rows in a row. A row indented further than the table's least indented row starts with an
/// empty cell (the values of a row whose label is on the line above).
public struct AlignedColumns: Sendable {
    /// The cells of each aligned row, by 1-based line: trimmed scalar ranges in column order.
    public private(set) var rows: [Int: [Range<Int>]] = [:]

    /// The least number of blanks between two columns.
    public static let minimumGap = 2

    /// Finds the aligned tables of `document`.
    public init(_ document: Document) {
        var block: [(line: Int, indent: Int, fields: [Range<Int>])] = []
        func flush() {
            defer { block.removeAll() }
            guard block.count >= 2 else { return }
            let indent = block.map(\.indent).min() ?? 0
            for row in block {
                var cells = row.fields
                if row.indent >= indent + Self.minimumGap, let first = cells.first {
                    cells.insert(first.lowerBound..<first.lowerBound, at: 0)
                }
                rows[row.line] = cells
            }
        }
        guard document.lineCount > 0 else { return }
        for line in 1...document.lineCount {
            if let (indent, fields) = Self.fields(document, line) {
                block.append((line, indent, fields))
            } else {
                flush()
            }
        }
        flush()
    }

    /// Whether 1-based `line` is a row of an aligned table.
    public func isRow(_ line: Int) -> Bool { rows[line] != nil }

    static func isBlank(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\u{3000}" || s == "\u{a0}" || s == "\r"
    }

    /// The indentation and the fields of line `line` when it can be an aligned row.
    static func fields(_ d: Document, _ line: Int) -> (Int, [Range<Int>])? {
        let start = d.lineStarts[line - 1]
        let end = line < d.lineCount ? d.lineStarts[line] - 1 : d.scalars.count
        let s = d.scalars
        var fields: [Range<Int>] = []
        var i = start
        while i < end && isBlank(s[i]) { i += 1 }
        let indent = i - start
        while i < end {
            if s[i] == "\t" { return nil }
            let fieldStart = i
            var fieldEnd = i
            while i < end {
                if s[i] == "\t" { return nil }
                if isBlank(s[i]) {
                    var j = i
                    while j < end && isBlank(s[j]) { j += 1 }
                    if j - i >= minimumGap || j == end { break }
                    i = j
                    continue
                }
                i += 1
                fieldEnd = i
            }
            fields.append(fieldStart..<fieldEnd)
            while i < end && isBlank(s[i]) { i += 1 }
        }
        guard fields.count >= 2, let last = fields.last, last.upperBound > last.lowerBound else {
            return nil
        }
        if ScalarClass.endsSentence(s[last.upperBound - 1]) { return nil }
        let text = d.slice(start, end)
        if TableReader.isContentsLine(text) { return nil }
        return (indent, fields)
    }
}
